package ru.kogalym.civic.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteError;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import ru.kogalym.civic.eventstore.operations.StoreUnavailable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static java.util.Objects.requireNonNull;
import static org.axonframework.eventhandling.EventUtils.asDomainEventMessage;

/**
 * An Axon event storage engine on MongoDB with a dense global sequence.
 *
 * <p>Each commit (the consecutive events of one aggregate in one unit of work) is one document, so it
 * is written atomically without transactions. Its {@code _id} is the global index of its first event;
 * the indexes come from a counter document, reserved in one {@code $inc} per append, so they are dense
 * and unique across writers. Its {@code keys} (one {@code aggregateId#sequenceNumber} per event) carry a
 * unique index, so two writers that loaded the same aggregate state cannot both append: the loser gets
 * Axon's {@code ConcurrencyException}. Every hot-path read is a point lookup ({@code $in}) on one of these two
 * unique single-field indexes, which both MongoDB and the embedded wire-protocol server serve without
 * a scan.
 *
 * <p>Appends of one commit each that threads make while another batch is written are written together in the next
 * batch, one {@code $inc} and one unordered insert for all of them ({@link GroupCommit}), so concurrent command
 * handlers share round trips and, on the embedded server, its durable commits.
 *
 * <p>An event's payload and metadata are stored as BSON documents, queryable with MongoDB's tools, or as the JSON text
 * earlier versions stored where no document holds them exactly ({@link StoredForm}); one store may hold both, and
 * both are read back as the JSON text the serializer and the upcasters expect.
 *
 * <p>Tracking readers follow the global index with a {@link GapAwareTrackingToken}. An index that is
 * reserved but not yet written holds the reader back for at most {@code stallTimeout} (so events are
 * delivered in global order in the ordinary case); after that the reader moves on and keeps the index
 * as a gap in its token, and delivers the event if it arrives later. A gap is dropped once the commit
 * after it is older than {@code gapTimeout}; writers refuse to write a reservation older than
 * {@code writeFence}, which is shorter, so a dropped gap can never be filled. A writer that loses a
 * concurrency race writes a tombstone over its reservation so readers need not wait for it.
 */
public class MongoEventStorageEngine extends BatchingEventStorageEngine {

    /** The collection of commit documents (and tombstones), one per commit, {@code _id} its first global index. */
    public static final String COMMITS = "events";
    static final String SEQUENCE_ID = "events";
    public static final String APPEND_TIMER = "civic.eventstore.append";

    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> snapshots;
    private final MongoCollection<Document> counters;
    private final Clock clock;
    private final Duration stallTimeout;
    private final Duration gapTimeout;
    private final Duration writeFence;
    private final Timer appendTimer;
    private final GroupCommit<QueuedCommit> groupCommit = new GroupCommit<>(this::writeCommits);
    /** The highest value of the counter a read has seen: every position below it was reserved by then. */
    private final AtomicLong counterSeen = new AtomicLong();

