package ru.kogalym.civic.query.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import io.swagger.v3.oas.annotations.media.Schema;
import org.bson.Document;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.contract.MetadataKey;
import ru.kogalym.civic.eventstore.MongoEventStorageEngine;
import ru.kogalym.civic.query.web.Params;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The read models as the system knew them at an instant, or up to a global position: every projection of the
 * query side folded in memory over the events recorded by then, through the same handlers and documents as the
 * live read models, so a past answer is computed by the same rules as today's.
 * <p>
 * "Known at T" takes the events whose {@code recordedAt} is at or before T. A command stamps {@code recordedAt}
 * while it is handled and appends within {@code civic.known-at.commit-window} of it, so the store is read in global
 * order until an event recorded later than T by more than that window: reading stops near T, not at the head. An
 * answer for an instant further back than the window cannot change any more and is kept (a few of them); one for a
 * more recent instant is kept while the log's head stays where it was.
 */
@Component
public class KnownAt {

    private static final int CACHED_ANSWERS = 8;
    /**
     * Windows of the log fetched ahead of the fold: the server's encoding, the driver's decoding and the
     * deserialising of the next windows overlap the fold of the current one.
     */
    private static final int READ_AHEAD = 2;

    private final EventStorageEngine storageEngine;
    private final Projections projections;
    private final Clock clock;
    private final Duration commitWindow;
    /**
     * Cold folds reading the log at once; more wait their turn. Each keeps a core or two busy already, and each runs
     * {@link #READ_AHEAD} + 3 reader tasks at most (the walk, the windows it is on and those ahead) until its close
     * returns, so the threads stay bounded however many requests arrive.
     */
    static final int READS_AT_ONCE = Math.max(2, Runtime.getRuntime().availableProcessors());
    static final int MAX_READER_TASKS = READS_AT_ONCE * (READ_AHEAD + 3);
    private final Semaphore reads = new Semaphore(READS_AT_ONCE, true);
    private final ThreadPoolExecutor readers = (ThreadPoolExecutor) Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "known-at-read");
        thread.setDaemon(true);
        return thread;
    });
    /**
     * Folds already made: for a settled instant whatever comes later, for a recent one while the log's head has not
     * moved (so the queries of one request, or requests in a row, fold once).
     */
    private final Map<FoldKey, Fold> folds = new LinkedHashMap<>(CACHED_ANSWERS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<FoldKey, Fold> eldest) {
            return size() > CACHED_ANSWERS;
        }
    };

    /** {@code head} is -1 for a settled instant: no later event can change its fold. */
    private record FoldKey(Instant knownAt, long head) {
    }

    /** Folds only the given projections (each with a constructor taking only {@link ReadModels}): for tests, tools. */
    public static KnownAt of(EventStorageEngine storageEngine, Class<?>... projections) {
        return new KnownAt(storageEngine, Projections.of(projections), Clock.systemUTC(), Duration.ofMinutes(2));
    }

    @Autowired
    KnownAt(EventStorageEngine storageEngine, Projections projections, ObjectProvider<Clock> clock,
            @Value("${civic.known-at.commit-window:PT2M}") Duration commitWindow) {
        this(storageEngine, projections, clock.getIfUnique(Clock::systemUTC), commitWindow);
    }

    private KnownAt(EventStorageEngine storageEngine, Projections projections, Clock clock, Duration commitWindow) {
        this.storageEngine = storageEngine;
        this.projections = projections;
        this.clock = clock;
        this.commitWindow = commitWindow;
    }

    @PreDestroy
    void close() {
        readers.shutdownNow();
    }

    public static final String DESCRIPTION = "ответ, каким его знала система в этот момент (ISO-8601): события, "
            + "записанные позже, не учитываются";
    public static final String EXAMPLE = "2021-02-01T00:00:00Z";

    /** The {@code knownAt} request parameter as the API description shows it. */
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    @io.swagger.v3.oas.annotations.Parameter(description = DESCRIPTION,
            schema = @Schema(type = "string", format = "date-time", example = EXAMPLE))
    public @interface Parameter {
    }

    /** The {@code knownAt} request parameter: null when absent, a 400 naming it when malformed. */
    public static Instant parse(String knownAt) {
        return Params.instant("knownAt", knownAt);
    }

    /** {@code live} itself when {@code knownAt} is null, else the same query over the read models known then. */
    public <Q> Q view(Instant knownAt, Q live, Function<ReadModels, Q> over) {
        return knownAt == null ? live : over.apply(at(knownAt));
    }

    /** The read models folded from the events recorded at or before {@code knownAt}. */
    public ReadModels at(Instant knownAt) {
        return foldAt(knownAt);
    }

    private Fold foldAt(Instant knownAt) {
        boolean settled = knownAt.plus(commitWindow).isBefore(clock.instant());
        FoldKey key = new FoldKey(knownAt, settled ? -1 : head());
        synchronized (folds) {
            Fold known = folds.get(key);
            if (known != null) {
                return known;
            }
        }
        // folded group by group as asked; the same object for every request at this instant, so each group once
        synchronized (folds) {
            return folds.computeIfAbsent(key, k -> new Fold(knownBy(knownAt)));
        }
    }

    /**
     * What every read model held of one record once the events up to global position {@code position} (inclusive)
     * were handled, by read model name; {@code eventsApplied} counts the events folded.
     */
    public RecordState recordUpTo(String recordId, long position) {
        Fold fold = new Fold(event -> position(event) <= position ? Step.TAKE : Step.STOP);
        return new RecordState(fold.all().ofRecord(recordId), fold.applied(), fold.lastPosition());
    }

    /**
     * Every read model folded from the whole log as it stands: what the live read models should hold once their
     * processors have caught up, by the same handlers, to check them against.
     */
    public Folded everything() {
        Fold fold = new Fold(event -> Step.TAKE);
        return new Folded(fold.all(), fold.applied());
    }

    /** Read models folded in memory, and how many events they were folded from. */
    public record Folded(ReadModels models, long eventsApplied) {
    }

    /** What every read model held of one record as known at {@code knownAt}. */
    public RecordState recordAt(String recordId, Instant knownAt) {
        Fold fold = foldAt(knownAt);
        return new RecordState(fold.all().ofRecord(recordId), fold.applied(), fold.lastPosition());
    }

    /**
     * A record's documents in each read model that holds one, by read model name.
     *
     * @param eventsApplied how many events of the whole log were folded
     * @param lastPosition  the global position of the last of them (-1: none)
     */
    public record RecordState(Map<String, Document> documents, long eventsApplied, long lastPosition) {
    }

    private enum Step { TAKE, SKIP, STOP }

    /**
     * The read models folded from the events {@code bound} takes, each processing group's when one of its read models
     * is first asked for: a question about the summary folds the summary's projection alone, not the journal's and
     * the registry's too (their handlers were about half of a fold's time).
     */
    private final class Fold implements ReadModels {
        private final Function<TrackedEventMessage<?>, Step> bound;
        private final InMemoryReadModels models = new InMemoryReadModels();
        private final Set<String> folded = new HashSet<>();
        private long applied;
        private long lastPosition = -1;
        /** How far the first group's read went: later groups read no further, so all fold the same events. */
        private long readUpTo = -1;

        Fold(Function<TrackedEventMessage<?>, Step> bound) {
            this.bound = bound;
        }

        @Override
        public synchronized ReadModelCollection collection(String name) {
            String group = projections.groupsByCollection().get(name);
            if (group != null) {
                fold(Set.of(group));
            }
            return models.collection(name);
        }

        /** Every group folded: for what every read model holds of a record. */
        synchronized InMemoryReadModels all() {
            fold(projections.groups());
            return models;
        }

        synchronized long applied() {
            return applied;
        }

        synchronized long lastPosition() {
            return lastPosition;
        }

        private void fold(Set<String> groups) {
            Set<String> missing = new TreeSet<>(groups);
            missing.removeAll(folded);
            if (missing.isEmpty()) {
                return;
            }
            // folded apart and taken over only once whole: a read that fails half way leaves nothing to fold twice
            InMemoryReadModels staged = new InMemoryReadModels();
            Projections.Handlers handlers = projections.instances(missing, staged);
            long[] appliedAndLast = {0, -1};
            boolean first = folded.isEmpty();
            long[] read = {readUpTo};
            read(event -> {
                long position = position(event);
                if (!first && position > readUpTo) {
                    return Step.STOP;
                }
                read[0] = Math.max(read[0], position);
                return bound.apply(event);
            }, event -> {
                handlers.handle(event);
                appliedAndLast[0]++;
                appliedAndLast[1] = position(event);
            });
            models.adopt(staged);
            if (first) {
                readUpTo = read[0];
            }
            folded.addAll(missing);
            applied = appliedAndLast[0];
            lastPosition = appliedAndLast[1];
        }
    }

    /**
     * Hands {@code handler} every event the system knew of at {@code knownAt} (null: every event) in global order,
     * reading the store no further than the commit window past it: for a fold of its own that is no read model.
     */
    public void replay(@Nullable Instant knownAt, Consumer<TrackedEventMessage<?>> handler) {
        read(knownAt == null ? event -> Step.TAKE : knownBy(knownAt), handler);
    }

    private Function<TrackedEventMessage<?>, Step> knownBy(Instant knownAt) {
        Moment known = new Moment(knownAt);
        Moment readUntil = new Moment(knownAt.plus(commitWindow));
        return event -> {
            String recordedAt = recordedAt(event);
            if (recordedAt == null || !known.before(recordedAt)) {
                return Step.TAKE;
            }
            return readUntil.before(recordedAt) ? Step.STOP : Step.SKIP;
        };
    }

    /**
     * An instant, compared with the {@code recordedAt} texts of events: as text while both are in
     * {@link Instant#toString()}'s form, whose order up to the second is that of the text (parsing every event's was
     * a third of a fold's own time), else as instants.
     */
    private record Moment(Instant instant, String text, boolean utcText) {
        Moment(Instant instant) {
            this(instant, instant.toString(), isUtcText(instant.toString()));
        }

        boolean before(String recordedAt) {
            if (utcText && isUtcText(recordedAt)) {
                // the first 19 characters, yyyy-MM-ddTHH:mm:ss, compared in place: this runs for every event read
                for (int i = 0; i < 19; i++) {
                    int bySecond = Character.compare(text.charAt(i), recordedAt.charAt(i));
                    if (bySecond != 0) {
                        return bySecond < 0;
                    }
                }
            }
            return instant.isBefore(Instant.parse(recordedAt));
        }

        /** {@code yyyy-MM-ddTHH:mm:ss}, maybe a fraction, then {@code Z}. */
        private static boolean isUtcText(String text) {
            return text.length() >= 20 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                    && text.charAt(13) == ':' && text.charAt(16) == ':' && Character.isDigit(text.charAt(0))
                    && (text.charAt(19) == '.' || text.charAt(19) == 'Z') && text.charAt(text.length() - 1) == 'Z';
        }
    }

    private void read(Function<TrackedEventMessage<?>, Step> bound, Consumer<TrackedEventMessage<?>> take) {
        try {
            reads.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting to read the log", e);
        }
        try {
            readInTurn(bound, take);
        } finally {
            reads.release();
        }
    }

    /** The most reader threads alive at once so far. */
    int readerThreadsAtMost() {
        return readers.getLargestPoolSize();
    }

    /**
     * Every event of the log in global order, read {@link #READ_AHEAD} windows ahead on {@code readers} while the
     * caller handles the events before ({@link MongoEventStorageEngine#readAhead}); in turn from another engine.
     */
    static Stream<? extends TrackedEventMessage<?>> fromTheStart(EventStorageEngine storageEngine, Executor readers) {
        return storageEngine instanceof MongoEventStorageEngine mongo
                ? mongo.readAhead(readers, READ_AHEAD) : storageEngine.readEvents(null, false);
    }

    private void readInTurn(Function<TrackedEventMessage<?>, Step> bound, Consumer<TrackedEventMessage<?>> take) {
        try (Stream<? extends TrackedEventMessage<?>> stream = fromTheStart(storageEngine, readers)) {
            Iterator<? extends TrackedEventMessage<?>> events = stream.iterator();
            while (events.hasNext()) {
                TrackedEventMessage<?> event = events.next();
                Step step = bound.apply(event);
                if (step == Step.STOP) {
                    return;
                }
                if (step == Step.TAKE) {
                    take.accept(event);
                }
            }
        }
    }

    /** The log's head position (-1 while it is empty): whatever was folded before it moves still holds. */
    public long head() {
        return headPosition(storageEngine);
    }

    static long headPosition(EventStorageEngine storageEngine) {
        TrackingToken head = storageEngine.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    private static long position(TrackedEventMessage<?> event) {
        return event.trackingToken().position().orElseThrow();
    }

    private static String recordedAt(EventMessage<?> event) {
        Object value = event.getMetaData().get(MetadataKey.RECORDED_AT.key());
        return value == null ? null : value.toString();
    }
}
