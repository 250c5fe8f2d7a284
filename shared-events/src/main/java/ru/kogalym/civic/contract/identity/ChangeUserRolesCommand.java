package ru.kogalym.civic.contract.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** An administrator gives the account exactly {@code roles} from now on. */
public record ChangeUserRolesCommand(
        @TargetAggregateIdentifier String accountId,
        List<Role> roles) {
}
