package ru.kogalym.civic.contract.council;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A member joined the body on {@code addedOn}: an NCO ({@code ncoId}) or a person ({@code person}). */
@Revision("1")
public record BodyMemberAddedEvent(
        String bodyId,
        BodyKind kind,
        String memberId,
        String ncoId,
        String person,
        String role,
        LocalDate addedOn) {
}
