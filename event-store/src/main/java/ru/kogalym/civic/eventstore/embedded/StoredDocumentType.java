package ru.kogalym.civic.eventstore.embedded;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;

/** The values of a collection's data map: its documents, written as BSON ({@link BsonValues}). */
final class StoredDocumentType extends BasicDataType<Document> {

    static final StoredDocumentType INSTANCE = new StoredDocumentType();

    private final BsonValues values = new BsonValues();

    private StoredDocumentType() {
    }

    /**
     * What the document takes on the heap, roughly: H2 keeps pages in its cache until their estimates add up to its
     * size. A running average of written sizes (what this was) followed the small documents written most often, such
     * as counters, so the cache held several times its size of event commits: at 100,000 events two thirds of the
     * heap was strings of cached documents.
     */
    @Override
    public int getMemory(Document document) {
        return (int) Math.min(Integer.MAX_VALUE, HeapSize.of(document));
    }

    @Override
    public void write(WriteBuffer out, Document document) {
        values.write(out, document, document);
    }

    @Override
    public Document read(ByteBuffer in) {
        return (Document) values.read(in);
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
