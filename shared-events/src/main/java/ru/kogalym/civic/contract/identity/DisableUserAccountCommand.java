package ru.kogalym.civic.contract.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrator disables the account: it can no longer log in. */
public record DisableUserAccountCommand(
        @TargetAggregateIdentifier String accountId,
        String reason) {
}
