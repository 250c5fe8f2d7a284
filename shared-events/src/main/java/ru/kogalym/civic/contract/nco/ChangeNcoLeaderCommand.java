package ru.kogalym.civic.contract.nco;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The NCO got a new leader on {@code changedOn}. */
public record ChangeNcoLeaderCommand(
        @TargetAggregateIdentifier String ncoId,
        String leader,
        LocalDate changedOn) {
}
