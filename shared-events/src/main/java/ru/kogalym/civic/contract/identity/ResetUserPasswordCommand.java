package ru.kogalym.civic.contract.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrator sets a new password for the account (the password itself never enters the log). */
public record ResetUserPasswordCommand(
        @TargetAggregateIdentifier String accountId) {
}
