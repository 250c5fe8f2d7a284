package ru.kogalym.civic.query.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.contract.MetadataKey;
import ru.kogalym.civic.eventstore.MongoEventStorageEngine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads the event store itself, not a projection: what was recorded, by whom, when and why, in the order it
 * was recorded.
 */
@Component
class AuditTrail {

    private final MongoEventStorageEngine storageEngine;

    public AuditTrail(MongoEventStorageEngine storageEngine) {
        this.storageEngine = storageEngine;
    }

    /**
     * Every event of one record (an NCO, a meeting, ...) in its own order from its first, with its global position.
     * Not the event store's stream: that one starts at the latest snapshot, which is no recorded event.
     */
    public List<AuditEntry> ofRecord(String recordId) {
        try (Stream<TrackedEventMessage<?>> events = storageEngine.readEventsWithPositions(recordId)) {
            return events.map(event -> entry(event.trackingToken().position().orElseThrow(), event)).toList();
        }
    }

    /**
     * Up to {@code size} events that {@code filter} accepts, in global order after the global position {@code after}
     * (-1 for the start). The store is read in order until that many are found, so a narrow filter reads far.
     */
    public List<AuditEntry> after(long after, int size, AuditFilter filter) {
        List<AuditEntry> entries = new ArrayList<>();
        forEach(after, filter, entry -> entries.size() < size && entries.add(entry));
        return entries;
    }

    /** Every event that {@code filter} accepts after {@code after}, in global order, to {@code sink}. */
    public void forEach(long after, AuditFilter filter, Consumer<AuditEntry> sink) {
        forEach(after, filter, entry -> {
            sink.accept(entry);
            return true;
        });
    }

    /** Feeds {@code sink} until it answers false or the store ends. */
    private void forEach(long after, AuditFilter filter, Predicate<AuditEntry> sink) {
        GapAwareTrackingToken token = after < 0 ? null : GapAwareTrackingToken.newInstance(after, List.of());
        // The storage engine's own stream ends where the store does; the event store's would wait for more.
        try (Stream<? extends TrackedEventMessage<?>> stream = storageEngine.readEvents(token, false)) {
            Iterator<? extends TrackedEventMessage<?>> events = stream.iterator();
            while (events.hasNext()) {
                TrackedEventMessage<?> event = events.next();
                AuditEntry entry = entry(event.trackingToken().position().orElseThrow(), event);
                if (filter.test(entry) && !sink.test(entry)) {
                    return;
                }
            }
        }
    }

    private static AuditEntry entry(long position, EventMessage<?> event) {
        String recordType = null;
        String recordId = null;
        Long sequence = null;
        if (event instanceof DomainEventMessage<?> domainEvent) {
            recordType = domainEvent.getType();
            recordId = domainEvent.getAggregateIdentifier();
            sequence = domainEvent.getSequenceNumber();
        }
        Map<String, Object> metaData = event.getMetaData();
        return new AuditEntry(position, event.getIdentifier(), recordType, recordId, sequence,
                              event.getPayloadType().getSimpleName(), event.getPayload(), event.getTimestamp().toString(),
                              text(metaData.get(MetadataKey.ISSUED_BY.key())),
                              text(metaData.get(MetadataKey.RECORDED_AT.key())),
                              text(metaData.get(MetadataKey.COMMAND_NAME.key())),
                              text(metaData.get(MetadataKey.CORRELATION_ID.key())),
                              text(metaData.get(MetadataKey.CAUSATION_ID.key())));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** One recorded event as an auditor reads it. {@code position} is its global index. */
    public record AuditEntry(long position, String eventId, @Nullable String recordType,
                             @Nullable String recordId, @Nullable Long sequence, String event,
                             @Schema(type = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                                     description = "the event's own fields as recorded; they differ by event")
                             Object payload,
                             String timestamp, @Nullable String issuedBy, @Nullable String recordedAt,
                             @Nullable String commandName, @Nullable String correlationId,
                             @Nullable String causationId) {
    }
}
