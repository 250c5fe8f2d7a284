package ru.kogalym.civic.contract.council;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Establish a standing commission (e.g. on countering extremist activity). */
public record EstablishCommissionCommand(
        @TargetAggregateIdentifier String bodyId,
        String name,
        LocalDate establishedOn) {
}
