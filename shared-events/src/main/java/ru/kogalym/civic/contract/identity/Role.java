package ru.kogalym.civic.contract.identity;

/** What a user may do; a user has one or more. */
public enum Role {
    /** Records facts (every command-service write) and reads the read models. */
    STAFF,
    /** Reads the read models, exports and reports. */
    ANALYST,
    /** Reads everything under the audit API, starts rebuilds, and reads what analysts read. */
    AUDITOR,
    /** Manages users, and nothing else. */
    ADMIN
}
