package ru.kogalym.civic.eventstore.embedded;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jol.info.GraphLayout;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's estimate of what a cached document takes on the heap, against the size the JVM's object layout gives
 * for the same document as the store reads it back: H2's page cache keeps documents until the estimates fill its
 * budget, so an estimate far too small lets the cache take the heap.
 */
class HeapSizeTest {

    static Stream<Document> documents() {
        Document payload = new Document("ncoId", "nco-edinstvo")
                .append("fullName", "Местная общественная организация дагестанцев «Единство»")
                .append("legalForm", "LOCAL_PUBLIC_ORGANIZATION").append("registeredOn", "2015-03-12")
                .append("activityKinds", List.of("CULTURE", "YOUTH", "INTERETHNIC_HARMONY"));
        Document commit = new Document("_id", 41L).append("aggregateType", "Nco").append("aggregateId", "nco-edinstvo")
                .append("firstSeq", 0L).append("count", 1).append("storedAt", Instant.parse("2026-12-01T10:00:00Z"))
                .append("events", List.of(new Document("seq", 0L)
                        .append("eventId", "0b8a3c1e-2f44-4e7a-9a51-3f0c1d2e4b5a")
                        .append("timestamp", "2026-12-01T10:00:00.123Z").append("payloadType",
                                "ru.kogalym.civic.contract.nco.NcoRegisteredEvent").append("payloadRevision", "2")
                        .append("payload", payload).append("metaData", new Document("issuedBy", "staff")
                                .append("recordedAt", "2026-12-01T10:00:00.120Z")
                                .append("correlationId", "6c2f1a9e-8d3b-4c5e-a7f0-1b2c3d4e5f60")
                                .append("commandName", "RegisterNcoCommand"))));
        Document counter = new Document("_id", "events").append("value", 100_000L);
        Document readModel = new Document("_id", "r-2020-17").append("kind", "RAID").append("date", "2020-06-19")
                .append("ncoIds", List.of("nco-1", "nco-2", "nco-3")).append("location", "улица Мира")
                .append("withdrawn", false).append("leaflets", 20);
        return Stream.of(commit, counter, readModel, payload);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void theEstimateIsWithinAThirdOfTheMeasuredSize(Document written) {
        Document cached = readBack(written);

        long measured = GraphLayout.parseInstance(cached).totalSize();

        assertThat((double) StoredDocumentType.INSTANCE.getMemory(cached)).as("estimate of %d measured bytes", measured)
                .isBetween(measured * 0.67, measured * 1.5);
    }

    private static Document readBack(Document document) {
        ByteBuf buffer = Unpooled.buffer();
        BsonEncoder.encodeDocument(document, buffer);
        return BsonDecoder.decodeBson(buffer);
    }
}
