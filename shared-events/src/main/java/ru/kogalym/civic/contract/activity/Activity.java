package ru.kogalym.civic.contract.activity;

/**
 * The kinds of activity record. Read models keep each kind's records apart (the journal lists a kind, the summary
 * counts each kind its own way), so even an event that only names its record, such as a withdrawal, says its kind.
 */
public enum Activity {
    MEETING,
    RAID,
    EVENT_PARTICIPATION,
    SUPPORT,
    GRANT
}
