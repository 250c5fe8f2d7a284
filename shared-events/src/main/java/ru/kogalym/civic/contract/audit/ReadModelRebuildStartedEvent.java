package ru.kogalym.civic.contract.audit;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * An auditor had read models rebuilt from the events: fresh copies are built beside the serving ones and take their
 * place once they have caught up. Recorded by the query side, attributed like every other event.
 *
 * @param readModels the processing groups rebuilt (e.g. {@code nco-registry})
 * @param reason     why, as the auditor gave it
 */
@Revision("1")
public record ReadModelRebuildStartedEvent(
        String rebuildId,
        List<String> readModels,
        String reason) {
}
