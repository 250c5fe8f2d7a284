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
import ru.kogalym.civic.contract.grant.GrantLevel;
import ru.kogalym.civic.contract.grant.GrantRejectedEvent;
import ru.kogalym.civic.contract.meeting.MeetingCorrectedEvent;
import ru.kogalym.civic.contract.meeting.MeetingHeldEvent;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.contract.raid.RaidCorrectedEvent;
import ru.kogalym.civic.contract.raid.RaidRecordedEvent;
import ru.kogalym.civic.contract.support.SupportCorrectedEvent;
import ru.kogalym.civic.contract.support.SupportKind;
import ru.kogalym.civic.contract.support.SupportRecordedEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import static ru.kogalym.civic.query.journal.JournalDetail.*;
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
        recorded(e, e.topic(), meeting(e.kind(), e.venue(), e.bodyId(), e.otherParticipants(), e.minutes()), message);
    }

    @EventHandler
    public void on(MeetingCorrectedEvent e, EventMessage<?> message) {
        corrected(e, e.topic(), meeting(e.kind(), e.venue(), e.bodyId(), e.otherParticipants(), e.minutes()), message);
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
        recorded(e, e.eventName(), details(EVENT_KIND, e.eventKind()).and(PARTICIPANTS_COUNT, e.participantsCount()),
                 message);
    }

    @EventHandler
    public void on(EventParticipationCorrectedEvent e, EventMessage<?> message) {
        corrected(e, e.eventName(), details(EVENT_KIND, e.eventKind()).and(PARTICIPANTS_COUNT, e.participantsCount()),
                  message);
    }

    @EventHandler
    public void on(SupportRecordedEvent e, EventMessage<?> message) {
        recorded(e, e.description(),
                 support(e.kind(), e.amountKopecks(), e.periodFrom(), e.periodTo(), e.providedBy()), message);
    }

    @EventHandler
    public void on(SupportCorrectedEvent e, EventMessage<?> message) {
        corrected(e, e.description(),
                  support(e.kind(), e.amountKopecks(), e.periodFrom(), e.periodTo(), e.providedBy()), message);
    }

    @EventHandler
    public void on(GrantAppliedForEvent e, EventMessage<?> message) {
        recorded(e, e.project(),
                 grant(e.level(), e.contest(), e.amountRequestedKopecks()).and(STATUS, GrantStatus.APPLIED), message);
    }

    /** The status stays as it is: a correction of the application decides nothing. */
    @EventHandler
    public void on(GrantApplicationCorrectedEvent e, EventMessage<?> message) {
        corrected(e, e.project(), grant(e.level(), e.contest(), e.amountRequestedKopecks()), message);
    }

    @EventHandler
    public void on(GrantAwardedEvent e, EventMessage<?> message) {
        update(GRANT, e.grantApplicationId(), message, entry -> entry.amended(
                details(STATUS, GrantStatus.AWARDED).and(DECIDED_ON, e.decidedOn())
                        .and(AMOUNT_AWARDED, e.amountAwardedKopecks()).stored(),
                EventAudit.of(message)));
    }

    @EventHandler
    public void on(GrantRejectedEvent e, EventMessage<?> message) {
        update(GRANT, e.grantApplicationId(), message, entry -> entry.amended(
                details(STATUS, GrantStatus.REJECTED).and(DECIDED_ON, e.decidedOn())
                        .and(DECISION_REASON, e.reason()).stored(),
                EventAudit.of(message)));
    }

    // --- what every kind shares ---

    @EventHandler
    public void on(ActivityWithdrawn e, EventMessage<?> message) {
        update(ActivityKind.of(e.activity()), e.recordId(), message,
               entry -> entry.withdrawn(e.reason(), EventAudit.of(message)));
    }

    private void recorded(ActivityRecorded e, String title, JournalDetail.Values details, EventMessage<?> message) {
        record(ActivityEntry.recorded(ActivityKind.of(e.activity()), e.recordId(), e.occurredOn(), title, e.ncoIds(),
                                      details.stored(), EventAudit.of(message)));
    }

    private void corrected(ActivityCorrected e, String title, JournalDetail.Values details, EventMessage<?> message) {
        update(ActivityKind.of(e.activity()), e.recordId(), message, entry -> entry.corrected(
                e.occurredOn(), title, e.ncoIds(), details.stored(), e.reason(), EventAudit.of(message)));
    }

    @ResetHandler
    public void reset() {
        activities.deleteAll();
    }

    private static JournalDetail.Values meeting(MeetingKind kind, String venue, String bodyId, List<String> others,
                                                String minutes) {
        return details(MEETING_KIND, kind).and(VENUE, venue).and(BODY_ID, bodyId).and(OTHER_PARTICIPANTS, others)
                                          .and(MINUTES, minutes);
    }

    private static JournalDetail.Values raid(String location, List<String> officials, int leaflets, Integer residents) {
        return details(LOCATION, location).and(OFFICIALS, officials).and(LEAFLETS_DISTRIBUTED, leaflets)
                                          .and(RESIDENTS_REACHED, residents);
    }

    private static JournalDetail.Values support(SupportKind kind, Long kopecks, LocalDate from, LocalDate to,
                                                String by) {
        return details(SUPPORT_KIND, kind).and(AMOUNT, kopecks).and(PERIOD_FROM, from).and(PERIOD_TO, to)
                                          .and(PROVIDED_BY, by);
    }

    private static JournalDetail.Values grant(GrantLevel level, String contest, long requestedKopecks) {
        return details(LEVEL, level).and(CONTEST, contest).and(AMOUNT_REQUESTED, requestedKopecks);
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
