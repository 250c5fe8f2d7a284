package ru.kogalym.civic.command.cityevent;

import ru.kogalym.civic.command.common.Problem;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import ru.kogalym.civic.command.common.Checks;
import ru.kogalym.civic.command.common.Limits;
import ru.kogalym.civic.command.common.RuleViolationException;
import ru.kogalym.civic.command.lookup.ReferenceGate;
import ru.kogalym.civic.contract.cityevent.CityEventKind;
import ru.kogalym.civic.contract.cityevent.CorrectEventParticipationCommand;
import ru.kogalym.civic.contract.cityevent.EventParticipationCorrectedEvent;
import ru.kogalym.civic.contract.cityevent.EventParticipationRecordedEvent;
import ru.kogalym.civic.contract.cityevent.EventParticipationWithdrawnEvent;
import ru.kogalym.civic.contract.cityevent.RecordEventParticipationCommand;
import ru.kogalym.civic.contract.cityevent.WithdrawEventParticipationCommand;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * NCOs' participation in a city event: a clean-up day, a sports day, a seminar, a contest, a festival. It names at
 * least one NCO. It can be corrected or withdrawn, never edited or deleted.
 */
@Aggregate
class EventParticipation {

    /** What a participation records, validated and normalised. */
    record Details(CityEventKind eventKind, String eventName, LocalDate heldOn, List<String> participantNcoIds,
                   Integer participantsCount) {

        static Details validated(CityEventKind eventKind, String eventName, LocalDate heldOn,
                                 List<String> participantNcoIds, Integer participantsCount, Clock clock) {
            return new Details(
                    Checks.present("eventKind", eventKind),
                    Checks.required("eventName", eventName, Limits.NAME),
                    Checks.pastDate("heldOn", heldOn, clock),
                    Checks.nonEmptyIds("participantNcoIds", participantNcoIds),
                    Checks.optionalNonNegative("participantsCount", participantsCount));
        }

        void checkReferences(ReferenceGate gate, String participationId) {
            gate.admitNcos("participantNcoIds", participationId, participantNcoIds, heldOn);
        }
    }

    @AggregateIdentifier
    private String participationId;
    private Details details;
    private boolean withdrawn;

    protected EventParticipation() {
        // for Axon
    }

    @CommandHandler
    public EventParticipation(RecordEventParticipationCommand command, Clock clock, ReferenceGate gate) {
        String id = Checks.id("participationId", command.participationId());
        Details recorded = Details.validated(command.eventKind(), command.eventName(), command.heldOn(),
                command.participantNcoIds(), command.participantsCount(), clock);

        recorded.checkReferences(gate, id);

        apply(new EventParticipationRecordedEvent(id, recorded.eventKind(), recorded.eventName(), recorded.heldOn(),
                recorded.participantNcoIds(), recorded.participantsCount()));
    }

    @CommandHandler
    public void handle(CorrectEventParticipationCommand command, Clock clock, ReferenceGate gate) {
        Details corrected = Details.validated(command.eventKind(), command.eventName(), command.heldOn(),
                command.participantNcoIds(), command.participantsCount(), clock);
        String reason = Checks.required("reason", command.reason(), Limits.FREE_TEXT);

        requireNotWithdrawn();
        if (corrected.equals(details)) {
            throw new RuleViolationException("participationId", Problem.CORRECTION_CHANGES_NOTHING);
        }
        corrected.checkReferences(gate, participationId);

        apply(new EventParticipationCorrectedEvent(participationId, corrected.eventKind(), corrected.eventName(),
                corrected.heldOn(), corrected.participantNcoIds(), corrected.participantsCount(), reason));
    }

    @CommandHandler
    public void handle(WithdrawEventParticipationCommand command) {
        String reason = Checks.required("reason", command.reason(), Limits.FREE_TEXT);

        requireNotWithdrawn();

        apply(new EventParticipationWithdrawnEvent(participationId, reason));
    }

    private void requireNotWithdrawn() {
        if (withdrawn) {
            throw new RuleViolationException("participationId", Problem.PARTICIPATION_WITHDRAWN, participationId);
        }
    }

    @EventSourcingHandler
    void on(EventParticipationRecordedEvent event) {
        participationId = event.participationId();
        details = new Details(event.eventKind(), event.eventName(), event.heldOn(), event.participantNcoIds(),
                event.participantsCount());
    }

    @EventSourcingHandler
    void on(EventParticipationCorrectedEvent event) {
        details = new Details(event.eventKind(), event.eventName(), event.heldOn(), event.participantNcoIds(),
                event.participantsCount());
    }

    @EventSourcingHandler
    void on(EventParticipationWithdrawnEvent event) {
        withdrawn = true;
    }
}
