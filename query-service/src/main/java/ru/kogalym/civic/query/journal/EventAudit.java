package ru.kogalym.civic.query.journal;

import org.axonframework.eventhandling.EventMessage;
import ru.kogalym.civic.contract.MetadataKey;

import java.util.Map;

/**
 * Who recorded an event, when and why, read from its metadata, and the event's identifier that makes a
 * handler idempotent. {@code reason} is the event's own reason when it has one, else the metadata's.
 */
public record EventAudit(String eventId, String recordedAt, String issuedBy, String reason) {

    public static EventAudit of(EventMessage<?> message) {
        Map<String, ?> metaData = message.getMetaData();
        Object recordedAt = metaData.get(MetadataKey.RECORDED_AT.key());
        return new EventAudit(message.getIdentifier(),
                              recordedAt == null ? message.getTimestamp().toString() : recordedAt.toString(),
                              text(metaData.get(MetadataKey.ISSUED_BY.key())),
                              text(metaData.get("reason")));
    }

    public EventAudit withReason(String eventReason) {
        return eventReason == null || eventReason.isBlank() ? this : new EventAudit(eventId, recordedAt, issuedBy, eventReason);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
