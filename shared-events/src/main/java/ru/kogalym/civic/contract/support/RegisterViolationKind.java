package ru.kogalym.civic.contract.support;

/**
 * What an NCO on the support register did wrong (Order No. 223 asks for violations, "including misuse of the funds
 * and property provided" — нецелевое использование предоставленных средств и имущества).
 */
public enum RegisterViolationKind {
    MISUSE_OF_FUNDS,
    MISUSE_OF_PROPERTY,
    OTHER
}
