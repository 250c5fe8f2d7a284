package ru.kogalym.civic.command.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fingerprint of a creation request: SHA-256 over a canonical JSON form (properties sorted, ISO dates, numbers
 * without trailing zeros) of the command's type, its target id and what the client asked for. Equal requests give
 * equal fingerprints, whatever the key order or number spelling of the JSON they came in.
 */
final class Fingerprints {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule().addSerializer(BigDecimal.class, new CanonicalDecimalSerializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private Fingerprints() {
    }

    /**
     * @param commandType the command the request becomes
     * @param target      the id of what the request creates
     * @param request     what the client asked for (the request record, or the command when no default is filled in)
     */
    public static String of(Class<?> commandType, String target, Object request) {
        Map<String, Object> canonical = new LinkedHashMap<>();
        canonical.put("command", commandType.getName());
        canonical.put("target", target);
        canonical.put("request", request);
        try {
            byte[] json = CANONICAL.writeValueAsBytes(canonical);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot fingerprint " + commandType.getSimpleName(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes 100, 100.0 and 1E+2 alike, as a string in scientific notation (never expanded, whatever the exponent). */
    private static final class CanonicalDecimalSerializer extends StdSerializer<BigDecimal> {

        CanonicalDecimalSerializer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
            generator.writeString(stripped.toString());
        }
    }
}
