package ru.kogalym.civic.contract.support;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record support given to an NCO; {@code amountKopecks} (roubles × 100) is required for FINANCIAL support and absent otherwise; {@code providedBy} names the body that gave it. */
public record RecordSupportCommand(
        @TargetAggregateIdentifier String supportId,
        String ncoId,
        SupportKind kind,
        LocalDate providedOn,
        String description,
        Long amountKopecks,
        LocalDate periodFrom,
        LocalDate periodTo,
        String providedBy) {
}
