package ru.kogalym.civic.contract.grant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The contest awarded the application {@code amountAwardedKopecks} (roubles × 100) on {@code decidedOn}. */
public record AwardGrantCommand(
        @TargetAggregateIdentifier String grantApplicationId,
        Long amountAwardedKopecks,
        LocalDate decidedOn) {
}
