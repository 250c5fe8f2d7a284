package ru.kogalym.civic.command.council;

import ru.kogalym.civic.command.common.Detail;
import ru.kogalym.civic.command.common.Problem;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import ru.kogalym.civic.command.common.Checks;
import ru.kogalym.civic.command.common.InvalidCommandException;
import ru.kogalym.civic.command.common.Limits;
import ru.kogalym.civic.command.common.RuleViolationException;
import ru.kogalym.civic.command.lookup.BodyLookup;
import ru.kogalym.civic.command.lookup.Lifespan;
import ru.kogalym.civic.command.lookup.ReferenceGate;
import ru.kogalym.civic.command.lookup.StandingRecords;
import ru.kogalym.civic.contract.council.AddBodyMemberCommand;
import ru.kogalym.civic.contract.council.BodyDissolvedEvent;
import ru.kogalym.civic.contract.council.BodyEstablishedEvent;
import ru.kogalym.civic.contract.council.BodyKind;
import ru.kogalym.civic.contract.council.BodyMemberAddedEvent;
import ru.kogalym.civic.contract.council.BodyMemberRemovedEvent;
import ru.kogalym.civic.contract.council.CouncilArea;
import ru.kogalym.civic.contract.council.DissolveBodyCommand;
import ru.kogalym.civic.contract.council.EstablishCommissionCommand;
import ru.kogalym.civic.contract.council.EstablishCouncilCommand;
import ru.kogalym.civic.contract.council.RemoveBodyMemberCommand;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A public council or a standing commission attached to the administration, and its members: NCOs or people.
 * Nothing can happen to it from the day it is dissolved.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotEvery50Events")
class Body {

    private record Member(String ncoId, String person, LocalDate addedOn, boolean removed) {
    }

    @AggregateIdentifier
    private String bodyId;
    private BodyKind kind;
    private String name;
    private LocalDate establishedOn;
    private LocalDate dissolvedOn;
    /** Every member ever added, by member id, including those removed. */
    private final Map<String, Member> members = new HashMap<>();

    protected Body() {
        // for Axon
    }

    @CommandHandler
    public Body(EstablishCouncilCommand command, Clock clock, BodyLookup bodyLookup) {
        String id = Checks.id("bodyId", command.bodyId());
        String bodyName = Checks.required("name", command.name(), Limits.NAME);
        CouncilArea area = Checks.present("area", command.area());
        LocalDate established = Checks.pastDate("establishedOn", command.establishedOn(), clock);

        requireNewBody(bodyLookup, id);

        apply(new BodyEstablishedEvent(id, BodyKind.COUNCIL, bodyName, area, established));
    }

    @CommandHandler
    public Body(EstablishCommissionCommand command, Clock clock, BodyLookup bodyLookup) {
        String id = Checks.id("bodyId", command.bodyId());
        String bodyName = Checks.required("name", command.name(), Limits.NAME);
        LocalDate established = Checks.pastDate("establishedOn", command.establishedOn(), clock);

        requireNewBody(bodyLookup, id);

        apply(new BodyEstablishedEvent(id, BodyKind.COMMISSION, bodyName, null, established));
    }

    @CommandHandler
    public void handle(AddBodyMemberCommand command, Clock clock, ReferenceGate gate) {
        String memberId = Checks.id("memberId", command.memberId());
        String ncoId = Checks.optionalId("ncoId", command.ncoId());
        String person = Checks.optional("person", command.person(), Limits.SHORT_TEXT);
        String role = Checks.optional("role", command.role(), Limits.SHORT_TEXT);
        LocalDate added = Checks.pastDate("addedOn", command.addedOn(), clock);
        if (ncoId == null && person == null) {
            throw new InvalidCommandException("ncoId", Problem.MEMBER_UNNAMED);
        }
        if (ncoId != null && person != null) {
            throw new InvalidCommandException("person", Problem.MEMBER_BOTH);
        }

        requireActiveOn("addedOn", added);
        if (members.containsKey(memberId)) {
            throw new RuleViolationException("memberId", Problem.MEMBER_ADDED_ALREADY, memberId);
        }
        if (ncoId != null) {
            boolean alreadyMember = members.values().stream()
                    .anyMatch(member -> !member.removed() && ncoId.equals(member.ncoId()));
            if (alreadyMember) {
                throw new RuleViolationException("ncoId", Problem.NCO_MEMBER_ALREADY, ncoId);
            }
            gate.admitNco("ncoId", bodyId, ncoId, added);
        }

        apply(new BodyMemberAddedEvent(bodyId, kind, memberId, ncoId, person, role, added));
    }

