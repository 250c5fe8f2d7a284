package ru.kogalym.civic.command.lookup;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@link RecordReplay} from the event store, from sequence 0 (not from a snapshot, which the lookups cannot read),
 * through the same idempotent handlers as {@link CommandLookupUpdater}.
 */
@Component
class EventStoreRecordReplay implements RecordReplay {

    private final EventStore eventStore;
    private final EventMessageHandler updater;

    EventStoreRecordReplay(EventStore eventStore, NcoLookup ncoLookup, BodyLookup bodyLookup,
                           ActivityReferences activityReferences, IdentifierClaims identifierClaims) {
        this.eventStore = eventStore;
        this.updater = new AnnotationEventHandlerAdapter(
                new CommandLookupUpdater(ncoLookup, bodyLookup, activityReferences.forReplay(), identifierClaims,
                                         false));
    }

    @Override
    public void replay(String recordId) {
        eventStore.readEvents(recordId, 0).asStream().forEach(this::handle);
    }

    /**
     * {@link #replay}, the latest event first. A record comes out of its events the same in any order
     * ({@link KnownRecord}); this way each of its days changes once at most, straight to what the record says now, so
     * no day it still names goes uncounted in between. From its first event, a decided grant whose own day
     * {@link LookupSchema} marked as stated by none would move to its first application's day, and its decision's or
     * corrected application's would go uncounted until the later events came.
     */
    void replayNewestFirst(String recordId) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(recordId, 0).asStream().toList();
        for (int i = events.size() - 1; i >= 0; i--) {
            handle(events.get(i));
        }
    }

    private void handle(DomainEventMessage<?> event) {
        try {
            updater.handle(event);
        } catch (Exception e) {
            throw new IllegalStateException("could not replay " + event.getAggregateIdentifier() + " into the lookups",
                                            e);
        }
    }
}
