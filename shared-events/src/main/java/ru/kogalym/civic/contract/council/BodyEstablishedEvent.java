package ru.kogalym.civic.contract.council;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A council or commission was established on {@code establishedOn}; {@code area} is null for a commission. */
@Revision("1")
public record BodyEstablishedEvent(
        String bodyId,
        BodyKind kind,
        String name,
        CouncilArea area,
        LocalDate establishedOn) {
}
