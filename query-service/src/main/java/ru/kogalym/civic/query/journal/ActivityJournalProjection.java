package ru.kogalym.civic.query.journal;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import ru.kogalym.civic.query.projection.ReadModelCollection;
import ru.kogalym.civic.query.projection.ReadModels;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.contract.activity.ActivityCorrected;
import ru.kogalym.civic.contract.activity.ActivityRecorded;
import ru.kogalym.civic.contract.activity.ActivityWithdrawn;
import ru.kogalym.civic.contract.cityevent.EventParticipationCorrectedEvent;
import ru.kogalym.civic.contract.cityevent.EventParticipationRecordedEvent;
import ru.kogalym.civic.contract.grant.GrantApplicationCorrectedEvent;
import ru.kogalym.civic.contract.grant.GrantAppliedForEvent;
import ru.kogalym.civic.contract.grant.GrantAwardedEvent;
import ru.kogalym.civic.contract.grant.GrantRejectedEvent;
import ru.kogalym.civic.contract.meeting.MeetingCorrectedEvent;
import ru.kogalym.civic.contract.meeting.MeetingHeldEvent;
import ru.kogalym.civic.contract.raid.RaidCorrectedEvent;
import ru.kogalym.civic.contract.raid.RaidRecordedEvent;
import ru.kogalym.civic.contract.support.SupportCorrectedEvent;
import ru.kogalym.civic.contract.support.SupportRecordedEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static ru.kogalym.civic.query.journal.ActivityEntry.details;
import static ru.kogalym.civic.query.journal.ActivityKind.GRANT;

/**
 * The activity journal read model ({@value #COLLECTION}): one document per meeting, raid, city-event
 * participation, support or grant application, keyed by kind and id, with its corrected values and withdrawal.
 */
@Component
@ProcessingGroup(ActivityJournalProjection.PROCESSING_GROUP)
public class ActivityJournalProjection {

    public static final String PROCESSING_GROUP = "activity-journal";
    public static final String COLLECTION = "read_activities";

    private final ReadModelCollection activities;

    public ActivityJournalProjection(ReadModels readModels) {
        this.activities = readModels.collection(COLLECTION);
    }

    // --- what each kind records beyond the shared values: its title and its own details ---

    @EventHandler
    public void on(MeetingHeldEvent e, EventMessage<?> message) {
        recorded(e, e.topic(),
                 meeting(name(e.kind()), e.venue(), e.bodyId(), e.otherParticipants(), e.minutes()), message);
    }

    @EventHandler
    public void on(MeetingCorrectedEvent e, EventMessage<?> message) {
        corrected(e, e.topic(),
                  meeting(name(e.kind()), e.venue(), e.bodyId(), e.otherParticipants(), e.minutes()), message);
    }

    @EventHandler
    public void on(RaidRecordedEvent e, EventMessage<?> message) {
        recorded(e, e.purpose(),
                 raid(e.location(), e.officials(), e.leafletsDistributed(), e.residentsReached()), message);
    }

    @EventHandler
    public void on(RaidCorrectedEvent e, EventMessage<?> message) {
        corrected(e, e.purpose(),
                  raid(e.location(), e.officials(), e.leafletsDistributed(), e.residentsReached()), message);
    }

    @EventHandler
    public void on(EventParticipationRecordedEvent e, EventMessage<?> message) {
        recorded(e, e.eventName(), participation(name(e.eventKind()), e.participantsCount()), message);
    }

    @EventHandler
    public void on(EventParticipationCorrectedEvent e, EventMessage<?> message) {
        corrected(e, e.eventName(), participation(name(e.eventKind()), e.participantsCount()), message);
    }

    @EventHandler
    public void on(SupportRecordedEvent e, EventMessage<?> message) {
        recorded(e, e.description(),
                 support(name(e.kind()), e.amountKopecks(), e.periodFrom(), e.periodTo(), e.providedBy()), message);
    }

    @EventHandler
    public void on(SupportCorrectedEvent e, EventMessage<?> message) {
        corrected(e, e.description(),
                  support(name(e.kind()), e.amountKopecks(), e.periodFrom(), e.periodTo(), e.providedBy()), message);
    }

