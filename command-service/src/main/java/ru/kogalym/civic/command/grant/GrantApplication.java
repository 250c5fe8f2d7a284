package ru.kogalym.civic.command.grant;

import ru.kogalym.civic.command.common.Problem;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import ru.kogalym.civic.command.common.Checks;
import ru.kogalym.civic.command.common.Limits;
import ru.kogalym.civic.command.common.RuleViolationException;
import ru.kogalym.civic.command.lookup.ReferenceGate;
import ru.kogalym.civic.contract.grant.ApplyForGrantCommand;
import ru.kogalym.civic.contract.grant.AwardGrantCommand;
import ru.kogalym.civic.contract.grant.CorrectGrantApplicationCommand;
import ru.kogalym.civic.contract.grant.GrantApplicationCorrectedEvent;
import ru.kogalym.civic.contract.grant.GrantApplicationWithdrawnEvent;
import ru.kogalym.civic.contract.grant.GrantAppliedForEvent;
import ru.kogalym.civic.contract.grant.GrantAwardedEvent;
import ru.kogalym.civic.contract.grant.GrantLevel;
import ru.kogalym.civic.contract.grant.GrantRejectedEvent;
import ru.kogalym.civic.contract.grant.RejectGrantCommand;
import ru.kogalym.civic.contract.grant.WithdrawGrantApplicationCommand;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An NCO's application to a municipal, okrug or federal grant contest, and the contest's decision: awarded (with the
 * amount, at most the amount requested) or rejected, once. The application can be corrected or withdrawn (with its
 * decision), never edited or deleted.
 */
@Aggregate
class GrantApplication {

    /**
     * What an application records, validated and normalised. Amounts are whole kopecks; refusals name the request's
     * field, which gives roubles ({@code amountRequested}).
     */
    record Application(String ncoId, GrantLevel level, String contest, String project, long amountRequestedKopecks,
                       LocalDate appliedOn) {

        static Application validated(String ncoId, GrantLevel level, String contest, String project,
                                     Long amountRequestedKopecks, LocalDate appliedOn, Clock clock) {
            return new Application(
                    Checks.id("ncoId", ncoId),
                    Checks.present("level", level),
                    Checks.required("contest", contest, Limits.NAME),
                    Checks.required("project", project, Limits.NAME),
                    Checks.positiveKopecks("amountRequested", amountRequestedKopecks),
                    Checks.pastDate("appliedOn", appliedOn, clock));
        }

        /**
         * The application names its NCO on the day it was made and, once decided ({@code decidedOn} not null), on
         * the decision's day: a correction keeps the decision, which then names the corrected NCO.
         */
        void checkReferences(ReferenceGate gate, String grantApplicationId, LocalDate decidedOn) {
            gate.admitNco("ncoId", grantApplicationId, ncoId, appliedOn);
            if (decidedOn != null) {
                gate.admitNco("ncoId", grantApplicationId, ncoId, decidedOn);
            }
        }
    }

    @AggregateIdentifier
    private String grantApplicationId;
    private Application application;
    /** When the contest decided, if it has. */
    private LocalDate decidedOn;
    /** What the contest awarded, if it did. */
    private Long awardedKopecks;
    private boolean withdrawn;

    protected GrantApplication() {
        // for Axon
    }

    @CommandHandler
    public GrantApplication(ApplyForGrantCommand command, Clock clock, ReferenceGate gate) {
        String id = Checks.id("grantApplicationId", command.grantApplicationId());
        Application applied = Application.validated(command.ncoId(), command.level(), command.contest(),
                command.project(), command.amountRequestedKopecks(), command.appliedOn(), clock);

        applied.checkReferences(gate, id, null);

        apply(new GrantAppliedForEvent(id, applied.ncoId(), applied.level(), applied.contest(), applied.project(),
                applied.amountRequestedKopecks(), applied.appliedOn()));
    }

    @CommandHandler
    public void handle(AwardGrantCommand command, Clock clock, ReferenceGate gate) {
        long amountAwarded = Checks.positiveKopecks("amountAwarded", command.amountAwardedKopecks());
        LocalDate decided = Checks.pastDate("decidedOn", command.decidedOn(), clock);

        requireUndecided(decided, gate);
        if (amountAwarded > application.amountRequestedKopecks()) {
            throw new RuleViolationException("amountAwarded", Problem.AWARD_ABOVE_REQUEST, roubles(amountAwarded),
                    roubles(application.amountRequestedKopecks()));
        }

        apply(new GrantAwardedEvent(grantApplicationId, application.ncoId(), application.level(),
                application.contest(), application.project(), application.amountRequestedKopecks(), amountAwarded,
                decided));
    }

