package ru.kogalym.civic.contract.council;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Add a member to a council or commission: either an NCO ({@code ncoId}) or a person ({@code person}), with an optional role. */
public record AddBodyMemberCommand(
        @TargetAggregateIdentifier String bodyId,
        String memberId,
        String ncoId,
        String person,
        String role,
        LocalDate addedOn) {
}
