package ru.kogalym.civic.command.meeting;

import ru.kogalym.civic.command.common.Problem;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import ru.kogalym.civic.command.common.Checks;
import ru.kogalym.civic.command.common.InvalidCommandException;
import ru.kogalym.civic.command.common.Limits;
import ru.kogalym.civic.command.common.RuleViolationException;
import ru.kogalym.civic.command.lookup.ReferenceGate;
import ru.kogalym.civic.contract.council.BodyKind;
import ru.kogalym.civic.contract.meeting.CorrectMeetingCommand;
import ru.kogalym.civic.contract.meeting.HoldMeetingCommand;
import ru.kogalym.civic.contract.meeting.MeetingCorrectedEvent;
import ru.kogalym.civic.contract.meeting.MeetingHeldEvent;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.contract.meeting.MeetingWithdrawnEvent;
import ru.kogalym.civic.contract.meeting.WithdrawMeetingCommand;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A meeting held with NCOs: a working meeting, a session of a commission or council, a consultation, a seminar.
 * It can be corrected (every field anew, with a reason) or withdrawn (with a reason), never edited or deleted.
 */
@Aggregate
class Meeting {

    /** What a meeting records, validated and normalised. */
    record Details(MeetingKind kind, String topic, LocalDate heldOn, String venue, String bodyId,
                   List<String> participantNcoIds, List<String> otherParticipants, String minutes) {

        static Details validated(MeetingKind kind, String topic, LocalDate heldOn, String venue, String bodyId,
                                 List<String> participantNcoIds, List<String> otherParticipants, String minutes,
                                 Clock clock) {
            Checks.present("kind", kind);
            String checkedBodyId = Checks.optionalId("bodyId", bodyId);
            if (checkedBodyId == null && sessionOf(kind) != null) {
                throw new InvalidCommandException("bodyId", Problem.BODY_REQUIRED_FOR_KIND, kind);
            }
            return new Details(kind,
                    Checks.required("topic", topic, Limits.NAME),
                    Checks.pastDate("heldOn", heldOn, clock),
                    Checks.optional("venue", venue, Limits.NAME),
                    checkedBodyId,
                    Checks.ids("participantNcoIds", participantNcoIds),
                    Checks.texts("otherParticipants", otherParticipants, Limits.SHORT_TEXT),
                    Checks.optional("minutes", minutes, Limits.FREE_TEXT));
        }

        /** The body exists, is of the kind a session needs, and it and every NCO were active on the day. */
        void checkReferences(ReferenceGate gate, String meetingId) {
            if (bodyId != null) {
                gate.admitBody("bodyId", meetingId, bodyId, sessionOf(kind), heldOn);
            }
            gate.admitNcos("participantNcoIds", meetingId, participantNcoIds, heldOn);
        }

        /** The kind of body whose session this kind of meeting is, if it is one. */
        private static BodyKind sessionOf(MeetingKind kind) {
            return switch (kind) {
                case COMMISSION_SESSION -> BodyKind.COMMISSION;
                case COUNCIL_SESSION -> BodyKind.COUNCIL;
                default -> null;
            };
        }
    }

    @AggregateIdentifier
    private String meetingId;
    private Details details;
    private boolean withdrawn;

    protected Meeting() {
        // for Axon
    }

    @CommandHandler
    public Meeting(HoldMeetingCommand command, Clock clock, ReferenceGate gate) {
        String id = Checks.id("meetingId", command.meetingId());
        Details held = Details.validated(command.kind(), command.topic(), command.heldOn(), command.venue(),
                command.bodyId(), command.participantNcoIds(), command.otherParticipants(), command.minutes(), clock);

        held.checkReferences(gate, id);

        apply(new MeetingHeldEvent(id, held.kind(), held.topic(), held.heldOn(), held.venue(), held.bodyId(),
                held.participantNcoIds(), held.otherParticipants(), held.minutes()));
    }

    @CommandHandler
    public void handle(CorrectMeetingCommand command, Clock clock, ReferenceGate gate) {
        Details corrected = Details.validated(command.kind(), command.topic(), command.heldOn(), command.venue(),
                command.bodyId(), command.participantNcoIds(), command.otherParticipants(), command.minutes(), clock);
        String reason = Checks.required("reason", command.reason(), Limits.FREE_TEXT);

        requireNotWithdrawn();
        if (corrected.equals(details)) {
            throw new RuleViolationException("meetingId", Problem.CORRECTION_CHANGES_NOTHING);
        }
        corrected.checkReferences(gate, meetingId);

        apply(new MeetingCorrectedEvent(meetingId, corrected.kind(), corrected.topic(), corrected.heldOn(),
                corrected.venue(), corrected.bodyId(), corrected.participantNcoIds(), corrected.otherParticipants(),
                corrected.minutes(), reason));
    }

    @CommandHandler
    public void handle(WithdrawMeetingCommand command) {
        String reason = Checks.required("reason", command.reason(), Limits.FREE_TEXT);

        requireNotWithdrawn();

        apply(new MeetingWithdrawnEvent(meetingId, reason));
    }

    private void requireNotWithdrawn() {
        if (withdrawn) {
            throw new RuleViolationException("meetingId", Problem.MEETING_WITHDRAWN, meetingId);
        }
    }

    @EventSourcingHandler
    void on(MeetingHeldEvent event) {
        meetingId = event.meetingId();
        details = new Details(event.kind(), event.topic(), event.heldOn(), event.venue(), event.bodyId(),
                event.participantNcoIds(), event.otherParticipants(), event.minutes());
    }

    @EventSourcingHandler
    void on(MeetingCorrectedEvent event) {
        details = new Details(event.kind(), event.topic(), event.heldOn(), event.venue(), event.bodyId(),
                event.participantNcoIds(), event.otherParticipants(), event.minutes());
    }

    @EventSourcingHandler
    void on(MeetingWithdrawnEvent event) {
        withdrawn = true;
    }
}
