package ru.kogalym.civic.contract.raid;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw a raid recorded by mistake, saying why. */
public record WithdrawRaidCommand(
        @TargetAggregateIdentifier String raidId,
        String reason) {
}
