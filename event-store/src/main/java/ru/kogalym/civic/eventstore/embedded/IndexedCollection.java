package ru.kogalym.civic.eventstore.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * mongo-java-server's H2 collection, with one thing MongoDB does and it does not: a query that holds an equality on
 * a uniquely indexed field among other conditions ({@code {_id: x, claim: null}}, or the same under {@code $and}) is
 * answered from that index, the other conditions checked on what it finds. mongo-java-server uses an index only for
 * a query on exactly its fields, and scanned the whole collection for every such conditional update (in a profile of
 * posting raids, most of the embedded server's time).
 * <p>
 * And a query for a list of ids ({@code {_id: {$in: [...]}}}) is answered by the id index alone: mongo-java-server
 * also checked every document found against the whole list, so reading n ids cost n² comparisons (reading the
 * event log by position in windows of 1,000, most of the server's query time).
 * <p>
 * And a read of the whole collection ({@code find()} with a batch size) is answered batch by batch as the client asks
 * for them: mongo-java-server put every document of the answer in one list and held it until the cursor was read to
 * its end, so a read of a million read-model documents held them all at once on the server (a 512 MB heap ran out).
 * <p>
 * And the collection's data size is counted when asked ({@code collStats}), not at every write: mongo-java-server
 * encoded each written document once more to measure it (twice for an update) and rewrote the size in the
 * collection's meta map, one more page in every commit. Nothing here asks for it; an operator's {@code stats()} pays
 * one pass over the collection instead.
 * <p>
 * And a stored document is never changed in place: an update changes a copy and puts it back. mongo-java-server
 * updates the instance the map holds, which the page of the last commit may be being written from on H2's
 * serialisation thread at that moment (a commit runs outside the collection's lock): the write met a map changing
 * under it, a {@code ConcurrentModificationException} about once in fifty updates of one document from eight
 * clients, or could write half an update that was not yet acknowledged. Nor does an aggregation change them.
 */
final class IndexedCollection extends H2Collection {

    private static final BsonValues BSON = new BsonValues();

    private final MVMap<Object, Document> data;

    IndexedCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                      MVMap<Object, Document> data, MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, collectionName, options, data, meta, cursors);
        this.data = data;
    }

    /**
     * While true, the documents this collection reads are copies: it is changing them. Set under {@code this}; a
     * reader without the lock may see it and copy for nothing.
     */
    private boolean updating;

    @Override
    public Document updateDocuments(Document selector, Document update, ArrayFilters arrayFilters, boolean multi,
                                    boolean upsert, Oplog oplog) {
        return onCopies(() -> super.updateDocuments(selector, update, arrayFilters, multi, upsert, oplog));
    }

    @Override
    public Document findAndModify(Document query) {
        return onCopies(() -> super.findAndModify(query));
    }

    private synchronized Document onCopies(Supplier<Document> update) {
        boolean outer = updating;
        updating = true;
        try {
            return update.get();
        } finally {
            updating = outer;
        }
    }

    /**
     * What an aggregation reads, as deep copies: some of mongo-java-server's stages write into the documents they
     * are given ({@code $addFields} into a nested document it sets, {@code $graphLookup} its depth field), which
     * changed the stored ones for every later reader, and for the file at their page's next write.
     */
    @Override
    public Stream<Document> queryAllAsStream() {
        return handleQueryAsStream(new Document());
    }

    @Override
    public Stream<Document> handleQueryAsStream(Document query) {
        return StreamSupport.stream(handleQuery(query).spliterator(), false).map(Document::cloneDeeply);
    }

    /**
     * A shallow copy is enough: mongo-java-server computes the new values on a deep copy and only puts them into the
     * document it read, field by field.
     */
    @Override
    protected Document getDocument(Object position) {
        Document stored = super.getDocument(position);
        return updating && stored != null ? stored.clone() : stored;
    }

    @Override
    protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
        Stream<DocumentWithPosition<Object>> stored = super.streamAllDocumentsWithPosition();
        return updating ? stored.map(each -> new DocumentWithPosition<>(each.getDocument().clone(), each.getPosition()))
                        : stored;
    }

    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    @Override
    protected int getDataSize() {
        if (data == null) {
            return 0; // asked by H2Collection's constructor for a debug line, before this class has its map
        }
        long size = 0;
        for (Document document : data.values()) {
            size += BSON.size(document);
        }
        return (int) Math.min(Integer.MAX_VALUE, size);
    }

    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                         Document fieldSelector) {
        if (query.isEmpty() && (orderBy == null || orderBy.isEmpty()) && skip == 0 && limit == 0 && batchSize > 0
                && (fieldSelector == null || fieldSelector.isEmpty())) {
            ScanCursor cursor = new ScanCursor(cursorRegistry.generateCursorId(), data);
            List<Document> first = cursor.takeDocuments(batchSize);
            if (cursor.isEmpty()) {
                return new QueryResult(first);
            }
            cursorRegistry.add(cursor);
            return new QueryResult(first, cursor);
        }
        if (updating && !isNaturalDescending(orderBy)) {
            // H2Collection scans the map's own documents here; only those that match are copied
            Stream<Document> matching = data.values().stream().filter(document -> documentMatchesQuery(document, query))
                                            .map(Document::clone);
            return matchDocumentsFromStream(matching, query, orderBy, skip, limit, batchSize, fieldSelector);
        }
        return super.matchDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
    }

    /**
     * The collection in its natural order (by {@code _id}, as the stock scan), read from where the last batch ended:
     * like a MongoDB cursor, it may see documents written meanwhile ahead of it, never one twice.
     */
    private static final class ScanCursor extends AbstractCursor {
        private final MVMap<Object, Document> data;
        private Object next;

        ScanCursor(long id, MVMap<Object, Document> data) {
            super(id);
            this.data = data;
            this.next = data.firstKey();
        }

        @Override
        public synchronized boolean isEmpty() {
            return next == null;
        }

        @Override
        public synchronized List<Document> takeDocuments(int count) {
            List<Document> batch = new ArrayList<>(Math.min(count, 1024));
            Object last = null;
            if (next != null) {
                for (Cursor<Object, Document> entries = data.cursor(next); batch.size() < count && entries.hasNext(); ) {
                    last = entries.next();
                    batch.add(entries.getValue());
                }
            }
            next = last == null ? null : data.higherKey(last);
            return batch;
        }
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                         Document fieldSelector) {
        if (query.size() == 1 && isListOfIds(query.get(getIdField()))) {
            for (Index<Object> index : getIndexes()) {
                if (index.getKeys().size() == 1 && index.getKeys().get(0).getKey().equals(getIdField())) {
                    return matchDocuments(new Document(), index.getPositions(query), orderBy, skip, limit, batchSize,
                                          fieldSelector);
                }
            }
        }
        if (query.size() > 1 || query.containsKey("$and")) {
            for (Index<Object> index : getIndexes()) {
                if (index.getKeys().size() != 1) {
                    continue;
                }
                String field = index.getKeys().get(0).getKey();
                Object equal = equalityOn(query, field);
                if (equal != null) {
                    Document narrowed = new Document(field, equal);
                    if (index.canHandle(narrowed)) {
                        return matchDocuments(query, index.getPositions(narrowed), orderBy, skip, limit, batchSize,
                                              fieldSelector);
                    }
                }
            }
        }
        return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
    }

    /** The value {@code field} must equal for the query to match, if the query says so plainly; else null. */
    private static Object equalityOn(Document query, String field) {
        Object value = query.get(field);
        if (isPlainValue(value)) {
            return value;
        }
        if (query.get("$and") instanceof List<?> conditions) {
            for (Object condition : conditions) {
                if (condition instanceof Document document) {
                    Object found = equalityOn(document, field);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    /**
     * {@code {$in: [...]}} of plain values: what the id index finds for it is exactly what matches (ids are never
     * arrays, and the index equates numbers of different types as the matcher does).
     */
    private static boolean isListOfIds(Object value) {
        return value instanceof Document document && document.keySet().equals(Set.of("$in"))
                && document.get("$in") instanceof Collection<?> ids
                && ids.stream().allMatch(id -> id != null && !(id instanceof Map) && !(id instanceof Collection)
                                               && !(id instanceof Pattern) && !(id instanceof BsonRegularExpression));
    }

    /**
     * A value or {@code $in}: not null (which also matches a missing field), not a pattern, not another operator such
     * as {@code $ne}.
     */
    private static boolean isPlainValue(Object value) {
        if (value == null || value instanceof Pattern) {
            return false;
        }
        return !(value instanceof Document document) || document.keySet().equals(Set.of("$in"))
                || document.keySet().stream().noneMatch(key -> key.startsWith("$"));
    }
}
