package ru.kogalym.civic.eventstore.chain;

import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hash of one global position, computed from the raw document of the {@code events} collection that covers it
 * (the commit or tombstone whose {@code _id} ≤ position &lt; {@code _id + count}) and the hash of the position before.
 * This is the canonical form the README's "For auditors" section describes; nothing here reads through Axon, so what
 * is hashed is what is stored.
 */
final class ChainLink {

    private ChainLink() {
    }

    /** Lowercase hex SHA-256 of {@link #canonical}. */
    static String hash(long position, Document covering, String previous) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                                         .digest(canonical(position, covering, previous).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The canonical JSON object hashed for {@code position}: for an event, its record, sequence number, id, time, type
     * and revision, payload and metadata (as JSON values, whether stored as documents or as JSON text); for a
     * tombstone (a commit document without {@code events}: a reservation no writer will fill), only the position. Both
     * carry the previous position's hash ({@code null} before position 0).
     *
     * @throws IllegalArgumentException if the document does not cover the position or is malformed
     */
    static String canonical(long position, Document covering, String previous) {
        long start = number(covering, "_id");
        long count = number(covering, "count");
        if (position < start || position >= start + count) {
            throw new IllegalArgumentException("the document at " + start + " does not cover position " + position);
        }
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("position", position);
        link.put("previous", previous);
        Object events = covering.get("events");
        if (events == null) {
            link.put("tombstone", true);
            return CanonicalJson.write(link);
        }
        if (!(events instanceof List<?> list) || list.size() != count || !(list.get((int) (position - start)) instanceof Document event)) {
            throw new IllegalArgumentException("the commit at " + start + " holds no event for position " + position);
        }
        link.put("aggregateType", covering.get("aggregateType"));
        link.put("aggregateId", covering.get("aggregateId"));
        link.put("seq", event.get("seq"));
        link.put("eventId", event.get("eventId"));
        link.put("timestamp", event.get("timestamp"));
        link.put("payloadType", event.get("payloadType"));
        link.put("payloadRevision", event.get("payloadRevision"));
        link.put("payload", stored(event.get("payload")));
        link.put("metaData", stored(event.get("metaData")));
        return CanonicalJson.write(link);
    }

    /**
     * Payload and metadata are stored as BSON documents, or as the JSON text earlier versions (and payloads with no
     * exact document form) hold; the hash covers the value, however it is stored.
     */
    private static Object stored(Object value) {
        return value instanceof String json ? new CanonicalJson.Text(json) : value;
    }

    static long number(Document document, String field) {
        Object value = document.get(field);
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException("the document has no number " + field);
        }
        return number.longValue();
    }
}
