package ru.kogalym.civic.command.lookup;

import ru.kogalym.civic.contract.council.BodyKind;

import java.time.LocalDate;

/** What the command side knows of a council or commission. */
public record BodyStatus(BodyKind kind, LocalDate establishedOn, LocalDate dissolvedOn) {

    /** Whether the body had been established by {@code date} and had not been dissolved on or before it. */
    public boolean activeOn(LocalDate date) {
        return !establishedOn.isAfter(date) && (dissolvedOn == null || dissolvedOn.isAfter(date));
    }
}
