package ru.kogalym.civic.contract.grant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record that an NCO applied to a grant contest with a project, asking for {@code amountRequestedKopecks} (roubles × 100). */
public record ApplyForGrantCommand(
        @TargetAggregateIdentifier String grantApplicationId,
        String ncoId,
        GrantLevel level,
        String contest,
        String project,
        Long amountRequestedKopecks,
        LocalDate appliedOn) {
}
