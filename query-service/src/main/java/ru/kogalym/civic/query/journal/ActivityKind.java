package ru.kogalym.civic.query.journal;

/** The kinds of record in the activity journal. */
public enum ActivityKind {
    MEETING,
    RAID,
    EVENT_PARTICIPATION,
    SUPPORT,
    GRANT
}