    @EventHandler
    public void on(GrantAppliedForEvent e, EventMessage<?> message) {
        recorded(e, e.project(),
                 grant(name(e.level()), e.contest(), e.amountRequestedKopecks(), GrantStatus.APPLIED.name()), message);
    }

    @EventHandler
    public void on(GrantApplicationCorrectedEvent e, EventMessage<?> message) {
        corrected(e, e.project(), grant(name(e.level()), e.contest(), e.amountRequestedKopecks(), null), message);
    }

    @EventHandler
    public void on(GrantAwardedEvent e, EventMessage<?> message) {
        update(GRANT, e.grantApplicationId(), message, entry -> entry.amended(
                details("status", GrantStatus.AWARDED.name(), "decidedOn", text(e.decidedOn()), "amountAwarded", e.amountAwardedKopecks()),
                EventAudit.of(message)));
    }

    @EventHandler
    public void on(GrantRejectedEvent e, EventMessage<?> message) {
        update(GRANT, e.grantApplicationId(), message, entry -> entry.amended(
                details("status", GrantStatus.REJECTED.name(), "decidedOn", text(e.decidedOn()), "decisionReason", e.reason()),
                EventAudit.of(message)));
    }

    // --- what every kind shares ---

    @EventHandler
    public void on(ActivityWithdrawn e, EventMessage<?> message) {
        update(ActivityKind.of(e.activity()), e.recordId(), message,
               entry -> entry.withdrawn(e.reason(), EventAudit.of(message)));
    }

    private void recorded(ActivityRecorded e, String title, Map<String, Object> details, EventMessage<?> message) {
        record(ActivityEntry.recorded(ActivityKind.of(e.activity()), e.recordId(), e.occurredOn(), title, e.ncoIds(),
                                      details, EventAudit.of(message)));
    }

    private void corrected(ActivityCorrected e, String title, Map<String, Object> details, EventMessage<?> message) {
        update(ActivityKind.of(e.activity()), e.recordId(), message, entry -> entry.corrected(
                e.occurredOn(), title, e.ncoIds(), details, e.reason(), EventAudit.of(message)));
    }

    @ResetHandler
    public void reset() {
        activities.deleteAll();
    }

    private static Map<String, Object> meeting(String kind, String venue, String bodyId, List<String> others, String minutes) {
        return details("meetingKind", kind, "venue", venue, "bodyId", bodyId,
                       "otherParticipants", others.isEmpty() ? null : others, "minutes", minutes);
    }

    private static Map<String, Object> raid(String location, List<String> officials, int leaflets, Integer residents) {
        return details("location", location, "officials", officials.isEmpty() ? null : officials,
                       "leafletsDistributed", leaflets, "residentsReached", residents);
    }

    private static Map<String, Object> participation(String eventKind, Integer participantsCount) {
        return details("eventKind", eventKind, "participantsCount", participantsCount);
    }

    private static Map<String, Object> support(String kind, Long kopecks, LocalDate from, LocalDate to, String by) {
        return details("supportKind", kind, "amount", kopecks, "periodFrom", text(from), "periodTo", text(to),
                       "providedBy", by);
    }

    private static Map<String, Object> grant(String level, String contest, long requestedKopecks, String status) {
        Map<String, Object> details = details("level", level, "contest", contest, "amountRequested", requestedKopecks);
        if (status != null) {
            details.put("status", status);
        }
        return details;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private void record(ActivityEntry entry) {
        String documentId = ActivityEntry.documentId(entry.kind(), entry.id());
        Document existing = activities.find(documentId);
        if (existing != null && ActivityEntry.fromDocument(existing).hasApplied(entry.appliedEvents().get(0))) {
            return;
        }
        save(entry);
    }

    private void update(ActivityKind kind, String id, EventMessage<?> message, UnaryOperator<ActivityEntry> transition) {
        Document existing = activities.find(ActivityEntry.documentId(kind, id));
        if (existing == null) {
            return;
        }
        ActivityEntry entry = ActivityEntry.fromDocument(existing);
        if (entry.hasApplied(message.getIdentifier())) {
            return;
        }
        save(transition.apply(entry));
    }

    private void save(ActivityEntry entry) {
        activities.replace(ActivityEntry.documentId(entry.kind(), entry.id()), entry.toDocument());
    }
}
