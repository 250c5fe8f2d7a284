package ru.kogalym.civic.contract.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrator enables a disabled account again. */
public record EnableUserAccountCommand(
        @TargetAggregateIdentifier String accountId,
        String reason) {
}
