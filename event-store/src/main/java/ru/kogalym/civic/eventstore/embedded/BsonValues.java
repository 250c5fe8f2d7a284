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

    private final ObjectDataType h2 = new ObjectDataType();

    /** The document as BSON, or null when it holds something BSON cannot say. */
    byte[] encode(Document document) {
        ByteBuf buffer = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, buffer);
            byte[] bytes = new byte[buffer.readableBytes()];
            buffer.readBytes(bytes);
            return bytes;
        } catch (IllegalArgumentException notBson) {
            // What BsonEncoder throws for a value it has no type for; anything else is a fault to surface, not a
            // reason to write the value in another form (a document changed while it was written threw here).
            return null;
        } finally {
            buffer.release();
        }
    }

    void write(WriteBuffer out, Object value, byte[] bson) {
        if (bson == null) {
            h2.write(out, value);
            return;
        }
        out.put(TAG).putVarInt(bson.length).put(bson);
    }

    Object read(ByteBuffer in) {
        if (in.get(in.position()) != TAG) {
            return h2.read(in);
        }
        in.get();
        byte[] bson = new byte[DataUtils.readVarInt(in)];
        in.get(bson);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }
}
