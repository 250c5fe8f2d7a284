package ru.kogalym.civic.contract.grant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Replace every field of a recorded grant application with corrected values, saying why (the decision, if any, stays). */
public record CorrectGrantApplicationCommand(
        @TargetAggregateIdentifier String grantApplicationId,
        String ncoId,
        GrantLevel level,
        String contest,
        String project,
        Long amountRequestedKopecks,
        LocalDate appliedOn,
        String reason) {
}
