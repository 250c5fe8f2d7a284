package ru.kogalym.civic.contract.nco;

/** The legal forms the seed report's NCOs take (организационно-правовая форма). */
public enum LegalForm {
    LOCAL_PUBLIC_ORGANIZATION,
    CITY_PUBLIC_ORGANIZATION,
    NATIONAL_CULTURAL_AUTONOMY,
    AUTONOMOUS_NONPROFIT_ORGANIZATION,
    OTHER
}
