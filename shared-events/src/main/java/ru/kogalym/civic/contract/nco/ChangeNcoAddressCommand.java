package ru.kogalym.civic.contract.nco;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The NCO moved to a new address on {@code changedOn}. */
public record ChangeNcoAddressCommand(
        @TargetAggregateIdentifier String ncoId,
        String address,
        LocalDate changedOn) {
}
