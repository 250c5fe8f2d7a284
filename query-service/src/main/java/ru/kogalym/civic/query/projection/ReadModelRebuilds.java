package ru.kogalym.civic.query.projection;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.contract.MetadataKey;
import ru.kogalym.civic.contract.audit.ReadModelRebuildFailedEvent;
import ru.kogalym.civic.contract.audit.ReadModelRebuildFinishedEvent;
import ru.kogalym.civic.contract.audit.ReadModelRebuildStartedEvent;
import ru.kogalym.civic.query.web.BadParameterException;
import ru.kogalym.civic.query.web.ConflictException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

/**
 * Blue-green rebuilds of read models. A rebuild builds a new generation of each read model it covers from the first
 * event, beside the generation that goes on serving queries and being kept up to date; once it has caught up with
 * the log it takes that generation's place in one atomic write ({@link MongoReadModels#switchGroup}), so no query
 * ever reads a half-built read model.
 * <p>
 * The live processors are neither stopped nor reset: every projection skips an event it has already applied, so
 * after the switch each processor simply goes on from its own token into the new generation. A processor (here or
 * on another instance) may still write one batch into the old generation after the switch, before it sees the new
 * mapping; the rebuild therefore goes on following the log into the new generation for {@code tail} after the switch,
 * which covers every such batch. The previous generation is dropped when the next rebuild starts.
 * <p>
 * Each rebuild is recorded in the log (who, when, why, and how it ended) and its progress in {@value #REBUILDS}.
 */
@Component
public class ReadModelRebuilds implements DisposableBean {

