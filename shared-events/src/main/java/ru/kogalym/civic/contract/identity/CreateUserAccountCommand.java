package ru.kogalym.civic.contract.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** An administrator creates the account {@code username} with {@code roles}; its password is set beside the log. */
public record CreateUserAccountCommand(
        @TargetAggregateIdentifier String accountId,
        String username,
        List<Role> roles) {
}
