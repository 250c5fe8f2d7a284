package ru.kogalym.civic.command.support;

import ru.kogalym.civic.command.common.Problem;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import ru.kogalym.civic.command.common.CivicClock;
import ru.kogalym.civic.command.common.Checks;
import ru.kogalym.civic.command.common.InvalidCommandException;
import ru.kogalym.civic.command.common.Limits;
import ru.kogalym.civic.command.common.RuleViolationException;
import ru.kogalym.civic.contract.support.ChangeSupportRegisterEntryCommand;
import ru.kogalym.civic.contract.support.ExcludeFromSupportRegisterCommand;
import ru.kogalym.civic.contract.support.IncludeInSupportRegisterCommand;
import ru.kogalym.civic.contract.support.RegisterViolation;
import ru.kogalym.civic.contract.support.SupportRegisterEntryChangedEvent;
import ru.kogalym.civic.contract.support.SupportRegisterEntryExcludedEvent;
import ru.kogalym.civic.contract.support.SupportRegisterEntryIncludedEvent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The register of supported socially oriented NCOs (7-FZ art. 31.2, Order No. 223 of 17.05.2011). It numbers its
 * entries itself: the next number follows from its own event stream, and two inclusions that loaded the same state
 * cannot both append (the store's optimistic lock on the stream), so a number is never given twice, whatever the
 * number of command-service instances. An entry is never deleted: it is changed or excluded by new events.
 * <p>
 * The revision is that of its snapshots, as for {@code Nco}.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotEvery50Events")
@Revision("1")
class SoncoSupportRegister {

    /**
     * The one register's id. The colon keeps it out of the ids clients may choose ({@link Checks#ID}), so no other
     * record can take it.
     */
    static final String ID = "register:sonco-support";

    /** What an entry states besides its support; the events carry it whole. */
    private record Entry(String supportId, String basis, LocalDate decisionDate, List<String> activityKinds,
                 LocalDate supportStoppedOn, List<RegisterViolation> violations, boolean excluded) {

        Entry {
            activityKinds = List.copyOf(activityKinds);
            violations = List.copyOf(violations);
        }
    }

    @AggregateIdentifier
    private String registerId;
    private int lastNumber;
    private Map<Integer, Entry> entries = new HashMap<>();
    /** The entry each support stands in, while it stands (not excluded). */
    private Map<String, Integer> standingBySupport = new HashMap<>();

    protected SoncoSupportRegister() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(IncludeInSupportRegisterCommand command, Clock clock, SupportRecords supports) {
        String id = register(command.registerId());
        String supportId = Checks.id("supportId", command.supportId());
        String basis = Checks.required("basis", command.basis(), Limits.NAME);
        LocalDate decided = Checks.pastDate("decisionDate", command.decisionDate(), clock);
        List<String> kinds = activityKinds(command.activityKinds());

        Integer standing = standingBySupport.get(supportId);
        if (standing != null) {
            throw new RuleViolationException("supportId", Problem.SUPPORT_IN_REGISTER, supportId,
                    String.valueOf(standing));
        }
        switch (supports.standing(supportId)) {
            case UNKNOWN -> throw new RuleViolationException("supportId", Problem.NO_SUPPORT, supportId);
            case WITHDRAWN -> throw new RuleViolationException("supportId", Problem.SUPPORT_WITHDRAWN, supportId);
            case STANDING -> { }
        }

        int number = lastNumber + 1;
        apply(new SupportRegisterEntryIncludedEvent(id, number, supportId, CivicClock.today(clock), basis, decided,
                kinds));
        return number;
    }

    @CommandHandler
    public void handle(ChangeSupportRegisterEntryCommand command, Clock clock) {
        String basis = Checks.required("basis", command.basis(), Limits.NAME);
        LocalDate decided = Checks.pastDate("decisionDate", command.decisionDate(), clock);
        List<String> kinds = activityKinds(command.activityKinds());
        LocalDate stopped = command.supportStoppedOn() == null ? null
                : Checks.pastDate("supportStoppedOn", command.supportStoppedOn(), clock);
        List<RegisterViolation> violations = violations(command.violations(), clock);
        String reason = Checks.required("reason", command.reason(), Limits.FREE_TEXT);

        Entry entry = standingEntry(command.entryNumber());
        if (stopped != null && stopped.isBefore(decided)) {
            throw new RuleViolationException("supportStoppedOn", Problem.SUPPORT_STOPPED_BEFORE_DECISION, stopped,
                    decided);
        }
        Entry changed = new Entry(entry.supportId(), basis, decided, kinds, stopped, violations, false);
        if (changed.equals(entry)) {
            throw new RuleViolationException("entryNumber", Problem.CHANGE_CHANGES_NOTHING);
        }

        apply(new SupportRegisterEntryChangedEvent(registerId, command.entryNumber(), CivicClock.today(clock), basis,
                decided, kinds, stopped, violations, reason));
    }

    @CommandHandler
    public void handle(ExcludeFromSupportRegisterCommand command, Clock clock) {
        String basis = Checks.required("basis", command.basis(), Limits.NAME);
        String reason = Checks.required("reason", command.reason(), Limits.FREE_TEXT);

        standingEntry(command.entryNumber());

        apply(new SupportRegisterEntryExcludedEvent(registerId, command.entryNumber(), CivicClock.today(clock), basis,
                reason));
    }

    private static String register(String id) {
        if (!ID.equals(id)) {
            throw new InvalidCommandException("registerId", Problem.WRONG_REGISTER, ID);
        }
        return id;
    }

    private static List<String> activityKinds(List<String> values) {
        List<String> kinds = Checks.texts("activityKinds", values, Limits.NAME);
        if (kinds.isEmpty()) {
            throw new InvalidCommandException("activityKinds", Problem.ACTIVITY_KINDS_REQUIRED);
        }
        return kinds;
    }

    private static List<RegisterViolation> violations(List<RegisterViolation> values, Clock clock) {
        List<RegisterViolation> items = Checks.items("violations", values);
        List<RegisterViolation> checked = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String field = "violations[" + i + "]";
            RegisterViolation violation = Checks.present(field, items.get(i));
            checked.add(new RegisterViolation(Checks.present(field + ".kind", violation.kind()),
                    Checks.pastDate(field + ".foundOn", violation.foundOn(), clock),
                    Checks.required(field + ".description", violation.description(), Limits.FREE_TEXT)));
        }
        return checked;
    }

    private Entry standingEntry(int number) {
        Entry entry = entries.get(number);
        if (entry == null) {
            throw new RuleViolationException("entryNumber", Problem.NO_ENTRY, String.valueOf(number));
        }
        if (entry.excluded()) {
            throw new RuleViolationException("entryNumber", Problem.ENTRY_EXCLUDED, String.valueOf(number));
        }
        return entry;
    }

    @EventSourcingHandler
    void on(SupportRegisterEntryIncludedEvent event) {
        registerId = event.registerId();
        lastNumber = event.entryNumber();
        entries.put(event.entryNumber(), new Entry(event.supportId(), event.basis(), event.decisionDate(),
                event.activityKinds(), null, List.of(), false));
        standingBySupport.put(event.supportId(), event.entryNumber());
    }

    @EventSourcingHandler
    void on(SupportRegisterEntryChangedEvent event) {
        Entry entry = entries.get(event.entryNumber());
        entries.put(event.entryNumber(), new Entry(entry.supportId(), event.basis(), event.decisionDate(),
                event.activityKinds(), event.supportStoppedOn(), event.violations(), false));
    }

    @EventSourcingHandler
    void on(SupportRegisterEntryExcludedEvent event) {
        Entry entry = entries.get(event.entryNumber());
        entries.put(event.entryNumber(), new Entry(entry.supportId(), entry.basis(), entry.decisionDate(),
                entry.activityKinds(), entry.supportStoppedOn(), entry.violations(), true));
        standingBySupport.remove(entry.supportId());
    }
}
