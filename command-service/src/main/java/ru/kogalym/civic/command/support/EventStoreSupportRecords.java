package ru.kogalym.civic.command.support;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.contract.support.SupportRecordedEvent;
import ru.kogalym.civic.contract.support.SupportWithdrawnEvent;

/**
 * A support's standing read from its own stream (a support has a handful of events). A withdrawal racing an
 * inclusion may land after it; the register then shows the entry beside a withdrawn support until staff exclude it.
 */
@Component
class EventStoreSupportRecords implements SupportRecords {

    private final EventStore eventStore;

    EventStoreSupportRecords(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Standing standing(String supportId) {
        DomainEventStream events = eventStore.readEvents(supportId, 0);
        if (!events.hasNext() || !(events.next().getPayload() instanceof SupportRecordedEvent)) {
            return Standing.UNKNOWN;
        }
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getPayload() instanceof SupportWithdrawnEvent) {
                return Standing.WITHDRAWN;
            }
        }
        return Standing.STANDING;
    }
}
