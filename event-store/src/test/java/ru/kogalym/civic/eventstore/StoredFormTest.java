package ru.kogalym.civic.eventstore;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which JSON texts become BSON documents, and that reading either form gives the serializer the same values. */
class StoredFormTest {

    private static final String PAYLOAD = "{\"grantId\":\"g-1\",\"amountKopecks\":49900050,\"big\":12345678901234,"
            + "\"amount\":100000.00,\"small\":1E-7,\"title\":\"«Мы вместе» \\\"2\\\"\\n\\u0001\",\"ncoIds\":[\"n-1\",\"n-2\"],"
            + "\"decided\":true,\"withdrawn\":false,\"reason\":null,\"nested\":{\"count\":0,\"ratio\":-0.50,\"list\":[1,[2.0],{}]}}";

    @Test
    void aPayloadBecomesADocumentWhoseNumbersKeepTheirDigits() {
        Document stored = (Document) StoredForm.of(PAYLOAD);

        assertThat(stored.get("amountKopecks")).isEqualTo(49900050);
        assertThat(stored.get("big")).isEqualTo(12345678901234L);
        assertThat(stored.get("amount")).isEqualTo(new Decimal128(new BigDecimal("100000.00")));
        assertThat(stored.get("amount").toString()).isEqualTo("100000.00");
        assertThat(stored.get("small").toString()).isEqualTo("1E-7");
        assertThat(stored.get("title")).isEqualTo("«Мы вместе» \"2\"\n\u0001");
        assertThat(stored.getList("ncoIds", String.class)).containsExactly("n-1", "n-2");
        assertThat(stored.containsKey("reason")).isTrue();
        assertThat(stored.get("nested", Document.class).get("ratio").toString()).isEqualTo("-0.50");
        assertThat(stored.get("nested", Document.class).getList("list", Object.class))
                .containsExactly(1, List.of(Decimal128.parse("2.0")), new Document());
    }

    @Test
    void readingADocumentGivesBackTheTextItWasMadeOf() {
        assertThat(StoredForm.json(StoredForm.of(PAYLOAD))).isEqualTo(PAYLOAD);
        assertThat(StoredForm.json(StoredForm.of("{}"))).isEqualTo("{}");
        assertThat(StoredForm.json(PAYLOAD)).as("text, as earlier versions stored it").isSameAs(PAYLOAD);
    }

    @Test
    void textThatNoDocumentHoldsExactlyStaysText() {
        List<String> texts = Arrays.asList(
                "{\"issuedBy\":\"a\",\"trace.id\":\"t\"}",                   // a dotted name cannot be queried
                "{\"issuedBy\":\"a\",\"$type\":\"x\"}",                       // nor one that reads as an operator
                "{\"nested\":{\"a\":{\"b.c\":1}}}",
                "{\"a\\u0000b\":1}",                                         // BSON names end at NUL
                "{\"a\":1,\"a\":2}",                                          // a name twice
                "{\"amount\":1e3}",                                           // would print as 1E+3
                "{\"amount\":1.0E10}",                                        // would print as 1.0E+10
                "{\"amount\":-0}",                                            // would print as 0
                "{\"amount\":0.12345678901234567890123456789012345}",       // more digits than a Decimal128 holds
                "{\"amount\":1E+99999}",
                "[1,2]", "\"text\"", "42", "null",                             // not an object
                "{\"a\":1} {}", "{\"a\":");                                    // not one JSON value
        for (String text : texts) {
            assertThat(StoredForm.of(text)).as(text).isSameAs(text);
        }
    }

    @Test
    void aDollarOrADotInsideANameOrInAValueIsQueryable() {
        assertThat(StoredForm.of("{\"price$\":\"$1.50\",\"\\u00e9\":\"a.b\"}"))
                .isEqualTo(new Document("price$", "$1.50").append("é", "a.b"));
    }

    @Test
    void aValueOfAnotherKindIsNoPayload() {
        assertThatThrownBy(() -> StoredForm.json(42)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoredForm.json(new Document("at", new java.util.Date())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(StoredForm.json(new Document("edited", 5.0))).as("a number set in mongosh").isEqualTo("{\"edited\":5.0}");
    }
}
