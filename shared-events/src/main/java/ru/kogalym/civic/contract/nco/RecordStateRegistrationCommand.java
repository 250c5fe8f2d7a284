package ru.kogalym.civic.contract.nco;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record that the NCO entered the state (Ministry of Justice) registry on {@code registeredOn}, under {@code number} if known. */
public record RecordStateRegistrationCommand(
        @TargetAggregateIdentifier String ncoId,
        LocalDate registeredOn,
        String number) {
}