    @CommandHandler
    public void handle(RemoveBodyMemberCommand command, Clock clock) {
        String memberId = Checks.id("memberId", command.memberId());
        LocalDate removed = Checks.pastDate("removedOn", command.removedOn(), clock);
        String reason = Checks.optional("reason", command.reason(), Limits.FREE_TEXT);

        Member member = members.get(memberId);
        if (member == null) {
            throw new RuleViolationException("memberId", Problem.NO_MEMBER, memberId);
        }
        if (member.removed()) {
            throw new RuleViolationException("memberId", Problem.MEMBER_REMOVED_ALREADY, memberId);
        }
        if (removed.isBefore(member.addedOn())) {
            throw new RuleViolationException("removedOn", Problem.MEMBER_ADDED_AFTER, memberId, member.addedOn(),
                    removed);
        }
        if (dissolvedOn != null && removed.isAfter(dissolvedOn)) {
            throw new RuleViolationException("removedOn", Problem.BODY_WAS_DISSOLVED, kindName(), dissolvedOn);
        }

        apply(new BodyMemberRemovedEvent(bodyId, kind, memberId, member.ncoId(), member.person(), removed, reason));
    }

    @CommandHandler
    public void handle(DissolveBodyCommand command, Clock clock, ReferenceGate gate) {
        LocalDate dissolved = Checks.pastDate("dissolvedOn", command.dissolvedOn(), clock);
        String reason = Checks.optional("reason", command.reason(), Limits.FREE_TEXT);

        if (dissolvedOn != null) {
            throw new RuleViolationException("dissolvedOn", Problem.BODY_DISSOLVED_ALREADY, kindName(), dissolvedOn);
        }
        if (dissolved.isBefore(establishedOn)) {
            throw new RuleViolationException("dissolvedOn", Problem.BODY_ESTABLISHED_AFTER, kindName(), establishedOn,
                    dissolved);
        }
        LocalDate lastAdded = members.values().stream().map(Member::addedOn).max(LocalDate::compareTo).orElse(null);
        if (lastAdded != null && dissolved.isBefore(lastAdded)) {
            throw new RuleViolationException("dissolvedOn", Problem.MEMBER_ADDED_AFTER_DISSOLUTION, lastAdded,
                    dissolved);
        }
        gate.narrowLifespan("dissolvedOn", bodyId, Lifespan.until(dissolved), standing ->
                StandingRecords.requireNoneFrom(standing, "dissolvedOn", dissolved,
                        on -> Detail.of(Problem.SESSION_NAMES_BODY, on, kindName(), dissolved)));

        apply(new BodyDissolvedEvent(bodyId, kind, name, dissolved, reason));
    }

    private static void requireNewBody(BodyLookup bodyLookup, String id) {
        if (bodyLookup.find(id).isPresent()) {
            throw new RuleViolationException("bodyId", Problem.BODY_EXISTS, id);
        }
    }

    /** Established by {@code date} and not dissolved on or before it. */
    private void requireActiveOn(String field, LocalDate date) {
        if (date.isBefore(establishedOn)) {
            throw new RuleViolationException(field, Problem.BODY_ESTABLISHED_AFTER, kindName(), establishedOn, date);
        }
        if (dissolvedOn != null && !date.isBefore(dissolvedOn)) {
            throw new RuleViolationException(field, Problem.BODY_WAS_DISSOLVED, kindName(), dissolvedOn);
        }
    }

    private String kindName() {
        return kind.name().toLowerCase();
    }

    @EventSourcingHandler
    void on(BodyEstablishedEvent event) {
        bodyId = event.bodyId();
        kind = event.kind();
        name = event.name();
        establishedOn = event.establishedOn();
    }

    @EventSourcingHandler
    void on(BodyMemberAddedEvent event) {
        members.put(event.memberId(), new Member(event.ncoId(), event.person(), event.addedOn(), false));
    }

    @EventSourcingHandler
    void on(BodyMemberRemovedEvent event) {
        members.computeIfPresent(event.memberId(),
                (id, member) -> new Member(member.ncoId(), member.person(), member.addedOn(), true));
    }

    @EventSourcingHandler
    void on(BodyDissolvedEvent event) {
        dissolvedOn = event.dissolvedOn();
    }
}
