package ru.kogalym.civic.query.projection;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import it.unimi.dsi.fastutil.objects.Object2ObjectOpenHashMap;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * A read-model collection whose documents are read and replaced whole, by {@code _id}. Inside an event
 * processor's batch, each document is read at most once and every change is held until
 * {@link BatchFlushInterceptor} writes them all in one bulk write after the batch's last event, before
 * the processor stores its token; a failed batch writes nothing and is retried. Outside a unit of work
 * (a unit test calling a handler) every call goes straight to MongoDB.
 */
final class BatchedCollection implements ReadModelCollection {

    private static final String RESOURCE = BatchedCollection.class.getName();
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    /**
     * Acknowledged before the journal has it; on the embedded server, without a commit of its own. The server's
     * default {@code w} stays: majority on a replica set, so a failover cannot roll back what was acknowledged (and
     * there, with the journal default for majority writes, the journal is waited for all the same).
     */
    private static final WriteConcern UNJOURNALED = WriteConcern.ACKNOWLEDGED.withJournal(false);
    private static final int MOST_READ_BY_ID = 5_000;
    /**
     * Documents a reply carries at most. The embedded server otherwise answers a large collection's next batch
     * whole: 50 MB for a region's journal, past the driver's 48 MB limit for a message.
     */
    private static final int READ_BATCH = 1_000;

    /** Resolved at each use: a blue-green rebuild may have put another generation of the read model in its place. */
    private final Supplier<MongoCollection<Document>> collection;
    /**
     * While this collection is new and only its owner writes it (a rebuild's generation before the switch), every id
     * it holds, each with whether a write of it was sent (answered or not): a document whose id is not here does not
     * exist, and is not asked for; one not yet sent is inserted, which the server does without first looking for it.
     * Null otherwise.
     */
    private volatile Map<Object, Boolean> soleWriterIds;
    private final ReadModelChanges changes;
    /** What each view kept in memory last saw, by view. */
    private final Map<Function<Document, ?>, Mirrored<?>> mirrors = new ConcurrentHashMap<>();

    BatchedCollection(MongoCollection<Document> collection, ReadModelChanges changes) {
        this(() -> collection, changes);
    }

    BatchedCollection(Supplier<MongoCollection<Document>> collection, ReadModelChanges changes) {
        this.collection = collection;
        this.changes = changes;
    }

    /**
     * For a collection that starts empty and that nobody else writes until {@link #shared()}: a rebuild reads back
     * only what it wrote, instead of asking MongoDB for every new record first (a round trip per event, most of a
     * rebuild's time), and inserts a document it writes for the first time rather than upserting it (an upsert looks
     * for the document first, and builds the new one from the filter and the replacement).
     */
    static BatchedCollection soleWriter(MongoCollection<Document> empty, ReadModelChanges changes) {
        BatchedCollection collection = new BatchedCollection(empty, changes);
        collection.soleWriterIds = new ConcurrentHashMap<>();
        return collection;
    }

    /** Others may write it from now on (a rebuild's generation once it serves): every id is asked for again. */
    void shared() {
        soleWriterIds = null;
    }

    @Override
    public Document find(Object id) {
        Map<Object, Boolean> known = soleWriterIds;
        if (known != null && !known.containsKey(id)) {
            return null;
        }
        Batch batch = currentBatch();
        if (batch == null) {
            return collection.get().find(eq("_id", id)).first();
        }
        return batch.documents.computeIfAbsent(id, key -> Optional.ofNullable(batch.target.find(eq("_id", key)).first()))
                              .orElse(null);
    }

    /** One query by {@code _id} with {@code $in}, which the embedded server answers from its unique index. */
    @Override
    public List<Document> findAll(Collection<?> ids) {
        if (soleWriterIds != null || currentBatch() != null) {
            return ReadModelCollection.super.findAll(ids);
        }
        List<?> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        return wanted.isEmpty() ? new ArrayList<>() : collection.get().find(in("_id", wanted)).batchSize(READ_BATCH).into(new ArrayList<>());
    }

    /** Reads past any batch: queries see what is stored. */
    @Override
    public Iterable<Document> all() {
        return collection.get().find().batchSize(READ_BATCH);
    }

    /**
     * Every document as {@code view} turns it, kept in memory and brought up to date on each call by reading only
     * the documents changed since (one read of the collection's version when nothing changed). {@code view} is the
     * key of what is kept: pass the same object each time (a constant).
     */
    @Override
    @SuppressWarnings("unchecked")
    public <T> Mirror<T> mirror(Function<Document, T> view) {
        Mirrored<T> mirrored = (Mirrored<T>) mirrors.computeIfAbsent(view, v -> new Mirrored<>(view));
        return mirrored.current(collection.get());
    }

    /** Stores {@code document} as the whole of the document {@code id}, at the end of the batch. */
    @Override
    public void replace(Object id, Document document) {
        Map<Object, Boolean> known = soleWriterIds;
        Batch batch = currentBatch();
        if (batch == null) {
            MongoCollection<Document> target = collection.get();
            if (known != null) {
                known.put(id, true);
            }
            target.replaceOne(eq("_id", id), document, UPSERT);
            changes.announce(name(target), List.of(id));
            return;
        }
        if (known != null) {
            known.putIfAbsent(id, false);
        }
        batch.documents.put(id, Optional.of(document));
        batch.dirty.put(id, document);
    }

