package ru.kogalym.civic.eventstore.chain;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import ru.kogalym.civic.eventstore.MongoEventStorageEngine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

/**
 * Follows the event store in global order just behind its head and writes each position's hash (see
 * {@link ChainLink}), chained to the one before. Writers reserve positions concurrently and may fill them out of
 * order, so only a single sealer can chain them: it waits at a reserved position until it is written, and closes a
 * reservation whose writer is gone with a tombstone once the write fence guarantees nobody will write it (a commit
 * after it is older than the gap timeout), so tombstones, a losing writer's or its own, are part of the chain.
 *
 * <p>Any number of instances may run one; the one holding the lease in the {@code chainHead} document seals, the
 * others wait to take over when it stops renewing. The lease only saves work: links are inserted, never updated,
 * under their position's unique {@code _id}, so two sealers that both believed they held it would collide rather
 * than fork the chain.
 */
public final class ChainSealer {

    private final ChainStore store;
    private final MongoEventStorageEngine engine;
    private final Checkpoints checkpoints;
    private final Settings settings;
    private final Clock clock;
    private final String id = UUID.randomUUID().toString();
    private Instant leaseUntil;

    /**
     * @param batchSize          positions read and sealed at most per round
     * @param lease              how long the lease lasts unless renewed; renewed when half of it is left
     * @param gapTimeout         the event store's gap timeout: a reservation this much older than the commit after it
     *                           is abandoned
     * @param checkpointEvery    a checkpoint is signed once the head is this many positions past the last one ...
     * @param checkpointInterval ... or this long after the last one, if the head moved since
     */
    public record Settings(int batchSize, Duration lease, Duration gapTimeout, long checkpointEvery,
                           Duration checkpointInterval) {
    }

    public ChainSealer(MongoDatabase database, MongoEventStorageEngine engine, Checkpoints checkpoints,
                       Settings settings, Clock clock) {
        this.store = new ChainStore(database);
        this.engine = engine;
        this.checkpoints = checkpoints;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Seals what can be sealed now, at most one batch; returns how many positions it sealed: 0 when the chain has
     * reached the last written position, or another instance holds the lease.
     */
    public synchronized int sealOnce() {
        Instant now = clock.instant();
        if (!holdLease(now)) {
            return 0;
        }
        ChainStore.Head head = store.sealedHead(settings.batchSize());
        long next = head.position() + 1;
        long reserved = engine.nextPosition();
        int window = (int) Math.min(settings.batchSize(), reserved - next);
        TreeMap<Long, Document> commits = window <= 0 ? new TreeMap<>() : ChainStore.window(store.commits, next, window);
        List<Document> links = new ArrayList<>();
        String previous = head.hash();
        long position = next;
        while (position < next + window) {
            Document commit = commits.get(position);
            if (commit == null && (commit = closeIfAbandoned(position, commits, next + window, reserved, now)) == null) {
                break;
            }
            int count = (int) ChainLink.number(commit, "count");
            List<String> hashes = new ArrayList<>(count);
            for (int offset = 0; offset < count; offset++) {
                previous = ChainLink.hash(position + offset, commit, previous);
                hashes.add(previous);
            }
            links.add(new Document("_id", position).append("count", count).append("hashes", hashes)
                                                   .append("sealedAt", Date.from(now)));
            position += count;
        }
        int sealed = (int) (position - next);
        if (sealed > 0 && !insert(links)) {
            return 0; // another sealer wrote them: the next round starts from its links
        }
        ChainStore.Head moved = new ChainStore.Head(position - 1, previous, head.checkpointPosition(), head.checkpointAt());
        if (sealed > 0) {
            store.head.updateOne(and(eq("_id", ChainStore.HEAD_ID), eq("sealer", id)),
                                 Updates.combine(Updates.set("position", moved.position()), Updates.set("hash", moved.hash())));
        }
        checkpointIfDue(moved, now);
        return sealed;
    }

    /** Gives the lease up, so another instance takes over at once rather than when it runs out. */
    public synchronized void release() {
        if (leaseUntil != null) {
            store.head.updateOne(and(eq("_id", ChainStore.HEAD_ID), eq("sealer", id)),
                                 Updates.set("leaseUntil", Date.from(Instant.EPOCH)));
            leaseUntil = null;
        }
    }

    /** Takes the lease if it is free or run out, or renews this sealer's own once half of it is gone. */
    private boolean holdLease(Instant now) {
        if (leaseUntil != null && now.isBefore(leaseUntil.minus(settings.lease().dividedBy(2)))) {
            return true;
        }
        Instant until = now.plus(settings.lease());
        try {
            // the filter is the check, the update the set: one document, so atomic on every server (no transaction)
            store.head.updateOne(and(eq("_id", ChainStore.HEAD_ID),
                                     or(eq("sealer", id), lt("leaseUntil", Date.from(now)))),
                                 Updates.combine(Updates.set("sealer", id), Updates.set("leaseUntil", Date.from(until)),
                                                 Updates.setOnInsert("position", -1L),
                                                 Updates.setOnInsert("createdAt", Date.from(now))),
                                 new UpdateOptions().upsert(true));
            leaseUntil = until;
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            leaseUntil = null; // held by another: the upsert found no document it may take and collided on _id
            return false;
        }
    }

    /**
     * The tombstone over reserved positions from {@code position} whose writer is gone, written now if it can be,
     * or whatever another has written there meanwhile; null while a writer may still write there.
     */
    private Document closeIfAbandoned(long position, TreeMap<Long, Document> commits, long windowEnd, long reserved,
                                      Instant now) {
        Map.Entry<Long, Document> following = commits.higherEntry(position);
        for (long start = windowEnd; following == null && start < reserved; start += settings.batchSize()) {
            // a reservation wider than a window (rare: one append of many events) ends further on
            following = ChainStore.window(store.commits, start, settings.batchSize()).firstEntry();
        }
        if (following == null
            || !following.getValue().getDate("storedAt").toInstant().plus(settings.gapTimeout()).isBefore(now)) {
            return null;
        }
        engine.closeAbandoned(position, following.getKey() - position);
        return store.commits.find(eq("_id", position)).first();
    }

    private boolean insert(List<Document> links) {
        try {
            store.links.insertMany(links, new InsertManyOptions().ordered(true));
            return true;
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().allMatch(error -> ErrorCategory.fromErrorCode(error.getCode())
                                                              == ErrorCategory.DUPLICATE_KEY)) {
                leaseUntil = null; // whoever wrote them thinks it holds the lease: ask again next round
                return false;
            }
            throw e;
        }
    }

    private void checkpointIfDue(ChainStore.Head head, Instant now) {
        if (head.position() <= head.checkpointPosition()) {
            return;
        }
        boolean enoughEvents = head.position() - head.checkpointPosition() >= settings.checkpointEvery();
        boolean longEnough = head.checkpointAt() == null
                             || !now.isBefore(head.checkpointAt().plus(settings.checkpointInterval()));
        if (enoughEvents || longEnough) {
            checkpoints.sign(head.position(), head.hash(), now);
            store.head.updateOne(and(eq("_id", ChainStore.HEAD_ID), eq("sealer", id)),
                                 Updates.combine(Updates.set("checkpointPosition", head.position()),
                                                 Updates.set("checkpointAt", Date.from(now))));
        }
    }
}
