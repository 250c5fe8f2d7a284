package ru.kogalym.civic.contract.nco;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The NCO was liquidated on {@code liquidatedOn}; nothing can happen to it after that date. */
public record LiquidateNcoCommand(
        @TargetAggregateIdentifier String ncoId,
        LocalDate liquidatedOn,
        String reason) {
}
