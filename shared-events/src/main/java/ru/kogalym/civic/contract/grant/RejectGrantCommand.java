package ru.kogalym.civic.contract.grant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The contest rejected the application on {@code decidedOn}. */
public record RejectGrantCommand(
        @TargetAggregateIdentifier String grantApplicationId,
        LocalDate decidedOn,
        String reason) {
}
