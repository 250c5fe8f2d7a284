package ru.kogalym.civic.contract.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.math.BigDecimal;
import java.util.List;

/**
 * Revision 1 of an event that holds sums of money, to revision 2: each sum, BigDecimal roubles under its old name
 * ({@code amount}), becomes whole kopecks under the old name plus {@code Kopecks} ({@code amountKopecks}). Exact:
 * earlier versions accepted at most two decimal places, so nothing is ever rounded; an absent sum stays absent.
 */
final class RoublesToKopecks extends SingleEventUpcaster {

    static final String SUFFIX = "Kopecks";

    private final SerializedType from;
    private final SerializedType to;
    private final List<String> sums;

    RoublesToKopecks(Class<?> eventType, String... sums) {
        this.from = new SimpleSerializedType(eventType.getName(), "1");
        this.to = new SimpleSerializedType(eventType.getName(), "2");
        this.sums = List.of(sums);
    }

    SerializedType from() {
        return from;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return from.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, this::inKopecks);
    }

    JsonNode inKopecks(JsonNode payload) {
        ObjectNode event = payload.deepCopy();
        for (String sum : sums) {
            JsonNode roubles = event.remove(sum);
            if (roubles == null || roubles.isNull()) {
                event.putNull(sum + SUFFIX);
            } else {
                event.put(sum + SUFFIX, kopecks(sum, roubles));
            }
        }
        return event;
    }

    /** A number (or a number in a string) of roubles, read from its text so that no binary floating point is involved. */
    private long kopecks(String sum, JsonNode roubles) {
        try {
            return new BigDecimal(roubles.asText()).movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new SerializationException(from.getName() + " revision 1: " + sum + " = " + roubles
                    + " is no whole number of kopecks", e);
        }
    }
}