    protected MongoEventStorageEngine(Builder builder) {
        super(builder);
        MongoDatabase database = builder.database;
        // An append is what acknowledges a command, so it waits for the journal on any deployment, and takes with it
        // everything the command wrote before it.
        this.commits = Journal.waitedFor(database.getCollection(COMMITS));
        this.snapshots = database.getCollection("snapshots");
        this.counters = database.getCollection("sequences");
        this.clock = builder.clock;
        this.stallTimeout = builder.stallTimeout;
        this.gapTimeout = builder.gapTimeout;
        this.writeFence = builder.gapTimeout.dividedBy(2);
        this.appendTimer = Timer.builder(APPEND_TIMER)
                                .description("One append of a unit of work's events, all its commits")
                                .register(builder.meterRegistry);
        if (builder.ensureIndexes) {
            ensureIndexes();
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates the collections, the counter and the unique indexes the hot paths rely on; idempotent.
     * Done before any append, because racing first upserts of the counter would collide.
     */
    public void ensureIndexes() {
        try {
            counters.updateOne(eq("_id", SEQUENCE_ID), Updates.setOnInsert("value", 0L), new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        commits.createIndex(Indexes.ascending("keys"), new IndexOptions().unique(true).name("keys_unique"));
        // Only createTokenAt uses this one; the embedded server ignores non-unique indexes and scans instead.
        commits.createIndex(Indexes.ascending("firstTimestamp"), new IndexOptions().name("firstTimestamp"));
    }

    // ---------------------------------------------------------------- appending

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        Timer.Sample sample = Timer.start();
        try {
            List<List<DomainEventMessage<?>>> commitGroups = groupIntoCommits(events);
            if (commitGroups.size() == 1) {
                appendCommit(commitGroups.get(0), serializer);
                return;
            }
            for (int i = 0; i < commitGroups.size(); ) {
                List<List<DomainEventMessage<?>>> remaining = commitGroups.subList(i, commitGroups.size());
                i += appendReserved(remaining, serializer);
            }
        } finally {
            sample.stop(appendTimer);
        }
    }

    /**
     * Appends a unit of work's one commit (the usual case: one aggregate's events) in a batch with those of other
     * threads; it still succeeds or fails alone, and a failed one leaves a tombstone as in {@link #appendReserved}.
     */
    private void appendCommit(List<DomainEventMessage<?>> group, Serializer serializer) {
        QueuedCommit commit = new QueuedCommit(commitDocument(group, serializer), group.size());
        groupCommit.submit(commit);
        while (isDuplicateGlobalIndex(commit.failure)) {
            // the counter was behind (say after a restore): not a conflict of the aggregate, reserve again
            commit = new QueuedCommit(commit.document, commit.count);
            groupCommit.submit(commit);
        }
        if (commit.failure != null) {
            if (!StoreUnavailable.causedBy(commit.failure)) {
                writeTombstones(commit.index, List.of(group));
            }
            handlePersistenceException(commit.failure, group.get(0));
        }
    }

    /**
     * Reserves global indexes for a batch of queued commits and inserts them all at once, unordered so that one
     * commit's conflict does not hold back the others; records each one's index and failure in it.
     */
    private void writeCommits(List<QueuedCommit> batch) {
        long next = reserve(batch.stream().mapToInt(commit -> commit.count).sum());
        Instant reservedAt = clock.instant();
        for (QueuedCommit commit : batch) {
            commit.index = next;
            next += commit.count;
        }
        Instant now = clock.instant();
        if (Duration.between(reservedAt, now).compareTo(writeFence) > 0) {
            EventStoreException late = lateReservation(reservedAt);
            batch.forEach(commit -> commit.failure = late);
            return;
        }
        Date storedAt = Date.from(now);
        List<Document> documents = batch.stream()
                                        .map(commit -> commit.document.append("_id", commit.index).append("storedAt", storedAt))
                                        .toList();
        try {
            if (documents.size() == 1) {
                commits.insertOne(documents.get(0));
            } else {
                commits.insertMany(documents, new InsertManyOptions().ordered(false));
            }
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                batch.get(error.getIndex()).failure =
                        new MongoWriteException(new WriteError(error), e.getServerAddress(), e.getErrorLabels());
            }
            if (e.getWriteConcernError() != null) {
                batch.stream().filter(commit -> commit.failure == null).forEach(commit -> commit.failure = e);
            }
        } catch (RuntimeException e) {
            batch.forEach(commit -> commit.failure = e);
        }
    }

    /** A commit document waiting in {@link #groupCommit} for its global index, and then what became of it. */
    private static final class QueuedCommit {
        private final Document document;
        private final int count;
        private long index;
        private RuntimeException failure;

        QueuedCommit(Document document, int count) {
            this.document = document;
            this.count = count;
        }
    }

    private EventStoreException lateReservation(Instant reservedAt) {
        return new EventStoreException("The global index reserved at " + reservedAt
                + " is older than the write fence of " + writeFence + "; readers may have given it up");
    }

    /**
     * Reserves global indexes for {@code groups} and writes them in order; returns how many were written.
     * An index found taken (the counter was behind, say after a restore) is not a conflict of the
     * aggregate: the caller reserves again for the rest.
     */
    private int appendReserved(List<List<DomainEventMessage<?>>> groups, Serializer serializer) {
        long next = reserve(groups.stream().mapToInt(List::size).sum());
        Instant reservedAt = clock.instant();
        for (int i = 0; i < groups.size(); i++) {
            List<DomainEventMessage<?>> group = groups.get(i);
            try {
                if (Duration.between(reservedAt, clock.instant()).compareTo(writeFence) > 0) {
                    throw lateReservation(reservedAt);
                }
                commits.insertOne(commitDocument(next, group, serializer));
            } catch (RuntimeException e) {
                if (isDuplicateGlobalIndex(e)) {
                    writeTombstones(next + group.size(), groups.subList(i + 1, groups.size()));
                    return i;
                }
                if (!StoreUnavailable.causedBy(e)) {
                    // with the server gone each tombstone would wait out server selection, and be lost anyway
                    writeTombstones(next, groups.subList(i, groups.size()));
                }
                handlePersistenceException(e, group.get(0));
            }
            next += group.size();
        }
        return groups.size();
    }

    private static boolean isDuplicateGlobalIndex(Exception e) {
        return e instanceof MongoWriteException we && we.getError().getCategory() == ErrorCategory.DUPLICATE_KEY
                && we.getError().getMessage().contains("index: _id_");
    }

    private static List<List<DomainEventMessage<?>>> groupIntoCommits(List<? extends EventMessage<?>> events) {
        List<List<DomainEventMessage<?>>> groups = new ArrayList<>();
        List<DomainEventMessage<?>> current = null;
        for (EventMessage<?> event : events) {
            DomainEventMessage<?> domainEvent = asDomainEventMessage(event);
            boolean sameAggregate = current != null
                    && event instanceof DomainEventMessage
                    && current.get(0).getType() != null
                    && current.get(0).getAggregateIdentifier().equals(domainEvent.getAggregateIdentifier())
                    && current.get(current.size() - 1).getSequenceNumber() + 1 == domainEvent.getSequenceNumber();
            if (!sameAggregate) {
                current = new ArrayList<>();
                groups.add(current);
            }
            current.add(domainEvent);
        }
        return groups;
    }

    /** Reserves {@code count} consecutive global indexes and returns the first. */
    private long reserve(int count) {
        // The document as it was BEFORE the increment: the embedded server returns the AFTER image outside
        // its collection lock, and two concurrent writers were handed the same value (measured: 652 of 2,000).
        Document before = counters.findOneAndUpdate(eq("_id", SEQUENCE_ID), Updates.inc("value", (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        return before == null ? 0 : before.get("value", Number.class).longValue();
    }

    /** Marks reservations that will never be written, so readers skip them at once instead of waiting. */
    private void writeTombstones(long start, List<List<DomainEventMessage<?>>> groups) {
        long index = start;
        for (List<DomainEventMessage<?>> group : groups) {
            try {
                commits.insertOne(tombstone(index, group.size()));
            } catch (RuntimeException ignored) {
                // The commit may have been written after all, or the server is gone: readers fall back to the stall timeout.
            }
            index += group.size();
        }
    }

    private Document tombstone(long index, long count) {
        return new Document("_id", index)
                .append("keys", List.of("~tombstone#" + index))
                .append("count", count)
                .append("storedAt", Date.from(clock.instant()));
    }

    /**
     * Writes a tombstone over {@code count} reserved indexes from {@code start} whose writer is gone (killed between
     * reserving and writing), as a losing writer does over its own; false if a commit or tombstone is there already.
     * Only for indexes the write fence has closed: a commit after them is older than the gap timeout, so no writer
     * will still write them, and none can write into the middle of the run.
     */
    public boolean closeAbandoned(long start, long count) {
        try {
            commits.insertOne(tombstone(start, count));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    private Document commitDocument(long globalIndex, List<DomainEventMessage<?>> group, Serializer serializer) {
        return commitDocument(group, serializer).append("_id", globalIndex).append("storedAt", Date.from(clock.instant()));
    }

    /** A commit document whose {@code _id} and {@code storedAt} are set (in their places) once it is written. */
    private static Document commitDocument(List<DomainEventMessage<?>> group, Serializer serializer) {
        DomainEventMessage<?> first = group.get(0);
        List<Document> events = new ArrayList<>(group.size());
        for (DomainEventMessage<?> event : group) {
            SerializedObject<String> payload = event.serializePayload(serializer, String.class);
            SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
            events.add(new Document("eventId", event.getIdentifier())
                    .append("seq", event.getSequenceNumber())
                    .append("timestamp", event.getTimestamp().toString())
                    .append("payloadType", payload.getType().getName())
                    .append("payloadRevision", payload.getType().getRevision())
                    .append("payload", StoredForm.of(payload.getData()))
                    .append("metaData", StoredForm.of(metaData.getData())));
        }
        return new Document("_id", null)
                .append("keys", group.stream().map(e -> key(e.getAggregateIdentifier(), e.getSequenceNumber())).toList())
                .append("aggregateId", first.getAggregateIdentifier())
                .append("aggregateType", first.getType())
                .append("firstSeq", first.getSequenceNumber())
                .append("count", group.size())
                .append("firstTimestamp", Date.from(first.getTimestamp()))
                .append("storedAt", null)
                .append("events", events);
    }

    static String key(String aggregateId, long sequenceNumber) {
        return aggregateId + "#" + sequenceNumber;
    }

    /**
     * Writes a commit at a global index reserved earlier, as a slow writer would; for tests of late commits.
     */
    void appendAt(long globalIndex, List<? extends EventMessage<?>> events) {
        commits.insertOne(commitDocument(globalIndex, groupIntoCommits(events).get(0), getEventSerializer()));
    }

    // ---------------------------------------------------------------- aggregates

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateId, long firstSequenceNumber,
                                                                    int batchSize) {
        List<DomainEventData<?>> result = new ArrayList<>();
        for (Document commit : commitsFrom(aggregateId, firstSequenceNumber, batchSize)) {
            for (Document event : commit.getList("events", Document.class)) {
                if (event.get("seq", Number.class).longValue() >= firstSequenceNumber) {
                    result.add(entry(commit, event));
                }
            }
        }
        return result;
    }

    /**
     * The aggregate's commits covering sequence numbers from {@code firstSequenceNumber} on, found by point
     * lookups of the next {@code span} sequence numbers' keys.
     */
    private List<Document> commitsFrom(String aggregateId, long firstSequenceNumber, int span) {
        List<String> keys = LongStream.range(firstSequenceNumber, firstSequenceNumber + span)
                                      .mapToObj(seq -> key(aggregateId, seq)).toList();
        TreeMap<Long, Document> bySeq = new TreeMap<>();
        for (Document commit : commits.find(in("keys", keys))) {
            bySeq.put(commit.get("firstSeq", Number.class).longValue(), commit);
        }
        List<Document> chain = new ArrayList<>();
        Map.Entry<Long, Document> covering = bySeq.floorEntry(firstSequenceNumber);
        long expected = covering == null ? firstSequenceNumber : covering.getKey();
        Document commit;
        while ((commit = bySeq.get(expected)) != null) {
            chain.add(commit);
            expected = commit.get("firstSeq", Number.class).longValue() + commit.get("count", Number.class).longValue();
        }
        return chain;
    }

    /**
     * Every event of one aggregate from sequence number 0, each with its global position in its tracking token.
     * Snapshots play no part: this is what was recorded, for auditors, not how the aggregate is loaded fastest.
     */
    public Stream<TrackedEventMessage<?>> readEventsWithPositions(String aggregateId) {
        List<TrackedDomainEventData<?>> recorded = new ArrayList<>();
        long next = 0;
        List<Document> chain;
        while (!(chain = commitsFrom(aggregateId, next, batchSize())).isEmpty()) {
            for (Document commit : chain) {
                long position = commit.get("_id", Number.class).longValue();
                for (Document event : commit.getList("events", Document.class)) {
                    recorded.add(new TrackedDomainEventData<>(GapAwareTrackingToken.newInstance(position++, List.of()),
                                                              entry(commit, event)));
                }
            }
            Document tail = chain.get(chain.size() - 1);
            next = tail.get("firstSeq", Number.class).longValue() + tail.get("count", Number.class).longValue();
        }
        return EventUtils.upcastAndDeserializeTrackedEvents(recorded.stream(), getEventSerializer(), upcasterChain);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateId) {
        long start = Optional.ofNullable(snapshots.find(eq("_id", aggregateId)).first())
                             .map(s -> s.get("seq", Number.class).longValue() + 1).orElse(0L);
        Long last = start > 0 ? start - 1 : null;
        while (true) {
            List<Document> chain = commitsFrom(aggregateId, start, batchSize());
            if (chain.isEmpty()) {
                return Optional.ofNullable(last);
            }
            Document tail = chain.get(chain.size() - 1);
            last = tail.get("firstSeq", Number.class).longValue() + tail.get("count", Number.class).longValue() - 1;
            start = last + 1;
        }
    }

    // ---------------------------------------------------------------- snapshots

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        SerializedObject<String> payload = snapshot.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = snapshot.serializeMetaData(serializer, String.class);
        Document document = new Document("_id", snapshot.getAggregateIdentifier())
                .append("aggregateType", snapshot.getType())
                .append("seq", snapshot.getSequenceNumber())
                .append("eventId", snapshot.getIdentifier())
                .append("timestamp", snapshot.getTimestamp().toString())
                .append("payloadType", payload.getType().getName())
                .append("payloadRevision", payload.getType().getRevision())
                .append("payload", payload.getData())
                .append("metaData", metaData.getData());
        try {
            // Only ever replaces an older snapshot: against a newer one the upsert collides on _id and is dropped.
            snapshots.replaceOne(and(eq("_id", snapshot.getAggregateIdentifier()), lt("seq", snapshot.getSequenceNumber())),
                                 document, new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateId) {
        Document snapshot = snapshots.find(eq("_id", aggregateId)).first();
        if (snapshot == null) {
            return Stream.empty();
        }
        return Stream.of(new GenericDomainEventEntry<>(
                snapshot.getString("aggregateType"), aggregateId, snapshot.get("seq", Number.class).longValue(),
                snapshot.getString("eventId"), snapshot.getString("timestamp"), snapshot.getString("payloadType"),
                snapshot.getString("payloadRevision"), snapshot.getString("payload"), snapshot.getString("metaData")));
    }

    // ---------------------------------------------------------------- tracking

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        return fetchTrackedEvents(lastToken, batchSize, clock.instant(), (from, count) -> findByIds(range(from, count)));
    }

    private List<TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize, Instant now,
                                                         ReadAhead.Commits commits) {
        if (lastToken != null && !(lastToken instanceof GapAwareTrackingToken)) {
            throw new IllegalArgumentException("Unsupported token type: " + lastToken.getClass());
        }
        GapAwareTrackingToken previous = (GapAwareTrackingToken) lastToken;
        Cursor cursor = new Cursor(previous == null ? -1 : previous.getIndex(),
                                   previous == null ? new TreeSet<>() : new TreeSet<>(previous.getGaps()),
                                   now, commits);
        List<TrackedEventData<?>> result = new ArrayList<>();
        cursor.deliverFilledGaps(result);
        cursor.walkForward(result, Math.max(batchSize, 1));
        return result;
    }

    /**
     * Every event of the log in global order, as {@code readEvents(null, false)} delivers them, fetched, walked and
     * deserialised on {@code executor} ({@link ReadAhead}) while the caller handles the events before: for a reader
     * of the whole log (a fold "as known at" an instant). {@code executor} runs {@code ahead + 1} tasks at a time for
     * each read; closing the stream stops them.
     */
    public Stream<TrackedEventMessage<?>> readAhead(Executor executor, int ahead) {
        Instant now = clock.instant();
        return ReadAhead.read(start -> findByIds(range(start, ReadAhead.WINDOW)),
                              (last, count, commits) -> fetchTrackedEvents(last, count, now, commits),
                              found -> EventUtils.upcastAndDeserializeTrackedEvents(
                                      found.stream(), getEventSerializer(), upcasterChain).toList(),
                              executor, ahead);
    }

    /** The state of one fetch: the position reached and the indexes passed over but not yet written. */
    private final class Cursor {

        private long index;
        private final NavigableSet<Long> gaps;
        private final Instant now;
        private final ReadAhead.Commits commits;

        Cursor(long index, NavigableSet<Long> gaps, Instant now, ReadAhead.Commits commits) {
            this.index = index;
            this.gaps = gaps;
            this.now = now;
            this.commits = commits;
        }

        /** Delivers commits that have arrived in earlier gaps, and forgets gaps that can no longer be filled. */
        void deliverFilledGaps(List<TrackedEventData<?>> result) {
            if (gaps.isEmpty()) {
                return;
            }
            List<Long> probe = new ArrayList<>(gaps);
            for (long[] run : gapRuns()) {
                probe.add(run[1] + 1);
            }
            Map<Long, Document> found = findByIds(probe);
            for (Map.Entry<Long, Document> filled : new TreeMap<>(found).entrySet()) {
                long start = filled.getKey();
                if (!gaps.contains(start)) {
                    continue;
                }
                Document commit = filled.getValue();
                long count = commit.get("count", Number.class).longValue();
                List<Document> events = commit.getList("events", Document.class);
                for (long offset = 0; offset < count; offset++) {
                    gaps.remove(start + offset);
                    if (events != null) {
                        result.add(tracked(commit, events.get((int) offset)));
                    }
                }
            }
            // The commit after a run of gaps was reserved after them; once it is older than the gap timeout,
            // the write fence guarantees nothing will ever be written into the run.
            for (long[] run : gapRuns()) {
                Document after = found.get(run[1] + 1);
                if (after != null && olderThan(after, gapTimeout)) {
                    LongStream.rangeClosed(run[0], run[1]).forEach(gaps::remove);
                }
            }
        }

        /**
         * Delivers commits after the current position in global order, until {@code batchSize} events are found.
         * Only positions below the counter are asked for: every commit lies below it, and a reader at the head (a
         * processor woken by each append) then costs one lookup when nothing is new and asks for the few positions
         * that are, not for a whole batch of positions that do not exist yet. A counter restored behind its commits
         * hides those commits only until the next append, which reserves again past every index it finds taken.
         */
        void walkForward(List<TrackedEventData<?>> result, int batchSize) {
            long next = index + 1;
            long end = reservedEnd(next + batchSize);
            int before = result.size();
            while (result.size() - before < batchSize && next < end) {
                int width = (int) Math.min(batchSize, end - next);
                TreeMap<Long, Document> window = new TreeMap<>(commits.in(next, width));
                if (window.isEmpty()) {
                    Optional<Map.Entry<Long, Document>> beyond = firstCommitBeyondEmptyWindow(next + width, end);
                    if (beyond.isEmpty()) {
                        return;
                    }
                    window.put(beyond.get().getKey(), beyond.get().getValue());
                }
                long position = next;
                while (true) {
                    Document commit = window.get(position);
                    if (commit != null) {
                        List<Document> events = commit.getList("events", Document.class);
                        long count = commit.get("count", Number.class).longValue();
                        if (events != null) {
                            for (int offset = 0; offset < events.size(); offset++) {
                                index = position + offset;
                                result.add(tracked(commit, events.get(offset)));
                            }
                        }
                        position += count;
                        continue;
                    }
                    Map.Entry<Long, Document> following = window.higherEntry(position);
                    if (following == null) {
                        break;
                    }
                    if (!olderThan(following.getValue(), stallTimeout)) {
                        return;
                    }
                    // A writer reserved these indexes and has not written them for longer than the stall
                    // timeout: go on, but remember them so their events are still delivered if they come.
                    LongStream.range(position, following.getKey()).forEach(gaps::add);
                    position = following.getKey();
                }
                if (position == next) {
                    return;
                }
                next = position;
            }
        }

        /** A window with no commit at all: the first commit in the reserved positions after it, if any. */
        private Optional<Map.Entry<Long, Document>> firstCommitBeyondEmptyWindow(long from, long end) {
            for (long start = from; start < end; start += 1000) {
                TreeMap<Long, Document> found = new TreeMap<>(commits.in(start, (int) Math.min(1000, end - start)));
                if (!found.isEmpty()) {
                    return Optional.of(found.firstEntry());
                }
            }
            return Optional.empty();
        }

        private TrackedEventData<?> tracked(Document commit, Document event) {
            GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(index, new TreeSet<>(gaps.headSet(index)));
            return new TrackedDomainEventData<>(token, entry(commit, event));
        }

        private List<long[]> gapRuns() {
            List<long[]> runs = new ArrayList<>();
            long[] run = null;
            for (long gap : gaps) {
                if (run != null && run[1] + 1 == gap) {
                    run[1] = gap;
                } else {
                    run = new long[]{gap, gap};
                    runs.add(run);
                }
            }
            return runs;
        }

        private boolean olderThan(Document commit, Duration age) {
            return commit.getDate("storedAt").toInstant().plus(age).isBefore(now);
        }
    }

    private Map<Long, Document> findByIds(Collection<Long> ids) {
        Map<Long, Document> found = new HashMap<>();
        for (Document commit : commits.find(in("_id", ids))) {
            found.put(commit.get("_id", Number.class).longValue(), commit);
        }
        return found;
    }

    private static List<Long> range(long start, int count) {
        return LongStream.range(start, start + count).boxed().toList();
    }

    private static GenericDomainEventEntry<JsonNode> entry(Document commit, Document event) {
        return new TreeEntry(commit, event);
    }

    /**
     * An event as Axon reads it, its payload and metadata as JSON trees. Axon's entry names the class of the data as
     * its content type ({@code ObjectNode}); the serializer reads a tree as it is only when told {@code JsonNode}.
     */
    private static final class TreeEntry extends GenericDomainEventEntry<JsonNode> {

        TreeEntry(Document commit, Document event) {
            super(commit.getString("aggregateType"), commit.getString("aggregateId"),
                  event.get("seq", Number.class).longValue(), event.getString("eventId"), event.getString("timestamp"),
                  event.getString("payloadType"), event.getString("payloadRevision"),
                  StoredForm.tree(event.get("payload")), StoredForm.tree(event.get("metaData")));
        }

        @Override
        public SerializedObject<JsonNode> getPayload() {
            SerializedObject<JsonNode> payload = super.getPayload();
            return new SimpleSerializedObject<>(payload.getData(), JsonNode.class, payload.getType());
        }

        @Override
        public SerializedObject<JsonNode> getMetaData() {
            return new SerializedMetaData<>(super.getMetaData().getData(), JsonNode.class);
        }
    }

    // ---------------------------------------------------------------- tokens

    /**
     * The position before index 0, as a token rather than null: a processor reset on an empty store stores its start
     * position, and axon-mongo's token store fails on a null token.
     */
    private static final TrackingToken BEFORE_FIRST_EVENT = GapAwareTrackingToken.newInstance(-1, List.of());

    @Override
    public TrackingToken createTailToken() {
        return BEFORE_FIRST_EVENT;
    }

    @Override
    public TrackingToken createHeadToken() {
        long last = nextPosition() - 1;
        return last < 0 ? BEFORE_FIRST_EVENT : GapAwareTrackingToken.newInstance(last, List.of());
    }

    /**
     * A position every commit of a read lies below, at least {@code wanted} if the log reaches that far: the counter
     * is read only when the highest value seen falls short, so a reader catching up far behind the head does not
     * read it for every batch.
     */
    private long reservedEnd(long wanted) {
        long seen = counterSeen.get();
        return seen >= wanted ? seen : counterSeen.accumulateAndGet(nextPosition(), Math::max);
    }

    /** The global index the next reservation starts at: every index below it is reserved (written or not yet). */
    public long nextPosition() {
        Document counter = counters.find(eq("_id", SEQUENCE_ID)).first();
        return counter == null ? 0 : counter.get("value", Number.class).longValue();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        Document first = commits.find(gte("firstTimestamp", Date.from(dateTime)))
                                .sort(Sorts.ascending("_id")).limit(1).first();
        if (first == null) {
            return createHeadToken();
        }
        long index = first.get("_id", Number.class).longValue() - 1;
        return index < 0 ? BEFORE_FIRST_EVENT : GapAwareTrackingToken.newInstance(index, List.of());
    }

    /** Duplicate key errors, however the driver reports them, are concurrency conflicts. */
    static boolean isDuplicateKey(Exception e) {
        if (isDuplicateGlobalIndex(e)) {
            return false;
        }
        if (e instanceof MongoWriteException we) {
            return we.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
        if (e instanceof MongoBulkWriteException bwe) {
            return bwe.getWriteErrors().stream()
                      .anyMatch(err -> ErrorCategory.fromErrorCode(err.getCode()) == ErrorCategory.DUPLICATE_KEY);
        }
        if (e instanceof MongoCommandException ce) {
            return ErrorCategory.fromErrorCode(ce.getErrorCode()) == ErrorCategory.DUPLICATE_KEY;
        }
        return false;
    }

    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private Clock clock = Clock.systemUTC();
        private Duration stallTimeout = Duration.ofSeconds(2);
        private Duration gapTimeout = Duration.ofMinutes(2);
        private boolean ensureIndexes = true;
        private MeterRegistry meterRegistry = Metrics.globalRegistry;

        Builder() {
            persistenceExceptionResolver(MongoEventStorageEngine::isDuplicateKey);
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** How long a reader waits for a reserved index before it passes over it (and keeps it as a gap). */
        public Builder stallTimeout(Duration stallTimeout) {
            this.stallTimeout = stallTimeout;
            return this;
        }

        /** How long a gap is kept in a token; writers give up reservations after half of it. */
        public Builder gapTimeout(Duration gapTimeout) {
            this.gapTimeout = gapTimeout;
            return this;
        }

        /** Where the append timer ({@value #APPEND_TIMER}) goes; Micrometer's global registry by default. */
        public Builder meterRegistry(MeterRegistry meterRegistry) {
            this.meterRegistry = meterRegistry;
            return this;
        }

        public Builder ensureIndexes(boolean ensureIndexes) {
            this.ensureIndexes = ensureIndexes;
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder persistenceExceptionResolver(PersistenceExceptionResolver resolver) {
            super.persistenceExceptionResolver(resolver);
            return this;
        }

        @Override
        public Builder upcasterChain(org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        public MongoEventStorageEngine build() {
            requireNonNull(database, "database");
            if (stallTimeout.compareTo(gapTimeout.dividedBy(2)) >= 0) {
                throw new IllegalArgumentException("stallTimeout must be shorter than half the gapTimeout");
            }
            return new MongoEventStorageEngine(this);
        }
    }
}
