package ru.kogalym.civic.contract.council;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A member left the body on {@code removedOn}; carries who it was. */
@Revision("1")
public record BodyMemberRemovedEvent(
        String bodyId,
        BodyKind kind,
        String memberId,
        String ncoId,
        String person,
        LocalDate removedOn,
        String reason) {
}
