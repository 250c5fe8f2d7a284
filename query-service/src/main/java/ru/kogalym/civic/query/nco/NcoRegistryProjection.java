package ru.kogalym.civic.query.nco;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import ru.kogalym.civic.query.projection.ReadModelCollection;
import ru.kogalym.civic.query.projection.ReadModels;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.contract.nco.NcoAddressChangedEvent;
import ru.kogalym.civic.contract.nco.NcoExcludedFromStateRegistryEvent;
import ru.kogalym.civic.contract.nco.NcoIdentifiersRecordedEvent;
import ru.kogalym.civic.contract.nco.NcoLeaderChangedEvent;
import ru.kogalym.civic.contract.nco.NcoLiquidatedEvent;
import ru.kogalym.civic.contract.nco.NcoRecognizedAsSoncoEvent;
import ru.kogalym.civic.contract.nco.NcoRegisteredEvent;
import ru.kogalym.civic.contract.nco.NcoRegistrationCorrectedEvent;
import ru.kogalym.civic.contract.nco.NcoRenamedEvent;
import ru.kogalym.civic.contract.nco.NcoSoncoStatusWithdrawnEvent;
import ru.kogalym.civic.contract.nco.NcoStateRegistrationRecordedEvent;
import ru.kogalym.civic.contract.nco.NcoWithdrawnEvent;
import ru.kogalym.civic.query.journal.EventAudit;

import java.util.function.UnaryOperator;


/**
 * The NCO registry read model: one document per NCO ({@value #COLLECTION}) holding its dated history.
 * Each change carries the id of the event it came from, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(NcoRegistryProjection.PROCESSING_GROUP)
public class NcoRegistryProjection {

    public static final String PROCESSING_GROUP = "nco-registry";
    public static final String COLLECTION = "read_ncos";

    private final ReadModelCollection ncos;

    public NcoRegistryProjection(ReadModels readModels) {
        this.ncos = readModels.collection(COLLECTION);
    }

    @EventHandler
    public void on(NcoRegisteredEvent event, EventMessage<?> message) {
        EventAudit audit = EventAudit.of(message);
        Document existing = ncos.find(event.ncoId());
        if (existing != null && NcoEntry.fromDocument(existing).hasApplied(audit.eventId())) {
            return;
        }
        save(NcoEntry.registered(event, audit));
    }

    @EventHandler
    public void on(NcoRegistrationCorrectedEvent event, EventMessage<?> message) {
        update(event.ncoId(), message, entry -> entry.registrationCorrected(event, EventAudit.of(message)));
    }

    @EventHandler
    public void on(NcoWithdrawnEvent event, EventMessage<?> message) {
        update(event.ncoId(), message, entry -> entry.withdrawn(event, EventAudit.of(message)));
    }

    @EventHandler
    public void on(NcoStateRegistrationRecordedEvent event, EventMessage<?> message) {
        update(event.ncoId(), message, entry -> entry.stateRegistered(event, EventAudit.of(message)));
    }

    @EventHandler
    public void on(NcoExcludedFromStateRegistryEvent event, EventMessage<?> message) {
        update(event.ncoId(), message, entry -> entry.excludedFromStateRegistry(event, EventAudit.of(message)));
    }

    @EventHandler
    public void on(NcoRenamedEvent event, EventMessage<?> message) {
        update(event.ncoId(), message, entry -> entry.renamed(event, EventAudit.of(message)));
    }

    @EventHandler
    public void on(NcoLeaderChangedEvent event, EventMessage<?> message) {
        update(event.ncoId(), message, entry -> entry.leaderChanged(event, EventAudit.of(message)));
    }

    @EventHandler
    public void on(NcoAddressChangedEvent event, EventMessage<?> message) {
        update(event.ncoId(), message, entry -> entry.addressChanged(event, EventAudit.of(message)));
    }

    @EventHandler
    public void on(NcoIdentifiersRecordedEvent event, EventMessage<?> message) {
        update(event.ncoId(), message, entry -> entry.identifiersRecorded(event, EventAudit.of(message)));
    }

    @EventHandler
    public void on(NcoRecognizedAsSoncoEvent event, EventMessage<?> message) {
        update(event.ncoId(), message, entry -> entry.recognizedAsSonco(event, EventAudit.of(message)));
    }

    @EventHandler
    public void on(NcoSoncoStatusWithdrawnEvent event, EventMessage<?> message) {
        update(event.ncoId(), message, entry -> entry.soncoStatusWithdrawn(event, EventAudit.of(message)));
    }

    @EventHandler
    public void on(NcoLiquidatedEvent event, EventMessage<?> message) {
        update(event.ncoId(), message, entry -> entry.liquidated(event, EventAudit.of(message)));
    }

    @ResetHandler
    public void reset() {
        ncos.deleteAll();
    }

    private void update(String ncoId, EventMessage<?> message, UnaryOperator<NcoEntry> transition) {
        Document existing = ncos.find(ncoId);
        if (existing == null) {
            // an NCO's events follow its registration in its own stream; without it there is nothing to change
            return;
        }
        NcoEntry entry = NcoEntry.fromDocument(existing);
        if (entry.hasApplied(message.getIdentifier())) {
            return;
        }
        save(transition.apply(entry));
    }

    private void save(NcoEntry entry) {
        ncos.replace(entry.id(), entry.toDocument());
    }
}
