package ru.kogalym.civic.contract.grant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Replace every field of a recorded grant application with corrected values, saying why (the decision, if any, stays). */
public record CorrectGrantApplicationCommand(
        @TargetAggregateIdentifier String grantApplicationId,
        String ncoId,
        GrantLevel level,
        String contest,
        String project,
        BigDecimal amountRequested,
        LocalDate appliedOn,
        String reason) {
}
