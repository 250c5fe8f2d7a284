package ru.kogalym.civic.contract.nco;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw an NCO registered by mistake, saying why; refused while any standing record names it. */
public record WithdrawNcoCommand(
        @TargetAggregateIdentifier String ncoId,
        String reason) {
}
