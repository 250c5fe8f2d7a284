package ru.kogalym.civic.contract.cityevent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw a participation recorded by mistake, saying why. */
public record WithdrawEventParticipationCommand(
        @TargetAggregateIdentifier String participationId,
        String reason) {
}
