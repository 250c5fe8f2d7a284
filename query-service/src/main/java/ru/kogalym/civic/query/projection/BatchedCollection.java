package ru.kogalym.civic.query.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/**
 * A read-model collection whose documents are read and replaced whole, by {@code _id}. Inside an event
 * processor's batch, each document is read at most once and every change is held until
 * {@link BatchFlushInterceptor} writes them all in one bulk write after the batch's last event, before
 * the processor stores its token; a failed batch writes nothing and is retried. Outside a unit of work
 * (a unit test calling a handler) every call goes straight to MongoDB.
 */
public final class BatchedCollection {

    private static final String RESOURCE = BatchedCollection.class.getName();
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> collection;

    public BatchedCollection(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    /** The document as this batch last left it, or as stored; null if there is none. */
    public Document find(Object id) {
        Batch batch = currentBatch();
        if (batch == null) {
            return collection.find(eq("_id", id)).first();
        }
        return batch.documents.computeIfAbsent(id, key -> Optional.ofNullable(collection.find(eq("_id", key)).first()))
                              .orElse(null);
    }

    /** Stores {@code document} as the whole of the document {@code id}, at the end of the batch. */
    public void replace(Object id, Document document) {
        Batch batch = currentBatch();
        if (batch == null) {
            collection.replaceOne(eq("_id", id), document, UPSERT);
            return;
        }
        batch.documents.put(id, Optional.of(document));
        batch.dirty.put(id, document);
    }

    /** For reset handlers: empties the collection at once. */
    public void deleteAll() {
        collection.deleteMany(new Document());
    }

    private Batch currentBatch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Map<MongoCollection<Document>, Batch> batches = root.getOrComputeResource(RESOURCE, key -> new HashMap<>());
        return batches.computeIfAbsent(collection, key -> new Batch());
    }

    /** Writes every change of the current unit of work's batch; called once its last event is handled. */
    static void flushCurrent() {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        Map<MongoCollection<Document>, Batch> batches = CurrentUnitOfWork.get().root().getResource(RESOURCE);
        if (batches == null) {
            return;
        }
        batches.forEach((collection, batch) -> batch.flush(collection));
    }

    private static final class Batch {
        private final Map<Object, Optional<Document>> documents = new HashMap<>();
        private final Map<Object, Document> dirty = new LinkedHashMap<>();

        void flush(MongoCollection<Document> collection) {
            if (dirty.isEmpty()) {
                return;
            }
            List<WriteModel<Document>> writes = new ArrayList<>(dirty.size());
            dirty.forEach((id, document) -> writes.add(new ReplaceOneModel<>(eq("_id", id), document, UPSERT)));
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(true));
            dirty.clear();
        }
    }
}
