package ru.kogalym.civic.query.summary;

/** What was decided on a grant application. */
enum GrantDecision {
    AWARDED, REJECTED
}
