package ru.kogalym.civic.eventstore.chain;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.bson.types.Decimal128;

import java.io.IOException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one way this package writes a JSON value, so that whoever recomputes a hash gets the same bytes: members of an
 * object sorted by name, no white space, minimal string escapes, numbers as they were written. The README ("For
 * auditors") states these rules; change one and every stored hash stops matching.
 */
final class CanonicalJson {

    private static final JsonFactory JSON = new JsonFactory();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CanonicalJson() {
    }

    /** Text stored as JSON (an event's payload or metadata): hashed as the value it holds, not as a string. */
    record Text(String json) {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder(256);
        value(out, value);
        return out.toString();
    }

    /**
     * A value read from a stored document: text, numbers, booleans, null, documents (any {@link Map}), lists, or
     * {@link Text} to be parsed. Anything else is a malformed document and fails.
     */
    private static void value(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Text text) {
            parsed(out, text.json());
        } else if (value instanceof String string) {
            string(out, string);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                   || value instanceof Decimal128) {
            // Decimal128 keeps its digits (100000.00 stays so), as JSON text does
            out.append(value);
        } else if (value instanceof Double number && Double.isFinite(number)) {
            out.append(number);
        } else if (value instanceof Map<?, ?> map) {
            List<Map.Entry<String, String>> members = new ArrayList<>(map.size());
            map.forEach((name, member) -> members.add(new AbstractMap.SimpleEntry<>(String.valueOf(name), write(member))));
            object(out, members);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                value(out, list.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("no canonical JSON for a " + value.getClass().getSimpleName());
        }
    }

    private static void object(StringBuilder out, List<Map.Entry<String, String>> members) {
        // String order is UTF-16 code unit order; the sort is stable, so even duplicate names come out one way
        members.sort(Map.Entry.comparingByKey());
        out.append('{');
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(out, members.get(i).getKey());
            out.append(':').append(members.get(i).getValue());
        }
        out.append('}');
    }

    private static void parsed(StringBuilder out, String json) {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() == null) {
                throw new IllegalArgumentException("empty JSON text");
            }
            parsedValue(out, parser);
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("JSON text with something after its value");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("malformed JSON text: " + e.getMessage(), e);
        }
    }

    /** Writes the value at the parser's current token and leaves the parser on its last token. */
    private static void parsedValue(StringBuilder out, JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                List<Map.Entry<String, String>> members = new ArrayList<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    StringBuilder member = new StringBuilder();
                    parsedValue(member, parser);
                    members.add(new AbstractMap.SimpleEntry<>(name, member.toString()));
                }
                object(out, members);
            }
            case START_ARRAY -> {
                out.append('[');
                boolean first = true;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (!first) {
                        out.append(',');
                    }
                    parsedValue(out, parser);
                    first = false;
                }
                out.append(']');
            }
            case VALUE_STRING -> string(out, parser.getText());
            // the number as written: 100000.00 is not reformatted to 100000 or 1.0E5
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.append(parser.getText());
            case VALUE_TRUE -> out.append("true");
            case VALUE_FALSE -> out.append("false");
            case VALUE_NULL -> out.append("null");
            default -> throw new IllegalArgumentException("unexpected JSON token " + token);
        }
    }

    static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || isLoneSurrogate(text, i)) {
                        // a lone surrogate has no UTF-8 form: escaped, it still hashes as itself
                        out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                           .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }
}
