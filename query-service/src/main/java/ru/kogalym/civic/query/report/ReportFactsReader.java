package ru.kogalym.civic.query.report;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.query.projection.KnownAt;

import java.time.Instant;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Reads a year's {@link ReportFacts} straight from the event stream when a report is asked for: a report is asked for
 * rarely, a city's store is small enough to read through, and no read model has to keep what only the report says.
 */
@Component
class ReportFactsReader {

    private final EventStorageEngine storageEngine;

    ReportFactsReader(EventStorageEngine storageEngine) {
        this.storageEngine = storageEngine;
    }

    /** The year's facts from every event, or from those recorded by {@code knownAt} when it is given. */
    ReportFacts read(int year, @Nullable Instant knownAt) {
        ReportFacts.Fold fold = new ReportFacts.Fold();
        try (Stream<? extends TrackedEventMessage<?>> events = storageEngine.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                if (knownAt == null || KnownAt.recordedBy(event, knownAt)) {
                    fold.apply(event);
                }
            }
        }
        return fold.facts(year);
    }
}
