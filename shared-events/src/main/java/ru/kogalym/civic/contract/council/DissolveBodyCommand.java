package ru.kogalym.civic.contract.council;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The council or commission was dissolved on {@code dissolvedOn}. */
public record DissolveBodyCommand(
        @TargetAggregateIdentifier String bodyId,
        LocalDate dissolvedOn,
        String reason) {
}
