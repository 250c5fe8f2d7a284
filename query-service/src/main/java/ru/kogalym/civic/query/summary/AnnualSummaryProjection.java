package ru.kogalym.civic.query.summary;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.bson.Document;
import ru.kogalym.civic.query.projection.ReadModelCollection;
import ru.kogalym.civic.query.projection.ReadModels;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.contract.activity.ActivityStatement;
import ru.kogalym.civic.contract.activity.ActivityWithdrawn;
import ru.kogalym.civic.contract.cityevent.EventParticipationCorrectedEvent;
import ru.kogalym.civic.contract.cityevent.EventParticipationRecordedEvent;
import ru.kogalym.civic.contract.grant.GrantApplicationCorrectedEvent;
import ru.kogalym.civic.contract.grant.GrantAppliedForEvent;
import ru.kogalym.civic.contract.grant.GrantAwardedEvent;
import ru.kogalym.civic.contract.grant.GrantRejectedEvent;
import ru.kogalym.civic.contract.meeting.MeetingCorrectedEvent;
import ru.kogalym.civic.contract.meeting.MeetingHeldEvent;
import ru.kogalym.civic.contract.nco.NcoExcludedFromStateRegistryEvent;
import ru.kogalym.civic.contract.nco.NcoLiquidatedEvent;
import ru.kogalym.civic.contract.nco.NcoRecognizedAsSoncoEvent;
import ru.kogalym.civic.contract.nco.NcoRegisteredEvent;
import ru.kogalym.civic.contract.nco.NcoRegistrationCorrectedEvent;
import ru.kogalym.civic.contract.nco.NcoRenamedEvent;
import ru.kogalym.civic.contract.nco.NcoSoncoStatusWithdrawnEvent;
import ru.kogalym.civic.contract.nco.NcoStateRegistrationRecordedEvent;
import ru.kogalym.civic.contract.nco.NcoWithdrawnEvent;
import ru.kogalym.civic.contract.priority.PriorityTask;
import ru.kogalym.civic.contract.priority.PriorityTaskAddedEvent;
import ru.kogalym.civic.contract.priority.PriorityTaskMarkedDoneEvent;
import ru.kogalym.civic.contract.priority.YearPrioritiesSetEvent;
import ru.kogalym.civic.contract.raid.RaidCorrectedEvent;
import ru.kogalym.civic.contract.raid.RaidRecordedEvent;
import ru.kogalym.civic.contract.support.SupportCorrectedEvent;
import ru.kogalym.civic.contract.support.SupportRecordedEvent;
import ru.kogalym.civic.query.summary.SummaryRecords.ActivityType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;


