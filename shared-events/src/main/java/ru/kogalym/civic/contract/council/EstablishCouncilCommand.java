package ru.kogalym.civic.contract.council;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Establish a public council for one policy area. */
public record EstablishCouncilCommand(
        @TargetAggregateIdentifier String bodyId,
        String name,
        CouncilArea area,
        LocalDate establishedOn) {
}