    @CommandHandler
    public void handle(RejectGrantCommand command, Clock clock, ReferenceGate gate) {
        LocalDate decided = Checks.pastDate("decidedOn", command.decidedOn(), clock);
        String reason = Checks.optional("reason", command.reason(), Limits.FREE_TEXT);

        requireUndecided(decided, gate);

        apply(new GrantRejectedEvent(grantApplicationId, application.ncoId(), application.level(),
                application.contest(), application.project(), application.amountRequestedKopecks(), decided, reason));
    }

    @CommandHandler
    public void handle(CorrectGrantApplicationCommand command, Clock clock, ReferenceGate gate) {
        Application corrected = Application.validated(command.ncoId(), command.level(), command.contest(),
                command.project(), command.amountRequestedKopecks(), command.appliedOn(), clock);
        String reason = Checks.required("reason", command.reason(), Limits.FREE_TEXT);

        requireNotWithdrawn();
        if (corrected.equals(application)) {
            throw new RuleViolationException("grantApplicationId", Problem.CORRECTION_CHANGES_NOTHING);
        }
        if (decidedOn != null && corrected.appliedOn().isAfter(decidedOn)) {
            throw new RuleViolationException("appliedOn", Problem.DECIDED_BEFORE_APPLIED, decidedOn,
                    corrected.appliedOn());
        }
        if (awardedKopecks != null && corrected.amountRequestedKopecks() < awardedKopecks) {
            throw new RuleViolationException("amountRequested", Problem.AWARDED_ABOVE_CORRECTED,
                    roubles(awardedKopecks), roubles(corrected.amountRequestedKopecks()));
        }
        corrected.checkReferences(gate, grantApplicationId, decidedOn);

        apply(new GrantApplicationCorrectedEvent(grantApplicationId, corrected.ncoId(), corrected.level(),
                corrected.contest(), corrected.project(), corrected.amountRequestedKopecks(), corrected.appliedOn(),
                reason));
    }

    @CommandHandler
    public void handle(WithdrawGrantApplicationCommand command) {
        String reason = Checks.required("reason", command.reason(), Limits.FREE_TEXT);

        requireNotWithdrawn();

        apply(new GrantApplicationWithdrawnEvent(grantApplicationId, reason));
    }

    /** Not withdrawn, not yet decided, decided on or after applying, and not after the NCO's liquidation. */
    private void requireUndecided(LocalDate decided, ReferenceGate gate) {
        requireNotWithdrawn();
        if (decidedOn != null) {
            throw new RuleViolationException("grantApplicationId", Problem.ALREADY_DECIDED, decidedOn);
        }
        if (decided.isBefore(application.appliedOn())) {
            throw new RuleViolationException("decidedOn", Problem.APPLIED_AFTER_DECISION, application.appliedOn(),
                    decided);
        }
        gate.admitNco("decidedOn", grantApplicationId, application.ncoId(), decided);
    }

    private static String roubles(long kopecks) {
        return BigDecimal.valueOf(kopecks, 2).toPlainString();
    }

    private void requireNotWithdrawn() {
        if (withdrawn) {
            throw new RuleViolationException("grantApplicationId", Problem.GRANT_APPLICATION_WITHDRAWN,
                    grantApplicationId);
        }
    }

    @EventSourcingHandler
    void on(GrantAppliedForEvent event) {
        grantApplicationId = event.grantApplicationId();
        application = new Application(event.ncoId(), event.level(), event.contest(), event.project(),
                event.amountRequestedKopecks(), event.appliedOn());
    }

    @EventSourcingHandler
    void on(GrantApplicationCorrectedEvent event) {
        application = new Application(event.ncoId(), event.level(), event.contest(), event.project(),
                event.amountRequestedKopecks(), event.appliedOn());
    }

    @EventSourcingHandler
    void on(GrantAwardedEvent event) {
        decidedOn = event.decidedOn();
        awardedKopecks = event.amountAwardedKopecks();
    }

    @EventSourcingHandler
    void on(GrantRejectedEvent event) {
        decidedOn = event.decidedOn();
    }

    @EventSourcingHandler
    void on(GrantApplicationWithdrawnEvent event) {
        withdrawn = true;
    }
}
