package ru.kogalym.civic.contract.council;

/** A public council (общественный совет) or a standing commission (комиссия). */
public enum BodyKind {
    COUNCIL,
    COMMISSION
}
