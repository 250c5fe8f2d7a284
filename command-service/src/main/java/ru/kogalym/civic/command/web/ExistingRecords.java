package ru.kogalym.civic.command.web;

import ru.kogalym.civic.command.common.Problem;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.command.lookup.BodyLookup;
import ru.kogalym.civic.command.lookup.NcoLookup;

import java.util.Optional;

/**
 * Whether the record (or a part of it) a request names exists, asked before a command is sent so that an unknown id,
 * or the id of a record of another type, is a {@code 404} and not whatever the aggregate would make of it.
 *
 * <p>A record the command side's lookups know ({@link AggregateType.Lookup}) costs no read of the event store. The
 * lookups are written in the unit of work of the command that created the record, but a killed process can leave one
 * out until {@code CommandLookupRepair} catches up, so an id the lookups do not know is decided by the first event of
 * its stream, and only that event is read.
 */
@Component
class ExistingRecords {

    private final NcoLookup ncos;
    private final BodyLookup bodies;
    private final EventStore eventStore;

    ExistingRecords(NcoLookup ncos, BodyLookup bodies, EventStore eventStore) {
        this.ncos = ncos;
        this.bodies = bodies;
        this.eventStore = eventStore;
    }

    /** The id if well formed and naming a record of the type; a 400 or 404 problem otherwise. */
    String require(AggregateType type, String id) {
        String recordId = Ids.requireValid(type.idParam(), id);
        if (!type.lookup().knows(ncos, bodies, recordId)
                && !firstEvent(recordId).map(event -> type.isCreatedBy(event.getPayload())).orElse(false)) {
            throw ApiProblem.notFound(type.idParam(), Problem.NO_RECORD, type.label(), recordId);
        }
        return recordId;
    }

    /** The first event of the stream {@code id}, if there is one; the rest of the stream is not read. */
    Optional<DomainEventMessage<?>> firstEvent(String id) {
        DomainEventStream events = eventStore.readEvents(id, 0);
        return events.hasNext() ? Optional.of(events.next()) : Optional.empty();
    }

    /** The event of the record's stream that created the part, if any: reads the stream up to it, or all of it. */
    Optional<DomainEventMessage<?>> partCreation(String recordId, PartType part, String partId) {
        DomainEventStream events = eventStore.readEvents(recordId, 0);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (part.createdBy().test(event.getPayload(), partId)) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }
}
