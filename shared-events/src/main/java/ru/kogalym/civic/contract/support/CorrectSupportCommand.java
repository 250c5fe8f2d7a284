package ru.kogalym.civic.contract.support;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Replace every field of a recorded support with corrected values, saying why. */
public record CorrectSupportCommand(
        @TargetAggregateIdentifier String supportId,
        String ncoId,
        SupportKind kind,
        LocalDate providedOn,
        String description,
        Long amountKopecks,
        LocalDate periodFrom,
        LocalDate periodTo,
        String providedBy,
        String reason) {
}
