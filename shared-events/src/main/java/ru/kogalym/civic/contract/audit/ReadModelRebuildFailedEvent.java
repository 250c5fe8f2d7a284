package ru.kogalym.civic.contract.audit;

import org.axonframework.serialization.Revision;

/** The rebuild stopped before taking over; the read models it was to replace go on serving, untouched. */
@Revision("1")
public record ReadModelRebuildFailedEvent(
        String rebuildId,
        String error) {
}
