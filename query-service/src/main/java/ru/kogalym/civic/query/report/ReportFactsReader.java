package ru.kogalym.civic.query.report;

import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.query.projection.KnownAt;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a year's {@link ReportFacts} straight from the event stream when a report is asked for: a report is asked for
 * rarely, a city's store is small enough to read through, and no read model has to keep what only the report says.
 */
@Component
class ReportFactsReader {

    private static final int CACHED = 8;

    private final KnownAt known;
    /**
     * Facts already read, for as long as the log's head has not moved: the dashboard previews a report at every visit.
     * (A commit still in flight below the head when they were read shows once the next event is recorded.)
     */
    private final Map<Key, ReportFacts> read = Collections.synchronizedMap(new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ReportFacts> eldest) {
            return size() > CACHED;
        }
    });

    private record Key(int year, @Nullable Instant knownAt, long head) {
    }

    ReportFactsReader(KnownAt known) {
        this.known = known;
    }

    /** The year's facts from every event, or from those recorded by {@code knownAt} when it is given. */
    ReportFacts read(int year, @Nullable Instant knownAt) {
        Key key = new Key(year, knownAt, known.head());
        ReportFacts known = read.get(key);
        if (known != null) {
            return known;
        }
        ReportFacts facts = readThrough(year, knownAt);
        read.put(key, facts);
        return facts;
    }

    private ReportFacts readThrough(int year, @Nullable Instant knownAt) {
        ReportFacts.Fold fold = new ReportFacts.Fold();
        known.replay(knownAt, fold::apply);
        return fold.facts(year);
    }
}
