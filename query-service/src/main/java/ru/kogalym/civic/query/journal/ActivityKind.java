package ru.kogalym.civic.query.journal;

import ru.kogalym.civic.contract.activity.Activity;

/** The kinds of record in the activity journal. */
public enum ActivityKind {
    MEETING,
    RAID,
    EVENT_PARTICIPATION,
    SUPPORT,
    GRANT;

    /** The journal's kind of a record of the contract's kind; a new kind there does not compile until named here. */
    static ActivityKind of(Activity activity) {
        return switch (activity) {
            case MEETING -> MEETING;
            case RAID -> RAID;
            case EVENT_PARTICIPATION -> EVENT_PARTICIPATION;
            case SUPPORT -> SUPPORT;
            case GRANT -> GRANT;
        };
    }
}