/**
 * Keeps the per-record documents the annual summary is computed from: one per NCO with its dated history, one per
 * activity with its current (corrected) values and withdrawn flag, one per year's priorities. Each document lists
 * the ids of the events applied to it, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(AnnualSummaryProjection.PROCESSING_GROUP)
class AnnualSummaryProjection {

    public static final String PROCESSING_GROUP = "annual-summary";
    public static final String NCOS = "summary_ncos";
    public static final String ACTIVITIES = "summary_activities";
    public static final String PRIORITIES = "summary_priorities";

    static final String APPLIED = "appliedEvents";
    /** A record's fields that only illustrate what the source does not give, as its latest full event says. */
    static final String ILLUSTRATIVE = "illustrative";

    private final ReadModelCollection ncos;
    private final ReadModelCollection activities;
    private final ReadModelCollection priorities;

    public AnnualSummaryProjection(ReadModels readModels) {
        this.ncos = readModels.collection(NCOS);
        this.activities = readModels.collection(ACTIVITIES);
        this.priorities = readModels.collection(PRIORITIES);
    }

    // --- NCOs -------------------------------------------------------------------------------------------------

    @EventHandler
    public void on(NcoRegisteredEvent event, EventMessage<?> message) {
        update(ncos, event.ncoId(), message.getIdentifier(), nco -> {
            nco.put("registeredOn", date(event.registeredOn()));
            nco.put(ILLUSTRATIVE, Illustrative.fields(message));
            List<Document> names = nco.getList("names", Document.class, new ArrayList<>());
            names.add(0, new Document("from", date(event.registeredOn()))
                    .append("fullName", event.fullName())
                    .append("shortName", event.shortName())
                    .append("nameTranslation", event.nameTranslation()));
            nco.put("names", names);
            if (event.stateRegistration() != null && event.stateRegistration().registeredOn() != null) {
                List<Document> state = nco.getList("stateRegistry", Document.class, new ArrayList<>());
                state.add(0, status(event.stateRegistration().registeredOn(), true));
                nco.put("stateRegistry", state);
            }
        });
    }

    /** The registration's names are the first of its names, which the correction replaces. */
    @EventHandler
    public void on(NcoRegistrationCorrectedEvent event, @MessageIdentifier String eventId) {
        update(ncos, event.ncoId(), eventId, nco -> {
            List<Document> names = new ArrayList<>(nco.getList("names", Document.class, List.of()));
            if (nco.getString("registeredOn") != null && !names.isEmpty()) {
                names.remove(0);
            }
            names.add(0, new Document("from", date(event.registeredOn()))
                    .append("fullName", event.fullName())
                    .append("shortName", event.shortName())
                    .append("nameTranslation", event.nameTranslation()));
            nco.put("names", names);
            nco.put("registeredOn", date(event.registeredOn()));
        });
    }

    @EventHandler
    public void on(NcoWithdrawnEvent event, @MessageIdentifier String eventId) {
        update(ncos, event.ncoId(), eventId, nco -> nco.put("withdrawn", true));
    }

    @EventHandler
    public void on(NcoRenamedEvent event, @MessageIdentifier String eventId) {
        update(ncos, event.ncoId(), eventId, nco -> append(nco, "names", new Document("from", date(event.renamedOn()))
                .append("fullName", event.fullName())
                .append("shortName", event.shortName())
                .append("nameTranslation", event.nameTranslation())));
    }

    @EventHandler
    public void on(NcoStateRegistrationRecordedEvent event, @MessageIdentifier String eventId) {
        update(ncos, event.ncoId(), eventId, nco -> append(nco, "stateRegistry", status(event.registeredOn(), true)));
    }

    @EventHandler
    public void on(NcoExcludedFromStateRegistryEvent event, @MessageIdentifier String eventId) {
        update(ncos, event.ncoId(), eventId, nco -> append(nco, "stateRegistry", status(event.excludedOn(), false)));
    }

    @EventHandler
    public void on(NcoRecognizedAsSoncoEvent event, @MessageIdentifier String eventId) {
        update(ncos, event.ncoId(), eventId, nco -> append(nco, "sonco", status(event.recognizedOn(), true)));
    }

    @EventHandler
    public void on(NcoSoncoStatusWithdrawnEvent event, @MessageIdentifier String eventId) {
        update(ncos, event.ncoId(), eventId, nco -> append(nco, "sonco", status(event.withdrawnOn(), false)));
    }

    @EventHandler
    public void on(NcoLiquidatedEvent event, @MessageIdentifier String eventId) {
        update(ncos, event.ncoId(), eventId, nco -> nco.put("liquidatedOn", date(event.liquidatedOn())));
    }

    // --- activities: what each kind keeps beyond its type, id and date ------------------------------------------

    @EventHandler
    public void on(MeetingHeldEvent event, @MessageIdentifier String eventId) {
        stated(event, eventId, event.kind(), doc -> doc.meeting(!event.ncoIds().isEmpty()));
    }

    @EventHandler
    public void on(MeetingCorrectedEvent event, @MessageIdentifier String eventId) {
        stated(event, eventId, event.kind(), doc -> doc.meeting(!event.ncoIds().isEmpty()));
    }

    @EventHandler
    public void on(RaidRecordedEvent event, EventMessage<?> message) {
        stated(event, message.getIdentifier(), null,
               raid(event.leafletsDistributed(), event.residentsReached(), message));
    }

    @EventHandler
    public void on(RaidCorrectedEvent event, EventMessage<?> message) {
        stated(event, message.getIdentifier(), null,
               raid(event.leafletsDistributed(), event.residentsReached(), message));
    }

    private static UnaryOperator<ActivityDocument> raid(int leaflets, Integer residents, EventMessage<?> message) {
        return doc -> doc.raid(leaflets, residents == null ? 0 : residents).illustrated(Illustrative.fields(message));
    }

    @EventHandler
    public void on(EventParticipationRecordedEvent event, EventMessage<?> message) {
        stated(event, message.getIdentifier(), event.eventKind(), illustrated(message));
    }

    @EventHandler
    public void on(EventParticipationCorrectedEvent event, EventMessage<?> message) {
        stated(event, message.getIdentifier(), event.eventKind(), illustrated(message));
    }

    private static UnaryOperator<ActivityDocument> illustrated(EventMessage<?> message) {
        return doc -> doc.illustrated(Illustrative.fields(message));
    }

    @EventHandler
    public void on(SupportRecordedEvent event, @MessageIdentifier String eventId) {
        stated(event, eventId, event.kind(), doc -> doc.support(event.amountKopecks()));
    }

    @EventHandler
    public void on(SupportCorrectedEvent event, @MessageIdentifier String eventId) {
        stated(event, eventId, event.kind(), doc -> doc.support(event.amountKopecks()));
    }

    /** A grant's kind is its level. */
    @EventHandler
    public void on(GrantAppliedForEvent event, @MessageIdentifier String eventId) {
        stated(event, eventId, event.level(), UnaryOperator.identity());
    }

    @EventHandler
    public void on(GrantApplicationCorrectedEvent event, @MessageIdentifier String eventId) {
        stated(event, eventId, event.level(), UnaryOperator.identity());
    }

    @EventHandler
    public void on(GrantAwardedEvent event, @MessageIdentifier String eventId) {
        activity(ActivityType.GRANT, event.grantApplicationId(), eventId, doc -> doc.levelIfUnknown(event.level())
                .decided(GrantDecision.AWARDED, event.decidedOn(), event.amountAwardedKopecks()));
    }

    @EventHandler
    public void on(GrantRejectedEvent event, @MessageIdentifier String eventId) {
        activity(ActivityType.GRANT, event.grantApplicationId(), eventId, doc -> doc.levelIfUnknown(event.level())
                .decided(GrantDecision.REJECTED, event.decidedOn(), null));
    }

    // --- activities: what every kind shares ------------------------------------------------------------------------

    /**
     * A record's current values as its recording or correction states them: its kind ({@code null} for a kind of
     * activity that has none) and date, then what only its kind keeps.
     */
    private void stated(ActivityStatement event, String eventId, Enum<?> kind, UnaryOperator<ActivityDocument> kindsOwn) {
        activity(ActivityType.of(event.activity()), event.recordId(), eventId,
                 doc -> kindsOwn.apply(doc.stated(kind, event.occurredOn())));
    }

    @EventHandler
    public void on(ActivityWithdrawn event, @MessageIdentifier String eventId) {
        activity(ActivityType.of(event.activity()), event.recordId(), eventId, ActivityDocument::asWithdrawn);
    }

    /** Applies {@code change} to the record's document unless the event was already applied to it. */
    private void activity(ActivityType type, String recordId, String eventId, UnaryOperator<ActivityDocument> change) {
        String id = ActivityDocument.key(type, recordId);
        Document stored = activities.find(id);
        ActivityDocument doc = stored == null ? ActivityDocument.none(type, recordId) : ActivityDocument.fromDocument(stored);
        if (doc.hasApplied(eventId)) {
            return;
        }
        activities.replace(id, change.apply(doc.of(type, recordId)).applied(eventId).toDocument());
    }

    // --- priorities ---------------------------------------------------------------------------------------------

    @EventHandler
    public void on(YearPrioritiesSetEvent event, @MessageIdentifier String eventId) {
        update(priorities, event.year(), eventId, plan -> {
            List<Document> tasks = plan.getList("tasks", Document.class, new ArrayList<>());
            List<Document> set = new ArrayList<>();
            for (PriorityTask task : event.tasks()) {
                set.add(task(task.taskId(), task.title(), task.description()));
            }
            for (Document existing : tasks) {
                if (set.stream().noneMatch(t -> t.getString("taskId").equals(existing.getString("taskId")))) {
                    set.add(existing);
                }
            }
            plan.put("tasks", set);
        });
    }

    @EventHandler
    public void on(PriorityTaskAddedEvent event, @MessageIdentifier String eventId) {
        update(priorities, event.year(), eventId, plan -> {
            List<Document> tasks = plan.getList("tasks", Document.class, new ArrayList<>());
            if (tasks.stream().noneMatch(t -> event.taskId().equals(t.getString("taskId")))) {
                tasks.add(task(event.taskId(), event.title(), event.description()));
            }
            plan.put("tasks", tasks);
        });
    }

    @EventHandler
    public void on(PriorityTaskMarkedDoneEvent event, @MessageIdentifier String eventId) {
        update(priorities, event.year(), eventId, plan -> {
            List<Document> tasks = plan.getList("tasks", Document.class, new ArrayList<>());
            tasks.stream().filter(t -> event.taskId().equals(t.getString("taskId")))
                 .forEach(t -> t.put("done", true));
            plan.put("tasks", tasks);
        });
    }

    private static Document task(String taskId, String title, String description) {
        return new Document("taskId", taskId).append("title", title).append("description", description)
                                             .append("done", false);
    }

    @ResetHandler
    public void reset() {
        ncos.deleteAll();
        activities.deleteAll();
        priorities.deleteAll();
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    /** Applies {@code change} to the document unless the event was already applied to it. */
    private static void update(ReadModelCollection collection, String id, String eventId,
                               Consumer<Document> change) {
        Document doc = collection.find(id);
        if (doc == null) {
            doc = new Document("_id", id);
        }
        List<String> applied = new ArrayList<>(doc.getList(APPLIED, String.class, List.of()));
        if (eventId != null && applied.contains(eventId)) {
            return;
        }
        change.accept(doc);
        if (eventId != null) {
            applied.add(eventId);
        }
        doc.put(APPLIED, applied);
        collection.replace(id, doc);
    }

    private static void append(Document doc, String field, Document entry) {
        List<Document> list = new ArrayList<>(doc.getList(field, Document.class, List.of()));
        list.add(entry);
        doc.put(field, list);
    }

    private static Document status(LocalDate on, boolean in) {
        return new Document("on", date(on)).append("in", in);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
