package ru.kogalym.civic.query.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * Which documents of a read-model collection changed, for the query-service instances that keep it in memory
 * ({@link Mirror}): a version per collection, counted up after each write of a batch, and the ids that write
 * changed, kept for the last {@value #KEPT} versions. An instance behind by fewer reads only those documents; one
 * further behind, or missing a version (a writer died between counting and telling), reads the collection again.
 *
 * <p>A batch's documents are written before its version is counted, so whoever reads version {@code v} and then
 * the documents finds every change up to {@code v}; a processor that dies before counting has not stored its token,
 * and whoever takes over writes and counts the batch again. A rebuild, which nobody takes over, tells every instance
 * to read its collections whole if it fails once they serve.
 */
final class ReadModelChanges {

    static final String COLLECTION = "read_model_changes";
    private static final int KEPT = 256;
    /** Beyond this many ids in one write (a rebuild's batch), readers read the collection again instead. */
    private static final int MOST_IDS = 10_000;
    private static final String VERSION = "version";
    private static final String IDS = "ids";

    private final MongoCollection<Document> changes;

    ReadModelChanges(MongoCollection<Document> changes) {
        this.changes = changes;
    }

    /** Counts a write of {@code ids} to {@code collection}; null ids: any document may have changed (emptied). */
    void announce(String collection, Collection<?> ids) {
        Document counter = changes.findOneAndUpdate(eq("_id", collection), Updates.inc(VERSION, 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        long version = counter.get(VERSION, Number.class).longValue();
        Document change = new Document("_id", slot(collection, version)).append(VERSION, version);
        if (ids != null && ids.size() <= MOST_IDS) {
            change.append(IDS, new ArrayList<>(ids));
        }
        changes.replaceOne(eq("_id", change.get("_id")), change, new ReplaceOptions().upsert(true));
    }

    /** The collection's version now: 0 for one never written through {@link #announce}. */
    long version(String collection) {
        Document counter = changes.find(eq("_id", collection)).first();
        return counter == null ? 0 : counter.get(VERSION, Number.class).longValue();
    }

    /** The ids changed after one version up to {@code reached}. */
    record Changed(long reached, Set<Object> ids) {
    }

    /**
     * The ids changed after version {@code since}, up to {@code until} or to the version before it if its ids are not
     * told yet (its writer counts, then tells); null when they cannot all be told: too far behind, a version older
     * than the newest never told, a change of everything, or a counter that went back (its document deleted).
     */
    Changed changedBetween(String collection, long since, long until) {
        if (until - since > KEPT || until < since) {
            return null;
        }
        List<String> slots = LongStream.rangeClosed(since + 1, until).mapToObj(v -> slot(collection, v)).toList();
        Map<Long, List<?>> told = new HashMap<>();
        for (Document change : changes.find(in("_id", slots))) {
            long version = change.get(VERSION, Number.class).longValue();
            if (version > since && version <= until) {
                told.put(version, change.getList(IDS, Object.class));
            }
        }
        Set<Object> ids = new HashSet<>();
        long reached = since;
        for (long version = since + 1; version <= until; version++) {
            if (!told.containsKey(version)) {
                if (version == until) {
                    break;
                }
                return null;
            }
            List<?> changed = told.get(version);
            if (changed == null) {
                return null;
            }
            ids.addAll(changed);
            reached = version;
        }
        return new Changed(reached, ids);
    }

    /** Drops what was counted of a collection that is dropped (an old generation), so none of it piles up. */
    void forget(String collection) {
        List<String> ids = new ArrayList<>();
        ids.add(collection);
        for (int slot = 0; slot < KEPT; slot++) {
            ids.add(slot(collection, slot));
        }
        changes.deleteMany(in("_id", ids));
    }

    private static String slot(String collection, long version) {
        return collection + "#" + Math.floorMod(version, KEPT);
    }
}
