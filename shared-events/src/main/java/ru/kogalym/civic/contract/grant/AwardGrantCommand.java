package ru.kogalym.civic.contract.grant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The contest awarded the application {@code amountAwarded} roubles on {@code decidedOn}. */
public record AwardGrantCommand(
        @TargetAggregateIdentifier String grantApplicationId,
        BigDecimal amountAwarded,
        LocalDate decidedOn) {
}
