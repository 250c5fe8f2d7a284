package ru.kogalym.civic.eventstore.chain;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The canonical form the README gives auditors, held to its worked example. */
class ChainLinkTest {

    /** The README's example: a commit of one support record, as a MongoDB shell shows it. */
    static Document exampleCommit() {
        return new Document("_id", 41L)
                .append("keys", List.of("s-2020-1#0"))
                .append("aggregateId", "s-2020-1")
                .append("aggregateType", "Support")
                .append("firstSeq", 0L)
                .append("count", 1)
                .append("events", List.of(new Document("eventId", "5f0c8a52-3d1e-4d8c-9a8e-0c2b6f1e7a11")
                        .append("seq", 0L)
                        .append("timestamp", "2021-01-15T09:00:00Z")
                        .append("payloadType", "ru.kogalym.civic.contract.support.SupportRecordedEvent")
                        .append("payloadRevision", null)
                        .append("payload", "{\"supportId\":\"s-2020-1\",\"ncoId\":\"n-edinstvo\",\"kind\":\"FINANCIAL\","
                                           + "\"description\":\"Субсидия \\\"Мы вместе\\\"\\nвторой этап\","
                                           + "\"amount\":100000.00}")
                        .append("metaData", "{\"recordedAt\":\"2021-01-15T09:00:00.123Z\",\"issuedBy\":\"ivanova\"}")));
    }

    static final String EXAMPLE_CANONICAL = "{\"aggregateId\":\"s-2020-1\",\"aggregateType\":\"Support\","
            + "\"eventId\":\"5f0c8a52-3d1e-4d8c-9a8e-0c2b6f1e7a11\","
            + "\"metaData\":{\"issuedBy\":\"ivanova\",\"recordedAt\":\"2021-01-15T09:00:00.123Z\"},"
            + "\"payload\":{\"amount\":100000.00,\"description\":\"Субсидия \\\"Мы вместе\\\"\\nвторой этап\","
            + "\"kind\":\"FINANCIAL\",\"ncoId\":\"n-edinstvo\",\"supportId\":\"s-2020-1\"},"
            + "\"payloadRevision\":null,\"payloadType\":\"ru.kogalym.civic.contract.support.SupportRecordedEvent\","
            + "\"position\":41,\"previous\":\"" + "ab".repeat(32) + "\",\"seq\":0,\"timestamp\":\"2021-01-15T09:00:00Z\"}";

    static final String EXAMPLE_HASH = "7ff2cbae466d52c659828455396d8088d3619768c05866e3283e6661eeb86c80";

    @Test
    void theReadmesWorkedExample() throws Exception {
        assertThat(ChainLink.canonical(41, exampleCommit(), "ab".repeat(32))).isEqualTo(EXAMPLE_CANONICAL);
        assertThat(ChainLink.hash(41, exampleCommit(), "ab".repeat(32))).isEqualTo(EXAMPLE_HASH);
        // the same figures stand in the README, so an auditor can test a reimplementation against them
        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(readme).contains(EXAMPLE_HASH).contains(TOMBSTONE_HASH)
                          .contains(EXAMPLE_CANONICAL.replace("ab".repeat(32), "abab…ab"));
    }

    static final String TOMBSTONE_HASH = "f7016d37e42d8e03324e657cd6eb059a0471903aa37573022b5b2fd6a2bd8bb0";

    @Test
    void aTombstoneHashesItsPositionAndThePreviousHashOnly() {
        Document tombstone = new Document("_id", 7L).append("keys", List.of("~tombstone#7")).append("count", 2);
        assertThat(ChainLink.canonical(8, tombstone, "ab".repeat(32)))
                .isEqualTo("{\"position\":8,\"previous\":\"" + "ab".repeat(32) + "\",\"tombstone\":true}");
        assertThat(ChainLink.hash(8, tombstone, "ab".repeat(32))).isEqualTo(TOMBSTONE_HASH);
        assertThat(ChainLink.canonical(0, new Document("_id", 0L).append("count", 1), null))
                .isEqualTo("{\"position\":0,\"previous\":null,\"tombstone\":true}");
    }

    @Test
    void theStoredTextsFormattingIsNotHashedItsValueIs() {
        String hash = ChainLink.hash(41, exampleCommit(), null);
        Document reformatted = exampleCommit();
        event(reformatted).put("metaData", "{ \"issuedBy\" : \"ivanova\",\n  \"recordedAt\": \"2021-01-15T09:00:00.123Z\" }");
        assertThat(ChainLink.hash(41, reformatted, null)).isEqualTo(hash);

        Document rescaled = exampleCommit();
        event(rescaled).put("payload", event(rescaled).getString("payload").replace("100000.00", "100000.0"));
        assertThat(ChainLink.hash(41, rescaled, null)).as("numbers are hashed as written").isNotEqualTo(hash);
        assertThat(ChainLink.hash(41, exampleCommit(), "00".repeat(32))).isNotEqualTo(hash);
        assertThat(ChainLink.hash(42, exampleCommit().append("_id", 42L), null)).isNotEqualTo(hash);
    }

    @Test
    void aPayloadStoredAsABsonDocumentHashesAsTheSameJsonText() {
        Document asBson = exampleCommit();
        event(asBson).put("payload", new Document("supportId", "s-2020-1").append("ncoId", "n-edinstvo")
                .append("kind", "FINANCIAL").append("description", "Субсидия \"Мы вместе\"\nвторой этап")
                .append("amount", new Decimal128(new BigDecimal("100000.00"))));
        event(asBson).put("metaData", new Document("issuedBy", "ivanova").append("recordedAt", "2021-01-15T09:00:00.123Z"));

        assertThat(ChainLink.hash(41, asBson, "ab".repeat(32))).isEqualTo(EXAMPLE_HASH);
    }

    @Test
    void stringsAreEscapedMinimally() {
        StringBuilder out = new StringBuilder();
        CanonicalJson.string(out, "a\"b\\c\u0001\t/é\uD800x\uD83D\uDE00");
        assertThat(out.toString()).isEqualTo("\"a\\\"b\\\\c\\u0001\\t/é\\ud800x\uD83D\uDE00\"");
    }

    @Test
    void aDocumentThatDoesNotHoldThePositionIsMalformed() {
        assertThatThrownBy(() -> ChainLink.hash(43, exampleCommit(), null)).isInstanceOf(IllegalArgumentException.class);
        Document broken = exampleCommit();
        event(broken).put("payload", "{\"amount\": 1");
        assertThatThrownBy(() -> ChainLink.hash(41, broken, null)).isInstanceOf(IllegalArgumentException.class);
        Document trailing = exampleCommit();
        event(trailing).put("metaData", "{} {}");
        assertThatThrownBy(() -> ChainLink.hash(41, trailing, null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Document event(Document commit) {
        return commit.getList("events", Document.class).get(0);
    }
}
