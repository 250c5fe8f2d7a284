package ru.kogalym.civic.contract.cityevent;

import org.axonframework.serialization.Revision;

/** A recorded participation was withdrawn: it no longer counts. */
@Revision("1")
public record EventParticipationWithdrawnEvent(
        String participationId,
        String reason) {
}
