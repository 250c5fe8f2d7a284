package ru.kogalym.civic.command.lookup;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

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
                new CommandLookupUpdater(ncoLookup, bodyLookup, activityReferences, identifierClaims, false));
    }

    @Override
    public void replay(String recordId) {
        eventStore.readEvents(recordId, 0).asStream().forEach(event -> {
            try {
                updater.handle(event);
            } catch (Exception e) {
                throw new IllegalStateException("could not replay " + recordId + " into the lookups", e);
            }
        });
    }
}
