package ru.kogalym.civic.query.journal;

/**
 * How many non-withdrawn records an NCO takes part in: meetings (other than commission sessions), commission
 * sessions, raids, city events, support received and grant applications.
 */
public record ActivityCounts(long meetings, long commissionSessions, long raids, long events, long support, long grants) {
}
