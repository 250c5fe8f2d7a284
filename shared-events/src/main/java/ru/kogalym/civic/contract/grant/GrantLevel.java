package ru.kogalym.civic.contract.grant;

/** The level of a grant contest: municipal, okrug (regional) or federal. */
public enum GrantLevel {
    MUNICIPAL,
    OKRUG,
    FEDERAL
}