    @Override
    public void deleteAll() {
        MongoCollection<Document> target = collection.get();
        target.deleteMany(new Document());
        changes.announce(name(target), null);
        Map<Object, Boolean> known = soleWriterIds;
        if (known != null) {
            known.clear();
        }
    }

    private Batch currentBatch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Map<Supplier<MongoCollection<Document>>, Batch> batches = root.getOrComputeResource(RESOURCE,
                                                                                             key -> new HashMap<>());
        // the generation is chosen once per batch, so a batch never writes half to one and half to another
        return batches.computeIfAbsent(collection, key -> new Batch(key.get(), changes, soleWriterIds));
    }

    /** Writes every change of the current unit of work's batch; called once its last event is handled. */
    static void flushCurrent() {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        Map<Supplier<MongoCollection<Document>>, Batch> batches = CurrentUnitOfWork.get().root().getResource(RESOURCE);
        if (batches == null) {
            return;
        }
        batches.values().forEach(Batch::flush);
    }

    private static final class Batch {
        private final MongoCollection<Document> target;
        private final Map<Object, Optional<Document>> documents = new HashMap<>();
        private final Map<Object, Document> dirty = new LinkedHashMap<>();
        private final ReadModelChanges changes;
        /** The sole writer's ids, with whether each was sent before; null when others write the collection too. */
        private final Map<Object, Boolean> sent;

        Batch(MongoCollection<Document> target, ReadModelChanges changes, Map<Object, Boolean> sent) {
            this.target = target;
            this.changes = changes;
            this.sent = sent;
        }

        void flush() {
            if (dirty.isEmpty()) {
                return;
            }
            List<WriteModel<Document>> writes = new ArrayList<>(dirty.size());
            dirty.forEach((id, document) -> writes.add(write(id, document)));
            if (sent != null) {
                // before the write: should it fail halfway, the batch's retry replaces what it did store
                dirty.keySet().forEach(id -> sent.put(id, true));
            }
            // a sole writer's collection serves nobody yet: a rebuild that stops starts again from nothing, and the
            // switch that makes the collection serve waits for the journal, which holds every write before it
            MongoCollection<Document> to = sent == null ? target : target.withWriteConcern(UNJOURNALED);
            to.bulkWrite(writes, new BulkWriteOptions().ordered(true));
            changes.announce(name(target), dirty.keySet());
            dirty.clear();
        }

        /** An insert of what the sole writer never sent (nothing to look for first), else an upsert. */
        private WriteModel<Document> write(Object id, Document document) {
            boolean neverSent = sent != null && !sent.getOrDefault(id, false) && id.equals(document.get("_id"));
            return neverSent ? new InsertOneModel<>(document) : new ReplaceOneModel<>(eq("_id", id), document, UPSERT);
        }
    }

    private static String name(MongoCollection<Document> target) {
        return target.getNamespace().getCollectionName();
    }

    /** One view's mirror of the collection, of whichever physical collection serves it (a rebuild may switch it). */
    private final class Mirrored<T> {
        private final Function<Document, T> view;
        private volatile Mirror<T> last;

        Mirrored(Function<Document, T> view) {
            this.view = view;
        }

        Mirror<T> current(MongoCollection<Document> target) {
            String name = name(target);
            Mirror<T> seen = last;
            if (seen != null && seen.isOf(name, changes.version(name))) {
                return seen;
            }
            synchronized (this) {
                // read before the documents, so that what is read is at least as new as the version it is kept as
                long version = changes.version(name);
                seen = last;
                if (seen != null && seen.isOf(name, version)) {
                    return seen;
                }
                ReadModelChanges.Changed changed = seen == null || !name.equals(seen.source())
                        ? null : changes.changedBetween(name, seen.version(), version);
                if (changed != null && changed.ids().size() > Math.max(MOST_READ_BY_ID, seen.size() / 2)) {
                    changed = null; // cheaper to read it all
                }
                if (changed != null && changed.reached() == seen.version()) {
                    return seen; // the one newer version is not told yet: the next request looks again
                }
                Object2ObjectOpenHashMap<Object, T> byId;
                if (changed == null) {
                    byId = new Object2ObjectOpenHashMap<>();
                    for (Document document : target.find().batchSize(READ_BATCH)) {
                        byId.put(Canonical.key(document.get("_id")), view.apply(document));
                    }
                } else {
                    byId = seen.copyById();
                    // one removal per changed id: removeAll on the key set walks every key when it holds more
                    changed.ids().forEach(byId::remove);
                    if (!changed.ids().isEmpty()) {
                        for (Document document : target.find(in("_id", List.copyOf(changed.ids()))).batchSize(READ_BATCH)) {
                            byId.put(Canonical.key(document.get("_id")), view.apply(document));
                        }
                    }
                    version = changed.reached();
                }
                last = changed == null ? new Mirror<>(name, version, byId) : seen.next(version, byId, changed.ids());
                return last;
            }
        }
    }
}
