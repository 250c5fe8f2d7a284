package ru.kogalym.civic.contract.council;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The council or commission was dissolved on {@code dissolvedOn}; its members' memberships end with it. */
@Revision("1")
public record BodyDissolvedEvent(
        String bodyId,
        BodyKind kind,
        String name,
        LocalDate dissolvedOn,
        String reason) {
}
