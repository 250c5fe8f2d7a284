package ru.kogalym.civic.eventstore.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.DuplicateKeyError;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.nio.file.Path;
import java.util.List;

/**
 * mongo-java-server's H2 backend, made durable: every command is committed to the file before its reply
 * is sent, so a write the client saw acknowledged survives a {@code kill -9}. (The stock backend commits
 * once a second and lost about a quarter of acknowledged inserts in that test.) A write that says it need not wait
 * for the journal ({@code j: false}) is not committed on its own, as MongoDB would not journal it first.
 *
 * <p>Committing that often makes MVStore keep every old chunk for its retention time, and the file grew
 * to gigabytes; retention 0 lets it reuse space while writes go on, and MVStore's background writer rewrites sparse
 * chunks, about 5 MB at a time while busy (it may still move chunks under the store's lock when the file is
 * fragmented). Retention 0 gives up protection against power loss with reordered disk writes, not against a killed
 * process.
 *
 * <p>Documents are written to the file as BSON and index keys compared by value ({@link Database}), and a query with
 * an equality on a uniquely indexed field uses that index ({@link IndexedCollection}).
 *
 * <p>Pages are written uncompressed unless asked: with a commit per command, compressing every changed page cost a
 * tenth of the commands a second (raids over HTTP, five runs each: 153 compressed, 171 not), for a file 1.8 times the
 * size at 30,000 events and 3.9 times at a million. Either way, pages written the other way are still read: each
 * page says how it was written.
 */
public class DurableH2Backend extends H2Backend {

    /**
     * H2's {@code autoCompactFillRate}: with it, MVStore's background writer rewrites the sparsest chunks while
     * commands run once the rewritable ones hold less than about 80% live data (with H2's default, 90, only below
     * 62%). A commit per command leaves a chunk of a few pages that later commits soon make sparse. Kept fuller, the
     * file after 60 s of raids as fast as they came and 24,000 at 200 a second was about a fifth smaller (120–130 MB
     * against 153–159) and the p99 at 200/s lower; 50, or 0 for never, made it five to six times larger and the p99
     * three times longer.
     */
    static final int AUTO_COMPACT_FILL_RATE = 95;

    private final MVStore store;

    public DurableH2Backend(Path file) {
        this(file, false);
    }

    /** With {@code compressedPages}, a file about a quarter of the size at a million events, for fewer commands a second. */
    public DurableH2Backend(Path file, boolean compressedPages) {
        this(open(file, compressedPages));
    }

    DurableH2Backend(MVStore store) {
        super(store);
        this.store = store;
    }

    private static MVStore open(Path file, boolean compressedPages) {
        return open(file, compressedPages, AUTO_COMPACT_FILL_RATE);
    }

    static MVStore open(Path file, boolean compressedPages, int autoCompactFillRate) {
        MVStore.Builder builder = new MVStore.Builder().fileName(file.toString()).autoCompactFillRate(autoCompactFillRate);
        MVStore store = (compressedPages ? builder.compress() : builder).open();
        store.setRetentionTime(0);
        return store;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document reply;
        try {
            reply = super.handleCommand(channel, database, command, query);
        } catch (DuplicateKeyError e) {
            reply = refusal(e);
        }
        if (!unjournaled(query)) {
            // A commit with nothing unsaved is a no-op; a read after unjournaled writes commits them.
            store.commit();
        }
        return reply;
    }

    /**
     * A duplicate key answered as mongo-java-server answers any failed command, without the ERROR and stack trace it
     * logs for each: a conditional upsert that finds its document taken is a normal answer, which MongoDB does not
     * log, and under load the lookups' claims logged 6 KB per command.
     */
    private static Document refusal(DuplicateKeyError e) {
        Document reply = new Document("$err", e.getMessageWithoutErrorCode());
        reply.put("errmsg", e.getMessageWithoutErrorCode());
        reply.put("code", e.getCode());
        reply.putIfNotNull("codeName", e.getCodeName());
        reply.put("ok", 0);
        return reply;
    }

    /**
     * A write that asked not to wait for the journal ({@code writeConcern: {j: false}}), which MongoDB acknowledges
     * before its journal commit: the store's background commit writes it within a second, or the next command's
     * commit with everything else. A rebuild writes its new read models so: one that stops starts again from nothing,
     * and a commit per bulk write serialised again every page the write changed.
     */
    private static boolean unjournaled(Document query) {
        return query.get("writeConcern") instanceof Document concern && Boolean.FALSE.equals(concern.get("j"));
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String name) {
        return new Database(name);
    }

    /**
     * mongo-java-server's H2 database with H2 told what its maps hold: {@link StoredDocumentType} for the documents
     * and {@link IndexKeyType} for the keys of unique indexes (every {@code _id} lookup goes through one).
     *
     * <p>An index map written by the stock backend is ordered by serialized bytes, which this order cannot search, so
     * it is dropped and mongo-java-server refills the index under its new name from the documents on opening: a
     * one-off cost on the first start of an older file. The data maps need nothing of the kind: a document is found by
     * its {@code _id}, whose types H2 orders natively either way, and both forms of a value are read.
     *
     * <p>An inner class because {@link H2Database}'s constructor already opens the collections and indexes: the outer
     * instance is the only state set before that.
     */
    private final class Database extends H2Database {

        Database(String name) {
            super(name, DurableH2Backend.this.getMvStore(), DurableH2Backend.this.getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVStore store = getMvStore();
            MVMap<Object, Document> data = store.openMap("databases." + namespace,
                                                         new MVMap.Builder<Object, Document>()
                                                                 .valueType(StoredDocumentType.INSTANCE));
            MVMap<String, Object> meta = store.openMap("meta." + namespace);
            return new IndexedCollection(this, collectionName, options, data, meta, cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            MVStore store = getMvStore();
            String stock = stockIndexMap(collectionName, indexName);
            if (store.hasMap(stock)) {
                store.removeMap(stock);
            }
            MVMap<KeyValue, Object> map = store.openMap(indexMap(collectionName, indexName),
                                                        new MVMap.Builder<KeyValue, Object>()
                                                                .keyType(IndexKeyType.INSTANCE));
            return new OrderedUniqueIndex(map, indexName, keys, sparse);
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            String map = indexMap(collection.getCollectionName(), indexName);
            if (getMvStore().hasMap(map)) {
                getMvStore().removeMap(map);
            }
        }

        private String stockIndexMap(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
        }

        /** Under the collection's namespace, so that dropping the database removes it with the rest. */
        private String indexMap(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + "._ordered_index_" + indexName;
        }
    }

    public long fileSize() {
        return store.getFileStore().size();
    }
}
