package ru.kogalym.civic.query.projection;

import org.bson.Document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Read models held in memory, for a fold that answers one question and is then dropped. Projections replace whole
 * documents and never change one they have read, so the documents are kept as given.
 */
public final class InMemoryReadModels implements ReadModels {

    private final Map<String, Documents> collections = new ConcurrentHashMap<>();

    @Override
    public ReadModelCollection collection(String name) {
        return collections.computeIfAbsent(name, n -> new Documents());
    }

    /** Takes over the read models {@code folded} holds, which this one does not (another group's, folded whole). */
    void adopt(InMemoryReadModels folded) {
        folded.collections.forEach(collections::putIfAbsent);
    }

    /**
     * One record's document in every collection that holds one, by collection name. A read model keys a record's
     * document by the record's id, or by its kind and id ({@code RAID:r-1}) where one collection holds several kinds.
     */
    Map<String, Document> ofRecord(String recordId) {
        Map<String, Document> found = new TreeMap<>();
        collections.forEach((name, documents) -> {
            for (Document document : documents.all()) {
                Object id = document.get("_id");
                if (recordId.equals(id) || id instanceof String key && key.endsWith(":" + recordId)) {
                    found.put(name, document);
                }
            }
        });
        return found;
    }

    private static final class Documents implements ReadModelCollection {

        private final Map<Object, Document> documents = new LinkedHashMap<>();

        @Override
        public synchronized Document find(Object id) {
            return documents.get(id);
        }

        @Override
        public synchronized Iterable<Document> all() {
            return List.copyOf(documents.values());
        }

        @Override
        public synchronized void replace(Object id, Document document) {
            documents.put(id, document);
        }

        @Override
        public synchronized void deleteAll() {
            documents.clear();
        }
    }
}