    static final String REBUILDS = "read_model_rebuilds";
    /** One document: which rebuild runs now, across every instance, and when it last showed it was alive. */
    static final String LEASE = "read_model_rebuild_lease";
    private static final String LEASE_ID = "lease";
    private static final Duration LEASE_TIME = Duration.ofMinutes(1);
    private static final int DUPLICATE_KEY = 11000;
    private static final String RECORD_TYPE = "ReadModelRebuild";
    private static final String COMMAND_NAME = "RebuildReadModels";
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuilds.class);

    public enum State { RUNNING, DONE, FAILED }

    /**
     * A rebuild as its status resource shows it.
     *
     * @param position     the global position of the last event the new generation was built from (-1: none yet)
     * @param headPosition the log's head when last looked at
     */
    public record Status(String rebuildId, List<String> readModels, String reason, String requestedBy, State state,
                         long position, long headPosition, long eventsProcessed, long eventsPerSecond,
                         Instant startedAt, @Nullable Instant finishedAt, @Nullable String error) {
    }

    private final EventStorageEngine storageEngine;
    private final EventStore eventStore;
    private final MongoReadModels live;
    private final Projections projections;
    private final MongoDatabase database;
    private final MongoCollection<Document> rebuilds;
    private final Clock clock;
    private final Duration tail;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    /** Reads the log ahead of the catch-up ({@link KnownAt#fromTheStart}); one rebuild runs at a time. */
    private final ExecutorService readers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "read-model-rebuild-read");
        thread.setDaemon(true);
        return thread;
    });
    private final MongoCollection<Document> lease;

    ReadModelRebuilds(EventStorageEngine storageEngine, EventStore eventStore, MongoReadModels live,
                      Projections projections, MongoDatabase civicDatabase, ObjectProvider<Clock> clock,
                      @Value("${civic.rebuild.tail:PT3S}") Duration tail) {
        this.storageEngine = storageEngine;
        this.eventStore = eventStore;
        this.live = live;
        this.projections = projections;
        this.database = civicDatabase;
        this.rebuilds = civicDatabase.getCollection(REBUILDS);
        this.lease = civicDatabase.getCollection(LEASE);
        this.clock = clock.getIfUnique(Clock::systemUTC);
        this.tail = tail;
    }

    /** The read models a rebuild can name: the query side's processing groups. */
    public Set<String> readModels() {
        return projections.groups();
    }

    /**
     * Records the request and starts the rebuild in the background.
     *
     * @param readModel one processing group, or null for all of them
     */
    public Status start(String readModel, String reason, String user, String correlationId) {
        if (reason == null || reason.isBlank()) {
            throw new BadParameterException("reason", "reason is required: the log records why read models were rebuilt");
        }
        if (readModel != null && !projections.groups().contains(readModel)) {
            throw new BadParameterException("readModel", "readModel must be one of " + projections.groups());
        }
        Set<String> groups = readModel == null ? projections.groups() : new TreeSet<>(Set.of(readModel));
        String id = UUID.randomUUID().toString();
        takeLease(id);
        try {
            Instant now = clock.instant();
            record(id, 0, new ReadModelRebuildStartedEvent(id, List.copyOf(groups), reason.strip()), user, correlationId);
            Status status = new Status(id, List.copyOf(groups), reason.strip(), user, State.RUNNING, -1, head(), 0, 0,
                                       now, null, null);
            save(status);
            runner.execute(() -> {
                try {
                    run(status, correlationId);
                } catch (RuntimeException e) {
                    // MongoDB gone before the end could be shown: the lease lapses and the next rebuild marks it failed
                    log.error("Rebuild {} could not show its end", id, e);
                }
            });
            return status;
        } catch (RuntimeException e) {
            releaseLease(id);
            throw e;
        }
    }

    /**
     * One rebuild at a time across every instance: two at once would each drop the other's generation as unused.
     * A lease its holder has not renewed for a minute (its instance stopped) is taken over, and that rebuild is
     * marked failed.
     */
    private void takeLease(String id) {
        Instant now = clock.instant();
        Document before;
        try {
            before = lease.findOneAndUpdate(
                    and(eq("_id", LEASE_ID), or(eq("rebuildId", null), lt("renewedAt", Date.from(now.minus(LEASE_TIME))))),
                    combine(set("rebuildId", id), set("renewedAt", Date.from(now))),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        } catch (MongoException e) {
            if (e.getCode() != DUPLICATE_KEY) {
                throw e;
            }
            Document holder = lease.find(eq("_id", LEASE_ID)).first();
            String other = holder == null ? "another" : holder.getString("rebuildId");
            throw new ConflictException("readModel", "Rebuild " + other + " is still running; see "
                    + "/api/audit/rebuilds/" + other);
        }
        String abandoned = before == null ? null : before.getString("rebuildId");
        if (abandoned != null) {
            status(abandoned).filter(s -> s.state() == State.RUNNING).ifPresent(s -> save(new Status(
                    s.rebuildId(), s.readModels(), s.reason(), s.requestedBy(), State.FAILED, s.position(),
                    s.headPosition(), s.eventsProcessed(), s.eventsPerSecond(), s.startedAt(), now,
                    "abandoned: the instance running it stopped renewing its lease")));
        }
    }

    private void renewLease(String id) {
        lease.updateOne(and(eq("_id", LEASE_ID), eq("rebuildId", id)), set("renewedAt", Date.from(clock.instant())));
    }

    private void releaseLease(String id) {
        lease.updateOne(and(eq("_id", LEASE_ID), eq("rebuildId", id)), set("rebuildId", null));
    }

    public Optional<Status> status(String id) {
        return Optional.ofNullable(rebuilds.find(eq("_id", id)).first()).map(ReadModelRebuilds::status);
    }

    private void run(Status started, String correlationId) {
        Progress progress = new Progress(started);
        String suffix = "g" + started.rebuildId().substring(0, 8);
        Map<String, Map<String, String>> collectionsByGroup = new LinkedHashMap<>();
        RuntimeException failure = null;
        boolean serving = false;
        try {
            dropUnused();
            List<Projections.Handlers> handlers = new ArrayList<>();
            List<MongoReadModels.Generation> generations = new ArrayList<>();
            for (String group : started.readModels()) {
                Map<String, String> names = new LinkedHashMap<>();
                MongoReadModels.Generation generation = live.generation(suffix);
                generations.add(generation);
                handlers.add(projections.instances(Set.of(group), name -> {
                    names.put(name, name + MongoReadModels.SEPARATOR + suffix);
                    return generation.collection(name);
                }));
                collectionsByGroup.put(group, names);
            }
            // left by a rebuild that died; dropping one that does not exist makes the embedded server log an error
            Set<String> existing = database.listCollectionNames().into(new HashSet<>());
            collectionsByGroup.values().forEach(names -> names.values().stream().filter(existing::contains)
                                                              .forEach(live::drop));
            Projections.Handlers all = new Projections.Handlers(handlers.stream().flatMap(h -> h.adapters().stream()).toList());

            TrackingToken token = follow(all, null, progress, null);
            generations.forEach(MongoReadModels.Generation::shared);
            collectionsByGroup.forEach(live::switchGroup);
            serving = true;
            follow(all, token, progress, clock.instant().plus(tail));
        } catch (RuntimeException e) {
            log.error("Rebuild {} failed", started.rebuildId(), e);
            failure = e;
            if (serving) {
                // a batch of the tail may be written and not yet counted, and nobody retries it: read them whole
                collectionsByGroup.values().forEach(names -> names.values().forEach(live::changedWhole));
            }
        } finally {
            // given back before the end is shown, so that whoever sees it may start the next one at once
            try {
                releaseLease(started.rebuildId());
            } catch (RuntimeException e) {
                log.error("Giving back the lease of rebuild {} failed; it lapses in {}", started.rebuildId(),
                          LEASE_TIME, e);
            }
        }
        // the log first, then the status resource: whoever sees the end there finds it in the log too
        Status end = failure == null ? progress.status(State.DONE, clock.instant(), null)
                : progress.status(State.FAILED, clock.instant(), String.valueOf(failure.getMessage()));
        try {
            record(started.rebuildId(), 1, failure == null
                    ? new ReadModelRebuildFinishedEvent(started.rebuildId(), end.position(), end.eventsProcessed())
                    : new ReadModelRebuildFailedEvent(started.rebuildId(), end.error()), started.requestedBy(),
                    correlationId);
        } catch (RuntimeException e) {
            log.error("Recording the end of rebuild {} failed", started.rebuildId(), e);
        }
        save(end);
        log.info("Rebuild {} of {} {}: {} events, {} events/s", started.rebuildId(), started.readModels(), end.state(),
                 end.eventsProcessed(), end.eventsPerSecond());
    }

    /**
     * Hands every event after {@code after} to the handlers, in batches, to the end of the log; with {@code until},
     * keeps following the log until then. From the start, the log is read ahead on other threads while the handlers
     * work: read in turn, the catch-up spent a third of its time waiting for the next window of events.
     */
    private TrackingToken follow(Projections.Handlers handlers, TrackingToken after, Progress progress, Instant until) {
        TrackingToken token = after;
        do {
            try (Stream<? extends TrackedEventMessage<?>> stream = token == null
                    ? KnownAt.fromTheStart(storageEngine, readers) : storageEngine.readEvents(token, false)) {
                Iterator<? extends TrackedEventMessage<?>> events = stream.iterator();
                List<EventMessage<?>> batch = new ArrayList<>(BATCH);
                while (events.hasNext()) {
                    TrackedEventMessage<?> event = events.next();
                    batch.add(event);
                    token = event.trackingToken();
                    if (batch.size() == BATCH || !events.hasNext()) {
                        apply(handlers, batch);
                        progress.advance(batch.size(), token.position().orElse(-1));
                        batch = new ArrayList<>(BATCH);
                        if (progress.due(clock.instant())) {
                            save(progress.status(State.RUNNING, null, null));
                            renewLease(progress.started.rebuildId());
                        }
                    }
                }
            }
        } while (until != null && clock.instant().isBefore(until) && pause());
        return token;
    }

    /** One batch in one unit of work, so each read model is written once for it, as the processors do. */
    private static void apply(Projections.Handlers handlers, List<EventMessage<?>> batch) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            handlers.handle(unitOfWork.getMessage());
            if (unitOfWork.isLastMessage()) {
                BatchedCollection.flushCurrent();
            }
            return null;
        });
        if (result.isExceptional()) {
            throw new IllegalStateException("A batch of the rebuild failed", result.exceptionResult());
        }
    }

    private static boolean pause() {
        try {
            Thread.sleep(100);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Drops the generations that no mapping serves any more (the ones the last rebuild replaced). */
    private void dropUnused() {
        Set<String> inUse = live.inUse();
        Set<String> logical = live.names();
        for (String name : database.listCollectionNames()) {
            int separator = name.indexOf(MongoReadModels.SEPARATOR);
            boolean generation = separator > 0 && logical.contains(name.substring(0, separator));
            boolean replacedOriginal = logical.contains(name) && !live.physical(name).equals(name);
            if ((generation || replacedOriginal) && !inUse.contains(name)) {
                live.drop(name);
            }
        }
    }

    private long head() {
        return KnownAt.headPosition(storageEngine);
    }

    private void record(String id, long sequence, Object payload, String user, String correlationId) {
        eventStore.publish(new GenericDomainEventMessage<>(RECORD_TYPE, id, sequence, payload, MetaData
                .with(MetadataKey.ISSUED_BY.key(), user)
                .and(MetadataKey.RECORDED_AT.key(), clock.instant().toString())
                .and(MetadataKey.CORRELATION_ID.key(), correlationId == null ? id : correlationId)
                .and(MetadataKey.CAUSATION_ID.key(), id)
                .and(MetadataKey.COMMAND_NAME.key(), COMMAND_NAME)));
    }

    private void save(Status status) {
        Document document = new Document("_id", status.rebuildId())
                .append("readModels", status.readModels()).append("reason", status.reason())
                .append("requestedBy", status.requestedBy()).append("state", status.state().name())
                .append("position", status.position()).append("headPosition", status.headPosition())
                .append("eventsProcessed", status.eventsProcessed()).append("eventsPerSecond", status.eventsPerSecond())
                .append("startedAt", status.startedAt().toString())
                .append("finishedAt", status.finishedAt() == null ? null : status.finishedAt().toString())
                .append("error", status.error());
        rebuilds.replaceOne(eq("_id", status.rebuildId()), document, new ReplaceOptions().upsert(true));
    }

    private static Status status(Document d) {
        return new Status(d.getString("_id"), d.getList("readModels", String.class), d.getString("reason"),
                          d.getString("requestedBy"), State.valueOf(d.getString("state")), number(d, "position"),
                          number(d, "headPosition"), number(d, "eventsProcessed"), number(d, "eventsPerSecond"),
                          Instant.parse(d.getString("startedAt")),
                          d.getString("finishedAt") == null ? null : Instant.parse(d.getString("finishedAt")),
                          d.getString("error"));
    }

    private static long number(Document document, String field) {
        Object value = document.get(field);
        return value instanceof Number n ? n.longValue() : -1;
    }

    /** How far a running rebuild has come. */
    private final class Progress {
        private final Status started;
        private final long startedNanos = System.nanoTime();
        private long processed;
        private long position = -1;
        private Instant savedAt = Instant.EPOCH;

        Progress(Status started) {
            this.started = started;
        }

        void advance(int events, long lastPosition) {
            processed += events;
            position = Math.max(position, lastPosition);
        }

        boolean due(Instant now) {
            return Duration.between(savedAt, now).compareTo(Duration.ofSeconds(1)) >= 0;
        }

        Status status(State state, Instant finishedAt, String error) {
            savedAt = clock.instant();
            double seconds = Math.max(1e-3, (System.nanoTime() - startedNanos) / 1e9);
            return new Status(started.rebuildId(), started.readModels(), started.reason(), started.requestedBy(),
                              state, position, Math.max(head(), position), processed, Math.round(processed / seconds),
                              started.startedAt(), finishedAt, error);
        }
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
        readers.shutdownNow();
    }
}
