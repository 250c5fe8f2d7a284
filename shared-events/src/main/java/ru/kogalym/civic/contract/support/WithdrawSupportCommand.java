package ru.kogalym.civic.contract.support;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw a support recorded by mistake, saying why. */
public record WithdrawSupportCommand(
        @TargetAggregateIdentifier String supportId,
        String reason) {
}
