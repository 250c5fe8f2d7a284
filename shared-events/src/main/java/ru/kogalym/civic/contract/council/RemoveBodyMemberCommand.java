package ru.kogalym.civic.contract.council;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** A member left the body on {@code removedOn}. */
public record RemoveBodyMemberCommand(
        @TargetAggregateIdentifier String bodyId,
        String memberId,
        LocalDate removedOn,
        String reason) {
}
