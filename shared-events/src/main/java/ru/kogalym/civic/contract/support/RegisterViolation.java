package ru.kogalym.civic.contract.support;

import java.time.LocalDate;

/** A violation found by a supported NCO, as the support register states it. */
public record RegisterViolation(
        RegisterViolationKind kind,
        LocalDate foundOn,
        String description) {
}
