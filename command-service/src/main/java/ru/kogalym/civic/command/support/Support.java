package ru.kogalym.civic.command.support;

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
import ru.kogalym.civic.contract.support.CorrectSupportCommand;
import ru.kogalym.civic.contract.support.RecordSupportCommand;
import ru.kogalym.civic.contract.support.SupportCorrectedEvent;
import ru.kogalym.civic.contract.support.SupportKind;
import ru.kogalym.civic.contract.support.SupportRecordedEvent;
import ru.kogalym.civic.contract.support.SupportWithdrawnEvent;
import ru.kogalym.civic.contract.support.WithdrawSupportCommand;

import java.time.Clock;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Support the municipality gave an NCO: consultative, informational, property or financial (with an amount).
 * It can be corrected or withdrawn, never edited or deleted.
 */
@Aggregate
class Support {

    /**
     * What a support records, validated and normalised. The amount is whole kopecks; refusals name the request's
     * field, which gives roubles ({@code amount}).
     */
    record Details(String ncoId, SupportKind kind, LocalDate providedOn, String description, Long amountKopecks,
                   LocalDate periodFrom, LocalDate periodTo, String providedBy) {

        static Details validated(String ncoId, SupportKind kind, LocalDate providedOn, String description,
                                 Long amountKopecks, LocalDate periodFrom, LocalDate periodTo, String providedBy,
                                 Clock clock) {
            String checkedNcoId = Checks.id("ncoId", ncoId);
            Checks.present("kind", kind);
            LocalDate provided = Checks.pastDate("providedOn", providedOn, clock);
            String checkedDescription = Checks.required("description", description, Limits.FREE_TEXT);
            Long checkedAmount = null;
            if (kind == SupportKind.FINANCIAL) {
                checkedAmount = Checks.positiveKopecks("amount", amountKopecks);
            } else if (amountKopecks != null) {
                throw new InvalidCommandException("amount", Problem.AMOUNT_ONLY_FINANCIAL);
            }
            // a support period (premises lent for a year, say) may run on past today
            LocalDate from = Checks.optionalDate("periodFrom", periodFrom);
            LocalDate to = Checks.optionalDate("periodTo", periodTo);
            if (from != null && to != null && to.isBefore(from)) {
                throw new InvalidCommandException("periodTo", Problem.PERIOD_ENDS_BEFORE, to, from);
            }
            String checkedProvidedBy = Checks.required("providedBy", providedBy, Limits.NAME);
            return new Details(checkedNcoId, kind, provided, checkedDescription, checkedAmount, from, to,
                    checkedProvidedBy);
        }

        void checkReferences(ReferenceGate gate, String supportId) {
            gate.admitNco("ncoId", supportId, ncoId, providedOn);
        }
    }

    @AggregateIdentifier
    private String supportId;
    private Details details;
    private boolean withdrawn;

    protected Support() {
        // for Axon
    }

    @CommandHandler
    public Support(RecordSupportCommand command, Clock clock, ReferenceGate gate) {
        String id = Checks.id("supportId", command.supportId());
        Details given = Details.validated(command.ncoId(), command.kind(), command.providedOn(), command.description(),
                command.amountKopecks(), command.periodFrom(), command.periodTo(), command.providedBy(), clock);

        given.checkReferences(gate, id);

        apply(new SupportRecordedEvent(id, given.ncoId(), given.kind(), given.providedOn(), given.description(),
                given.amountKopecks(), given.periodFrom(), given.periodTo(), given.providedBy()));
    }

    @CommandHandler
    public void handle(CorrectSupportCommand command, Clock clock, ReferenceGate gate) {
        Details corrected = Details.validated(command.ncoId(), command.kind(), command.providedOn(),
                command.description(), command.amountKopecks(), command.periodFrom(), command.periodTo(),
                command.providedBy(), clock);
        String reason = Checks.required("reason", command.reason(), Limits.FREE_TEXT);

        requireNotWithdrawn();
        if (corrected.equals(details)) {
            throw new RuleViolationException("supportId", Problem.CORRECTION_CHANGES_NOTHING);
        }
        corrected.checkReferences(gate, supportId);

        apply(new SupportCorrectedEvent(supportId, corrected.ncoId(), corrected.kind(), corrected.providedOn(),
                corrected.description(), corrected.amountKopecks(), corrected.periodFrom(), corrected.periodTo(),
                corrected.providedBy(), reason));
    }

    @CommandHandler
    public void handle(WithdrawSupportCommand command) {
        String reason = Checks.required("reason", command.reason(), Limits.FREE_TEXT);

        requireNotWithdrawn();

        apply(new SupportWithdrawnEvent(supportId, reason));
    }

    private void requireNotWithdrawn() {
        if (withdrawn) {
            throw new RuleViolationException("supportId", Problem.SUPPORT_WITHDRAWN, supportId);
        }
    }

    @EventSourcingHandler
    void on(SupportRecordedEvent event) {
        supportId = event.supportId();
        details = new Details(event.ncoId(), event.kind(), event.providedOn(), event.description(),
                event.amountKopecks(), event.periodFrom(), event.periodTo(), event.providedBy());
    }

    @EventSourcingHandler
    void on(SupportCorrectedEvent event) {
        details = new Details(event.ncoId(), event.kind(), event.providedOn(), event.description(),
                event.amountKopecks(), event.periodFrom(), event.periodTo(), event.providedBy());
    }

    @EventSourcingHandler
    void on(SupportWithdrawnEvent event) {
        withdrawn = true;
    }
}
