package ru.kogalym.civic.eventstore;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bson.Document;
import org.bson.types.Decimal128;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How an event's payload and metadata lie in a commit document: a BSON document, so that MongoDB's own tools can query
 * their fields ({@code events.payload.ncoId}), wherever the serializer's JSON text maps onto one exactly; otherwise the
 * text itself, as every event was stored before. Reading gives the serializer and the upcasters a JSON tree either way.
 *
 * <p>Exactly means the hash chain's canonical form of the document equals that of the text: every number keeps the
 * digits it was written with (a fraction as a Decimal128, never a double), and every member name can be queried (none
 * with a {@code .}, a leading {@code $} or a NUL, no name twice in one object). A text that is not an object, or holds
 * anything else, is stored as text.
 */
final class StoredForm {

    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Thrown while building a document from text that has no exact BSON form; cheap, as no stack trace is taken. */
    private static final class NoExactForm extends Exception {
        private static final NoExactForm INSTANCE = new NoExactForm();

        private NoExactForm() {
            super(null, null, false, false);
        }
    }

    private StoredForm() {
    }

    /** A {@link Document} holding the JSON text's value, or the text itself where no document holds it exactly. */
    static Object of(String json) {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return json;
            }
            Document document = object(parser);
            return parser.nextToken() == null ? document : json;
        } catch (IOException | NoExactForm e) {
            return json;
        }
    }

    private static Document object(JsonParser parser) throws IOException, NoExactForm {
        Document document = new Document();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (!queryable(name) || document.containsKey(name)) {
                throw NoExactForm.INSTANCE;
            }
            parser.nextToken();
            document.put(name, value(parser));
        }
        return document;
    }

    private static boolean queryable(String name) {
        return !name.isEmpty() && name.charAt(0) != '$' && name.indexOf('.') < 0 && name.indexOf('\0') < 0;
    }

    private static Object value(JsonParser parser) throws IOException, NoExactForm {
        return switch (parser.currentToken()) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(parser));
                }
                yield list;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> integer(parser);
            case VALUE_NUMBER_FLOAT -> decimal(parser.getText());
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw NoExactForm.INSTANCE;
        };
    }

    private static Object integer(JsonParser parser) throws IOException, NoExactForm {
        String text = parser.getText();
        Object number = switch (parser.getNumberType()) {
            case INT -> parser.getIntValue();
            case LONG -> parser.getLongValue();
            default -> decimal(text);
        };
        if (!number.toString().equals(text)) { // "-0"
            throw NoExactForm.INSTANCE;
        }
        return number;
    }

    /** The number as a Decimal128 that prints as it was written: {@code 100000.00} stays so, {@code 1e3} has no such form. */
    private static Decimal128 decimal(String text) throws NoExactForm {
        try {
            Decimal128 decimal = Decimal128.parse(text);
            if (decimal.toString().equals(text)) {
                return decimal;
            }
        } catch (NumberFormatException | ArithmeticException tooLongOrTooLarge) {
            // falls through: kept as text
        }
        throw NoExactForm.INSTANCE;
    }

    /**
     * The JSON tree of a stored payload or metadata, in either form; members in their stored order. What the
     * serializer and the upcasters read: a document becomes a tree directly, not text written out to be parsed again
     * (the fold of a "known at" query spent a tenth of its time writing that text). A fraction becomes a
     * {@code DecimalNode} with the digits it was stored with.
     */
    static JsonNode tree(Object stored) {
        if (stored instanceof String text) {
            try {
                return MAPPER.readTree(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!(stored instanceof Document)) {
            throw new IllegalArgumentException("a payload or metadata stored as " + typeOf(stored)
                                               + ", neither a document nor JSON text");
        }
        return node(stored);
    }

    private static JsonNode node(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value == null) {
            return nodes.nullNode();
        } else if (value instanceof String text) {
            return nodes.textNode(text);
        } else if (value instanceof Integer number) {
            return nodes.numberNode(number);
        } else if (value instanceof Long number) {
            return nodes.numberNode(number);
        } else if (value instanceof Decimal128 number && number.isFinite()) {
            return nodes.numberNode(number.bigDecimalValue());
        } else if (value instanceof Double number && Double.isFinite(number)) {
            return nodes.numberNode(number);
        } else if (value instanceof Boolean bool) {
            return nodes.booleanNode(bool);
        } else if (value instanceof Map<?, ?> map) {
            ObjectNode object = nodes.objectNode();
            map.forEach((name, member) -> object.set(String.valueOf(name), node(member)));
            return object;
        } else if (value instanceof List<?> list) {
            ArrayNode array = nodes.arrayNode(list.size());
            list.forEach(element -> array.add(node(element)));
            return array;
        }
        throw new IllegalArgumentException("a stored payload or metadata holds a " + typeOf(value) + ", which has no JSON form");
    }

    /** The JSON text of a stored payload or metadata, in either form; members in their stored order. */
    static String json(Object stored) {
        if (stored instanceof String text) {
            return text;
        }
        if (!(stored instanceof Document)) {
            throw new IllegalArgumentException("a payload or metadata stored as " + typeOf(stored)
                                               + ", neither a document nor JSON text");
        }
        StringWriter out = new StringWriter(256);
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            write(generator, stored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Integer number) {
            generator.writeNumber(number);
        } else if (value instanceof Long number) {
            generator.writeNumber(number);
        } else if (value instanceof Decimal128 number && number.isFinite()) {
            generator.writeNumber(number.toString());
        } else if (value instanceof Double number && Double.isFinite(number)) {
            // never written by the engine; a value someone set by hand (mongosh's numbers are doubles)
            generator.writeNumber(number);
        } else if (value instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> member : map.entrySet()) {
                generator.writeFieldName(String.valueOf(member.getKey()));
                write(generator, member.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof List<?> list) {
            generator.writeStartArray();
            for (Object element : list) {
                write(generator, element);
            }
            generator.writeEndArray();
        } else {
            throw new IllegalArgumentException("a stored payload or metadata holds a " + typeOf(value) + ", which has no JSON form");
        }
    }

    private static String typeOf(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }
}
