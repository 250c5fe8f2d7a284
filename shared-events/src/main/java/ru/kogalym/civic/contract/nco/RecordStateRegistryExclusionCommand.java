package ru.kogalym.civic.contract.nco;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record that the NCO was excluded from the state registry on {@code excludedOn}. */
public record RecordStateRegistryExclusionCommand(
        @TargetAggregateIdentifier String ncoId,
        LocalDate excludedOn,
        String reason) {
}
