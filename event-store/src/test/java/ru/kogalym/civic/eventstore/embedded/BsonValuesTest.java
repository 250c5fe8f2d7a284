package ru.kogalym.civic.eventstore.embedded;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document written by {@link BsonValues} reads back wherever H2 hands over its page, and a thread keeps no large
 * buffer.
 */
class BsonValuesTest {

    private final BsonValues values = new BsonValues();

    @Test
    void aLargeDocumentLeavesTheThreadNoLargerBufferThanItKeeps() {
        Document large = new Document("_id", "large").append("text", "ж".repeat(100_000));
        Document small = new Document("_id", "small").append("n", 1);

        ByteBuffer written = written(large, small);

        assertThat(BsonValues.keptCapacity()).isLessThanOrEqualTo(64 * 1024);
        assertThat(values.read(written)).isEqualTo(large);
        assertThat(values.read(written)).isEqualTo(small);
        assertThat(values.size(large)).isGreaterThan(200_000);
        assertThat(BsonValues.keptCapacity()).isLessThanOrEqualTo(64 * 1024);
    }

    @Test
    void aDocumentReadsBackFromAnyPositionOfHeapDirectAndReadOnlyPages() {
        Document document = new Document("_id", "d1").append("text", "Дом дружбы")
                                                     .append("list", List.of(1, 2L, new Document("x", 0.5)));
        ByteBuffer written = written(new Document("_id", "before"), document);
        values.read(written);
        int position = written.position();

        ByteBuffer direct = ByteBuffer.allocateDirect(written.limit()).put(written.duplicate().rewind());
        for (ByteBuffer page : List.of(written.duplicate(), direct, written.asReadOnlyBuffer())) {
            page.position(position);
            assertThat(values.read(page)).isEqualTo(document);
            assertThat(page.position()).isEqualTo(written.limit());
        }
    }

    private ByteBuffer written(Document... documents) {
        WriteBuffer out = new WriteBuffer();
        for (Document document : documents) {
            values.write(out, document, document);
        }
        return out.getBuffer().flip();
    }
}
