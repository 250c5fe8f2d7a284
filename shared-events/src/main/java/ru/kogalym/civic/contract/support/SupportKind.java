package ru.kogalym.civic.contract.support;

/** The kinds of support the municipality gives NCOs (консультативная, информационная, имущественная, финансовая). */
public enum SupportKind {
    CONSULTATIVE,
    INFORMATIONAL,
    PROPERTY,
    FINANCIAL
}
