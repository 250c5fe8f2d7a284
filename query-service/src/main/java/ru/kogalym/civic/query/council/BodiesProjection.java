package ru.kogalym.civic.query.council;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import ru.kogalym.civic.query.projection.ReadModelCollection;
import ru.kogalym.civic.query.projection.ReadModels;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.contract.council.BodyDissolvedEvent;
import ru.kogalym.civic.contract.council.BodyEstablishedEvent;
import ru.kogalym.civic.contract.council.BodyMemberAddedEvent;
import ru.kogalym.civic.contract.council.BodyMemberRemovedEvent;
import ru.kogalym.civic.query.journal.EventAudit;

import java.util.function.UnaryOperator;


/** Councils and commissions with their memberships ({@value #COLLECTION}), one document per body. */
@Component
@ProcessingGroup(BodiesProjection.PROCESSING_GROUP)
class BodiesProjection {

    public static final String PROCESSING_GROUP = "bodies";
    public static final String COLLECTION = "read_bodies";

    private final ReadModelCollection bodies;

    public BodiesProjection(ReadModels readModels) {
        this.bodies = readModels.collection(COLLECTION);
    }

    @EventHandler
    public void on(BodyEstablishedEvent event, EventMessage<?> message) {
        Document existing = bodies.find(event.bodyId());
        if (existing != null && BodyEntry.fromDocument(existing).hasApplied(message.getIdentifier())) {
            return;
        }
        save(BodyEntry.established(event, EventAudit.of(message)));
    }

    @EventHandler
    public void on(BodyMemberAddedEvent event, EventMessage<?> message) {
        update(event.bodyId(), message, body -> body.memberAdded(event, EventAudit.of(message)));
    }

    @EventHandler
    public void on(BodyMemberRemovedEvent event, EventMessage<?> message) {
        update(event.bodyId(), message, body -> body.memberRemoved(event, EventAudit.of(message)));
    }

    @EventHandler
    public void on(BodyDissolvedEvent event, EventMessage<?> message) {
        update(event.bodyId(), message, body -> body.dissolved(event, EventAudit.of(message)));
    }

    @ResetHandler
    public void reset() {
        bodies.deleteAll();
    }

    private void update(String bodyId, EventMessage<?> message, UnaryOperator<BodyEntry> transition) {
        Document existing = bodies.find(bodyId);
        if (existing == null) {
            return;
        }
        BodyEntry body = BodyEntry.fromDocument(existing);
        if (body.hasApplied(message.getIdentifier())) {
            return;
        }
        save(transition.apply(body));
    }

    private void save(BodyEntry body) {
        bodies.replace(body.id(), body.toDocument());
    }
}
