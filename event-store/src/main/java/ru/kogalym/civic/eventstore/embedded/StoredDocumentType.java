package ru.kogalym.civic.eventstore.embedded;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;

/** The values of a collection's data map: its documents, written as BSON ({@link BsonValues}). */
final class StoredDocumentType extends BasicDataType<Document> {

    static final StoredDocumentType INSTANCE = new StoredDocumentType();

    private final BsonValues values = new BsonValues();
    /** H2 sizes its page cache by this estimate; a running average of what was written is close enough. */
    private volatile int averageSize = 512;

    private StoredDocumentType() {
    }

    @Override
    public int getMemory(Document document) {
        return averageSize;
    }

    @Override
    public void write(WriteBuffer out, Document document) {
        byte[] bson = values.encode(document);
        if (bson != null) {
            averageSize = (averageSize * 15 + 2 * bson.length) / 16;
        }
        values.write(out, document, bson);
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
