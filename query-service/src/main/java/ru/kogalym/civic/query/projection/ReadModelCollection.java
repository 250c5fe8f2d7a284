package ru.kogalym.civic.query.projection;

import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One read model's documents, read and replaced whole by {@code _id}. Projections write through it and queries
 * read through it, so the same projection and query code serves the live read models in MongoDB and a model folded
 * in memory for one question ("as known at").
 */
public interface ReadModelCollection {

    /** The document as the current batch last left it, or as stored; null if there is none. */
    Document find(Object id);

    /**
     * The documents of these ids that exist, in no particular order: what a page shows, read without reading the
     * rest of the collection.
     */
    default List<Document> findAll(Collection<?> ids) {
        List<Document> found = new ArrayList<>();
        ids.stream().filter(Objects::nonNull).distinct().map(this::find).filter(Objects::nonNull).forEach(found::add);
        return found;
    }

    /** Every document, as stored. */
    Iterable<Document> all();

    /**
     * Every document as {@code view} turns it. The live read models keep it in memory and read only what changed
     * since the last call; here it is read whole.
     */
    default <T> Mirror<T> mirror(Function<Document, T> view) {
        Map<Object, T> byId = new LinkedHashMap<>();
        for (Document document : all()) {
            byId.put(document.get("_id"), view.apply(document));
        }
        return Mirror.of(byId);
    }

    /** Stores {@code document} as the whole of the document {@code id}. */
    void replace(Object id, Document document);

    /** For reset handlers: empties the collection at once. */
    void deleteAll();
}
