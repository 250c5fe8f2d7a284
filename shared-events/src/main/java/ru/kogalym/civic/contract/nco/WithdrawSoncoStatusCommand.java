package ru.kogalym.civic.contract.nco;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The NCO lost its socially oriented (СОНКО) status on {@code withdrawnOn}. */
public record WithdrawSoncoStatusCommand(
        @TargetAggregateIdentifier String ncoId,
        LocalDate withdrawnOn,
        String reason) {
}
