package ru.kogalym.civic.query.support;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.contract.support.SupportRegisterEntryChangedEvent;
import ru.kogalym.civic.contract.support.SupportRegisterEntryExcludedEvent;
import ru.kogalym.civic.contract.support.SupportRegisterEntryIncludedEvent;
import ru.kogalym.civic.query.journal.EventAudit;
import ru.kogalym.civic.query.projection.ReadModelCollection;
import ru.kogalym.civic.query.projection.ReadModels;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;


/** The entries of the art. 31.2 support register ({@value #COLLECTION}), one document per entry, by number. */
@Component
@ProcessingGroup(SupportRegisterProjection.PROCESSING_GROUP)
class SupportRegisterProjection {

    public static final String PROCESSING_GROUP = "support-register";
    public static final String COLLECTION = "read_support_register";
    private static final Function<Document, RegisterEntry> ENTRY = RegisterEntry::fromDocument;
    private static final String BY_NUMBER = "by number";

    private final ReadModelCollection entries;

    public SupportRegisterProjection(ReadModels readModels) {
        this.entries = readModels.collection(COLLECTION);
    }

    @EventHandler
    public void on(SupportRegisterEntryIncludedEvent event, EventMessage<?> message) {
        Document existing = entries.find(event.entryNumber());
        if (existing != null && RegisterEntry.fromDocument(existing).hasApplied(message.getIdentifier())) {
            return;
        }
        save(RegisterEntry.included(event, EventAudit.of(message)));
    }

    @EventHandler
    public void on(SupportRegisterEntryChangedEvent event, EventMessage<?> message) {
        update(event.entryNumber(), message, entry -> entry.changed(event, EventAudit.of(message)));
    }

    @EventHandler
    public void on(SupportRegisterEntryExcludedEvent event, EventMessage<?> message) {
        update(event.entryNumber(), message, entry -> entry.excluded(event, EventAudit.of(message)));
    }

    @ResetHandler
    public void reset() {
        entries.deleteAll();
    }

    /** Every entry, by number: kept in memory, sorted once for as long as the register does not change. */
    List<RegisterEntry> all() {
        return entries.mirror(ENTRY).derived(BY_NUMBER, mirror -> mirror.values().stream()
                .sorted(Comparator.comparingInt(RegisterEntry::number)).toList());
    }

    Optional<RegisterEntry> entry(int number) {
        return Optional.ofNullable(entries.find(number)).map(RegisterEntry::fromDocument);
    }

    private void update(int number, EventMessage<?> message, UnaryOperator<RegisterEntry> transition) {
        Document existing = entries.find(number);
        if (existing == null) {
            return;
        }
        RegisterEntry entry = RegisterEntry.fromDocument(existing);
        if (entry.hasApplied(message.getIdentifier())) {
            return;
        }
        save(transition.apply(entry));
    }

    private void save(RegisterEntry entry) {
        entries.replace(entry.number(), entry.toDocument());
    }
}
