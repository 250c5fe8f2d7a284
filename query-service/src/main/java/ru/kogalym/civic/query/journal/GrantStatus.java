package ru.kogalym.civic.query.journal;

/** Where a grant application stands: applied for, then awarded or rejected. */
enum GrantStatus {
    APPLIED,
    AWARDED,
    REJECTED
}
