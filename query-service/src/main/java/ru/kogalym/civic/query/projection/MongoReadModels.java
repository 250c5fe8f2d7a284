package ru.kogalym.civic.query.projection;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static com.mongodb.client.model.Filters.eq;

/**
 * The live read models, one MongoDB collection each, written in batches by the tracking processors. A read model's
 * collection is the one of its name until a blue-green rebuild puts a generation of its own in its place: then
 * {@value #GENERATIONS} maps the name to that generation's collection ({@code read_ncos__<rebuild>}), one document
 * per processing group, so all of a group's collections change over in one atomic write.
 */
@Component
@Primary
public class MongoReadModels implements ReadModels {

    private static final Logger log = LoggerFactory.getLogger(MongoReadModels.class);
    static final String GENERATIONS = "read_model_generations";
    static final String SEPARATOR = "__";
    /** How stale another instance's view of the generations may be; this instance sees its own switch at once. */
    private static final long REFRESH_NANOS = 1_000_000_000L;

    private final MongoDatabase database;
    private final MongoCollection<Document> generations;
    private final ReadModelChanges changes;
    private final Map<String, ReadModelCollection> collections = new ConcurrentHashMap<>();
    private volatile Map<String, String> physical = Map.of();
    /** Never a first look's due time: MIN_VALUE overflowed the subtraction, and another instance's switch went unseen. */
    private volatile long refreshedAt = System.nanoTime() - 2 * REFRESH_NANOS;

    public MongoReadModels(MongoDatabase civicDatabase) {
        this.database = civicDatabase;
        this.generations = civicDatabase.getCollection(GENERATIONS);
        this.changes = new ReadModelChanges(civicDatabase.getCollection(ReadModelChanges.COLLECTION));
    }

    @Override
    public ReadModelCollection collection(String name) {
        return collections.computeIfAbsent(name, n -> new BatchedCollection(() -> database.getCollection(physical(n)), changes));
    }

    /**
     * The read models of a new generation, the one a rebuild is building, written by it alone until {@link
     * Generation#shared()}; their names carry its suffix.
     */
    Generation generation(String suffix) {
        return new Generation(suffix);
    }

    final class Generation implements ReadModels {

        private final String suffix;
        private final Map<String, BatchedCollection> built = new ConcurrentHashMap<>();

        private Generation(String suffix) {
            this.suffix = suffix;
        }

        @Override
        public ReadModelCollection collection(String name) {
            return built.computeIfAbsent(name, n -> BatchedCollection.soleWriter(
                    database.getCollection(n + SEPARATOR + suffix), changes));
        }

        /** The generation serves: the live processors write it too. */
        void shared() {
            built.values().forEach(BatchedCollection::shared);
        }
    }

    /** Puts a rebuilt generation in place of a processing group's collections (logical name to physical name). */
    void switchGroup(String group, Map<String, String> collectionsOfGroup) {
        Document mapping = new Document();
        collectionsOfGroup.forEach(mapping::append);
        // journaled: a rebuild wrote the generation without waiting for the journal, which holds every write before
        // this one, so the generation is durable before it serves
        generations.withWriteConcern(WriteConcern.MAJORITY.withJournal(true))
                   .replaceOne(eq("_id", group), new Document("_id", group).append("collections", mapping),
                               new ReplaceOptions().upsert(true));
        refresh();
    }

    /** Tells every instance that keeps {@code physical} in memory to read it whole again; best effort. */
    void changedWhole(String physical) {
        try {
            changes.announce(physical, null);
        } catch (RuntimeException e) {
            log.warn("Could not tell the instances to read {} again: they may miss its last batch until they do", physical,
                     e);
        }
    }

    /** Drops a collection no generation mapping points at any more, with what was counted of its changes. */
    void drop(String physical) {
        database.getCollection(physical).drop();
        changes.forget(physical);
    }

    /** The names of the read models the live projections and queries use. */
    Set<String> names() {
        return new HashSet<>(collections.keySet());
    }

    /** Every collection some generation mapping points at now. */
    Set<String> inUse() {
        refresh();
        return new HashSet<>(physical.values());
    }

    /** The physical collection serving {@code name} now. */
    String physical(String name) {
        if (System.nanoTime() - refreshedAt > REFRESH_NANOS) {
            refresh();
        }
        return physical.getOrDefault(name, name);
    }

    private synchronized void refresh() {
        Map<String, String> mapping = new HashMap<>();
        for (Document group : generations.find()) {
            Document names = group.get("collections", Document.class);
            if (names != null) {
                names.forEach((logical, target) -> mapping.put(logical, String.valueOf(target)));
            }
        }
        physical = Map.copyOf(mapping);
        refreshedAt = System.nanoTime();
    }
}
