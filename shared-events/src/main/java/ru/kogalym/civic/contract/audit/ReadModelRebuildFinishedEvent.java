package ru.kogalym.civic.contract.audit;

import org.axonframework.serialization.Revision;

/**
 * The rebuilt read models caught up with the log and now serve every query.
 *
 * @param position        the global position of the last event they were built from before they took over
 * @param eventsProcessed how many events the rebuild read
 */
@Revision("1")
public record ReadModelRebuildFinishedEvent(
        String rebuildId,
        long position,
        long eventsProcessed) {
}
