package ru.kogalym.civic.command.raid;

import ru.kogalym.civic.command.common.Problem;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import ru.kogalym.civic.command.common.Checks;
import ru.kogalym.civic.command.common.Limits;
import ru.kogalym.civic.command.common.RuleViolationException;
import ru.kogalym.civic.command.lookup.ReferenceGate;
import ru.kogalym.civic.contract.raid.CorrectRaidCommand;
import ru.kogalym.civic.contract.raid.RaidCorrectedEvent;
import ru.kogalym.civic.contract.raid.RaidRecordedEvent;
import ru.kogalym.civic.contract.raid.RaidWithdrawnEvent;
import ru.kogalym.civic.contract.raid.RecordRaidCommand;
import ru.kogalym.civic.contract.raid.WithdrawRaidCommand;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An awareness raid (рейдовое мероприятие) by NCO leaders and officials: where, why, who, how many leaflets, how many
 * residents reached. It can be corrected or withdrawn, never edited or deleted.
 */
@Aggregate
class Raid {

    /** What a raid records, validated and normalised. */
    record Details(LocalDate heldOn, String location, String purpose, List<String> participantNcoIds,
                   List<String> officials, int leafletsDistributed, Integer residentsReached) {

        static Details validated(LocalDate heldOn, String location, String purpose, List<String> participantNcoIds,
                                 List<String> officials, int leafletsDistributed, Integer residentsReached,
                                 Clock clock) {
            return new Details(
                    Checks.pastDate("heldOn", heldOn, clock),
                    Checks.required("location", location, Limits.NAME),
                    Checks.required("purpose", purpose, Limits.FREE_TEXT),
                    Checks.ids("participantNcoIds", participantNcoIds),
                    Checks.texts("officials", officials, Limits.SHORT_TEXT),
                    Checks.nonNegative("leafletsDistributed", leafletsDistributed),
                    Checks.optionalNonNegative("residentsReached", residentsReached));
        }

        void checkReferences(ReferenceGate gate, String raidId) {
            gate.admitNcos("participantNcoIds", raidId, participantNcoIds, heldOn);
        }
    }

    @AggregateIdentifier
    private String raidId;
    private Details details;
    private boolean withdrawn;

    protected Raid() {
        // for Axon
    }

    @CommandHandler
    public Raid(RecordRaidCommand command, Clock clock, ReferenceGate gate) {
        String id = Checks.id("raidId", command.raidId());
        Details held = Details.validated(command.heldOn(), command.location(), command.purpose(),
                command.participantNcoIds(), command.officials(), command.leafletsDistributed(),
                command.residentsReached(), clock);

        held.checkReferences(gate, id);

        apply(new RaidRecordedEvent(id, held.heldOn(), held.location(), held.purpose(), held.participantNcoIds(),
                held.officials(), held.leafletsDistributed(), held.residentsReached()));
    }

    @CommandHandler
    public void handle(CorrectRaidCommand command, Clock clock, ReferenceGate gate) {
        Details corrected = Details.validated(command.heldOn(), command.location(), command.purpose(),
                command.participantNcoIds(), command.officials(), command.leafletsDistributed(),
                command.residentsReached(), clock);
        String reason = Checks.required("reason", command.reason(), Limits.FREE_TEXT);

        requireNotWithdrawn();
        if (corrected.equals(details)) {
            throw new RuleViolationException("raidId", Problem.CORRECTION_CHANGES_NOTHING);
        }
        corrected.checkReferences(gate, raidId);

        apply(new RaidCorrectedEvent(raidId, corrected.heldOn(), corrected.location(), corrected.purpose(),
                corrected.participantNcoIds(), corrected.officials(), corrected.leafletsDistributed(),
                corrected.residentsReached(), reason));
    }

    @CommandHandler
    public void handle(WithdrawRaidCommand command) {
        String reason = Checks.required("reason", command.reason(), Limits.FREE_TEXT);

        requireNotWithdrawn();

        apply(new RaidWithdrawnEvent(raidId, reason));
    }

    private void requireNotWithdrawn() {
        if (withdrawn) {
            throw new RuleViolationException("raidId", Problem.RAID_WITHDRAWN, raidId);
        }
    }

    @EventSourcingHandler
    void on(RaidRecordedEvent event) {
        raidId = event.raidId();
        details = new Details(event.heldOn(), event.location(), event.purpose(), event.participantNcoIds(),
                event.officials(), event.leafletsDistributed(), event.residentsReached());
    }

    @EventSourcingHandler
    void on(RaidCorrectedEvent event) {
        details = new Details(event.heldOn(), event.location(), event.purpose(), event.participantNcoIds(),
                event.officials(), event.leafletsDistributed(), event.residentsReached());
    }

    @EventSourcingHandler
    void on(RaidWithdrawnEvent event) {
        withdrawn = true;
    }
}
