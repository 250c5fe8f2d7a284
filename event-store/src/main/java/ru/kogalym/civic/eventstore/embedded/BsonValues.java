package ru.kogalym.civic.eventstore.embedded;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;

/**
 * How the embedded store writes a document to its file: as BSON, the form the server received it in, instead of
 * H2's default of Java serialization (an {@code ObjectOutputStream} per value, which took most of the command path's
 * CPU). A value BSON cannot hold keeps H2's form.
 *
 * <p>Both forms are read: BSON carries a tag byte that H2's own type tags (0 to 119) never use, so a file written
 * before this change reads as it did, and its pages move to BSON as they are rewritten.
 */
final class BsonValues {

    private static final byte TAG = (byte) 0xC0;
    private static final int KEPT_CAPACITY = 64 * 1024;

    /**
     * Each document is encoded here and copied into the page: a commit writes every document of each page it changed,
     * and a buffer and an array of its own for each were a tenth of the bytes a raid allocated.
     */
    private static final ThreadLocal<ByteBuf> ENCODED = ThreadLocal.withInitial(() -> Unpooled.buffer(1024));

    private final ObjectDataType h2 = new ObjectDataType();

    /**
     * Writes {@code value} as {@code bson} says it, or in H2's form when {@code bson} holds something BSON cannot
     * say.
     */
    void write(WriteBuffer out, Object value, Document bson) {
        ByteBuf buffer = encoded(bson);
        if (buffer == null) {
            h2.write(out, value);
        } else {
            out.put(TAG).putVarInt(buffer.readableBytes())
               .put(buffer.array(), buffer.arrayOffset() + buffer.readerIndex(), buffer.readableBytes());
        }
        keepSmall(ENCODED.get());
    }

    /** The document's size as BSON, or 0 when it holds something BSON cannot say. */
    int size(Document document) {
        ByteBuf buffer = encoded(document);
        int size = buffer == null ? 0 : buffer.readableBytes();
        keepSmall(ENCODED.get());
        return size;
    }

    /** The document as BSON in this thread's buffer, valid until its next use; null when it is not BSON. */
    private static ByteBuf encoded(Document document) {
        ByteBuf buffer = ENCODED.get();
        buffer.clear();
        try {
            BsonEncoder.encodeDocument(document, buffer);
            return buffer;
        } catch (IllegalArgumentException notBson) {
            // What BsonEncoder throws for a value it has no type for; anything else is a fault to surface, not a
            // reason to write the value in another form (a document changed while it was written threw here).
            return null;
        }
    }

    /** One large document should not stay on this thread's heap until its next use. */
    private static void keepSmall(ByteBuf buffer) {
        if (buffer.capacity() > KEPT_CAPACITY) {
            buffer.release();
            ENCODED.set(Unpooled.buffer(1024));
        }
    }

    /** The capacity this thread's buffer keeps between two documents. */
    static int keptCapacity() {
        return ENCODED.get().capacity();
    }

    Object read(ByteBuffer in) {
        if (in.get(in.position()) != TAG) {
            return h2.read(in);
        }
        in.get();
        int length = DataUtils.readVarInt(in);
        // decoded where it lies: the decoder copies what it keeps
        ByteBuffer bson = in.slice(in.position(), length);
        in.position(in.position() + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }
}
