package ru.kogalym.civic.command.lookup;

import ru.kogalym.civic.contract.council.BodyKind;

import java.time.LocalDate;

/** What the command side knows of a council or commission. */
public record BodyStatus(BodyKind kind, LocalDate establishedOn, LocalDate dissolvedOn) {
}
