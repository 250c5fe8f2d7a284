package ru.kogalym.civic.query.report;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

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

    ReportFacts read(int year) {
        ReportFacts.Fold fold = new ReportFacts.Fold();
        try (Stream<? extends TrackedEventMessage<?>> events = storageEngine.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            while (iterator.hasNext()) {
                fold.apply(iterator.next());
            }
        }
        return fold.facts(year);
    }
}
