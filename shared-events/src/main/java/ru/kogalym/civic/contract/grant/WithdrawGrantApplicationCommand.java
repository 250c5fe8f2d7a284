package ru.kogalym.civic.contract.grant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw a grant application recorded by mistake, saying why (with its decision, if any). */
public record WithdrawGrantApplicationCommand(
        @TargetAggregateIdentifier String grantApplicationId,
        String reason) {
}
