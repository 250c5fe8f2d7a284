package ru.kogalym.civic.command.nco;

import ru.kogalym.civic.command.common.Detail;
import ru.kogalym.civic.command.common.Problem;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import ru.kogalym.civic.command.common.Checks;
import ru.kogalym.civic.command.common.InvalidCommandException;
import ru.kogalym.civic.command.common.Limits;
import ru.kogalym.civic.command.common.RuleViolationException;
import ru.kogalym.civic.command.lookup.BodyLookup;
import ru.kogalym.civic.command.lookup.IdentifierClaims;
import ru.kogalym.civic.command.lookup.IdentifierKind;
import ru.kogalym.civic.command.lookup.Lifespan;
import ru.kogalym.civic.command.lookup.NcoLookup;
import ru.kogalym.civic.command.lookup.ReferenceGate;
import ru.kogalym.civic.command.lookup.StandingRecords;
import ru.kogalym.civic.contract.nco.ChangeNcoAddressCommand;
import ru.kogalym.civic.contract.nco.ChangeNcoLeaderCommand;
import ru.kogalym.civic.contract.nco.CorrectNcoRegistrationCommand;
import ru.kogalym.civic.contract.nco.LegalForm;
import ru.kogalym.civic.contract.nco.LiquidateNcoCommand;
import ru.kogalym.civic.contract.nco.NcoAddressChangedEvent;
import ru.kogalym.civic.contract.nco.NcoExcludedFromStateRegistryEvent;
import ru.kogalym.civic.contract.nco.NcoIdentifiersRecordedEvent;
import ru.kogalym.civic.contract.nco.NcoLeaderChangedEvent;
import ru.kogalym.civic.contract.nco.NcoLiquidatedEvent;
import ru.kogalym.civic.contract.nco.NcoRecognizedAsSoncoEvent;
import ru.kogalym.civic.contract.nco.NcoRegisteredEvent;
import ru.kogalym.civic.contract.nco.NcoRegistrationCorrectedEvent;
import ru.kogalym.civic.contract.nco.NcoRenamedEvent;
import ru.kogalym.civic.contract.nco.NcoSoncoStatusWithdrawnEvent;
import ru.kogalym.civic.contract.nco.NcoStateRegistrationRecordedEvent;
import ru.kogalym.civic.contract.nco.NcoWithdrawnEvent;
import ru.kogalym.civic.contract.nco.RecognizeSoncoCommand;
import ru.kogalym.civic.contract.nco.RecordNcoIdentifiersCommand;
import ru.kogalym.civic.contract.nco.RecordStateRegistrationCommand;
import ru.kogalym.civic.contract.nco.RecordStateRegistryExclusionCommand;
import ru.kogalym.civic.contract.nco.RegisterNcoCommand;
import ru.kogalym.civic.contract.nco.RenameNcoCommand;
import ru.kogalym.civic.contract.nco.StateRegistration;
import ru.kogalym.civic.contract.nco.WithdrawNcoCommand;
import ru.kogalym.civic.contract.nco.WithdrawSoncoStatusCommand;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A non-commercial organisation in the municipal registry: its names, leader, address, state identifiers, its
 * standing in the state (Ministry of Justice) registry, its socially oriented (СОНКО) status, and its liquidation,
 * after which nothing can happen to it. Its registration can be corrected (with a reason); an NCO registered by
 * mistake can be withdrawn (with a reason), after which nothing can happen to it either.
 * <p>
 * The revision is that of its snapshots: a snapshot of another revision (its fields meant something else) is not
 * used, and the NCO is loaded from its events.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotEvery50Events")
@Revision("2")
class Nco {

    /** What the registration recorded besides its date, as last corrected. */
    private record Registration(String fullName, String shortName, String nameTranslation, LegalForm legalForm,
                                String community) {
    }

    @AggregateIdentifier
    private String ncoId;
    private LocalDate registeredOn;
    private Registration registration;
    private LocalDate liquidatedOn;
    private boolean withdrawn;
    private String fullName;
    private String shortName;
    private String nameTranslation;
    /** Whether it was renamed since its registration: its names are then no longer those the registration recorded. */
    private boolean renamed;
    private String leader;
    private String address;
    private String ogrn;
    private String inn;
    /** When the NCO entered the state registry, while it is in it; null otherwise. */
    private LocalDate stateRegisteredOn;
    /** When the NCO was last excluded from the state registry, if ever. */
    private LocalDate stateExcludedOn;
    /** Since when the NCO is socially oriented, while it is; null otherwise. */
    private LocalDate soncoSince;
    /** When the NCO last lost its socially oriented status, if ever. */
    private LocalDate soncoWithdrawnOn;
    /** The latest date of anything recorded about the NCO since its registration (null: nothing yet). */
    private LocalDate latestChangeOn;
    /**
     * The earliest date of a fact that needed the NCO in the municipal registry (a renaming, a new leader or address,
     * its socially oriented status, its liquidation); null: none yet. Its registration cannot be moved after it.
     */
    private LocalDate earliestChangeInRegistryOn;

    protected Nco() {
        // for Axon
    }

    @CommandHandler
    public Nco(RegisterNcoCommand command, Clock clock, NcoLookup ncoLookup, IdentifierClaims claims) {
        String id = Checks.id("ncoId", command.ncoId());
        String full = Checks.required("fullName", command.fullName(), Limits.NAME);
        String shortened = Checks.optional("shortName", command.shortName(), Limits.SHORT_TEXT);
        String translation = Checks.optional("nameTranslation", command.nameTranslation(), Limits.SHORT_TEXT);
        LegalForm legalForm = Checks.present("legalForm", command.legalForm());
        String community = Checks.optional("community", command.community(), Limits.SHORT_TEXT);
        String ogrnValue = Checks.optionalOgrn("ogrn", command.ogrn());
        String innValue = Checks.optionalInn("inn", command.inn());
        String addressValue = Checks.optional("address", command.address(), Limits.NAME);
        String leaderValue = Checks.optional("leader", command.leader(), Limits.SHORT_TEXT);
        LocalDate registered = Checks.pastDate("registeredOn", command.registeredOn(), clock);
        StateRegistration stateRegistration = null;
        if (command.stateRegistration() != null) {
            stateRegistration = new StateRegistration(
                    Checks.pastDate("stateRegistration.registeredOn", command.stateRegistration().registeredOn(), clock),
                    Checks.optional("stateRegistration.number", command.stateRegistration().number(), Limits.SHORT_TEXT));
        }

        if (ncoLookup.find(id).isPresent()) {
            throw new RuleViolationException("ncoId", Problem.NCO_REGISTERED_ALREADY, id);
        }
        claim(claims, IdentifierKind.OGRN, ogrnValue, id, "ogrn");
        claim(claims, IdentifierKind.INN, innValue, id, "inn");

        apply(new NcoRegisteredEvent(id, full, shortened, translation, legalForm, community, ogrnValue, innValue,
                addressValue, leaderValue, registered, stateRegistration));
    }

    @CommandHandler
    public void handle(RecordStateRegistrationCommand command, Clock clock) {
        LocalDate registered = Checks.pastDate("registeredOn", command.registeredOn(), clock);
        String number = Checks.optional("number", command.number(), Limits.SHORT_TEXT);

        requireNotWithdrawn();
        requireNotAfterLiquidation("registeredOn", registered);
        if (stateRegisteredOn != null) {
            throw new RuleViolationException("registeredOn", Problem.STATE_REGISTERED_ALREADY, stateRegisteredOn);
        }
        if (stateExcludedOn != null && registered.isBefore(stateExcludedOn)) {
            throw new RuleViolationException("registeredOn", Problem.STATE_EXCLUDED_AFTER, stateExcludedOn,
                    registered);
        }

        apply(new NcoStateRegistrationRecordedEvent(ncoId, registered, number));
    }

    @CommandHandler
    public void handle(RecordStateRegistryExclusionCommand command, Clock clock) {
        LocalDate excluded = Checks.pastDate("excludedOn", command.excludedOn(), clock);
        String reason = Checks.optional("reason", command.reason(), Limits.FREE_TEXT);

        requireNotWithdrawn();
        if (stateRegisteredOn == null) {
            throw new RuleViolationException("excludedOn", Problem.NOT_STATE_REGISTERED);
        }
        if (excluded.isBefore(stateRegisteredOn)) {
            throw new RuleViolationException("excludedOn", Problem.STATE_REGISTERED_AFTER, stateRegisteredOn,
                    excluded);
        }
        requireNotAfterLiquidation("excludedOn", excluded);

        apply(new NcoExcludedFromStateRegistryEvent(ncoId, excluded, reason));
    }

    @CommandHandler
    public void handle(RenameNcoCommand command, Clock clock) {
        String full = Checks.required("fullName", command.fullName(), Limits.NAME);
        String shortened = Checks.optional("shortName", command.shortName(), Limits.SHORT_TEXT);
        String translation = Checks.optional("nameTranslation", command.nameTranslation(), Limits.SHORT_TEXT);
        LocalDate renamed = Checks.pastDate("renamedOn", command.renamedOn(), clock);

        requireNotWithdrawn();
        requireInRegistryOn("renamedOn", renamed);
        if (full.equals(fullName) && Objects.equals(shortened, shortName)
                && Objects.equals(translation, nameTranslation)) {
            throw new RuleViolationException("fullName", Problem.NAMES_UNCHANGED);
        }

        apply(new NcoRenamedEvent(ncoId, full, shortened, translation, renamed));
    }

    @CommandHandler
    public void handle(ChangeNcoLeaderCommand command, Clock clock) {
        String newLeader = Checks.required("leader", command.leader(), Limits.SHORT_TEXT);
        LocalDate changed = Checks.pastDate("changedOn", command.changedOn(), clock);

        requireNotWithdrawn();
        requireInRegistryOn("changedOn", changed);
        if (newLeader.equals(leader)) {
            throw new RuleViolationException("leader", Problem.LEADER_UNCHANGED, leader);
        }

        apply(new NcoLeaderChangedEvent(ncoId, newLeader, changed));
    }

    @CommandHandler
    public void handle(ChangeNcoAddressCommand command, Clock clock) {
        String newAddress = Checks.required("address", command.address(), Limits.NAME);
        LocalDate changed = Checks.pastDate("changedOn", command.changedOn(), clock);

        requireNotWithdrawn();
        requireInRegistryOn("changedOn", changed);
        if (newAddress.equals(address)) {
            throw new RuleViolationException("address", Problem.ADDRESS_UNCHANGED);
        }

        apply(new NcoAddressChangedEvent(ncoId, newAddress, changed));
    }

    @CommandHandler
    public void handle(RecordNcoIdentifiersCommand command, IdentifierClaims claims) {
        String newOgrn = Checks.optionalOgrn("ogrn", command.ogrn());
        String newInn = Checks.optionalInn("inn", command.inn());
        if (newOgrn == null && newInn == null) {
            throw new InvalidCommandException("ogrn", Problem.OGRN_OR_INN);
        }

        requireNotWithdrawn();
        if (ogrn != null && newOgrn != null && !ogrn.equals(newOgrn)) {
            throw new RuleViolationException("ogrn", Problem.OGRN_RECORDED, ogrn);
        }
        if (inn != null && newInn != null && !inn.equals(newInn)) {
            throw new RuleViolationException("inn", Problem.INN_RECORDED, inn);
        }
        boolean ogrnIsNew = newOgrn != null && ogrn == null;
        boolean innIsNew = newInn != null && inn == null;
        if (!ogrnIsNew && !innIsNew) {
            throw new RuleViolationException(newOgrn != null ? "ogrn" : "inn", Problem.IDENTIFIERS_RECORDED);
        }
        if (ogrnIsNew) {
            claim(claims, IdentifierKind.OGRN, newOgrn, ncoId, "ogrn");
        }
        if (innIsNew) {
            claim(claims, IdentifierKind.INN, newInn, ncoId, "inn");
        }

        apply(new NcoIdentifiersRecordedEvent(ncoId, ogrnIsNew ? newOgrn : ogrn, innIsNew ? newInn : inn));
    }

    @CommandHandler
    public void handle(RecognizeSoncoCommand command, Clock clock) {
        LocalDate recognized = Checks.pastDate("recognizedOn", command.recognizedOn(), clock);

        requireNotWithdrawn();
        requireInRegistryOn("recognizedOn", recognized);
        if (soncoSince != null) {
            throw new RuleViolationException("recognizedOn", Problem.SONCO_ALREADY, soncoSince);
        }
        if (soncoWithdrawnOn != null && recognized.isBefore(soncoWithdrawnOn)) {
            throw new RuleViolationException("recognizedOn", Problem.SONCO_LOST_AFTER, soncoWithdrawnOn, recognized);
        }

        apply(new NcoRecognizedAsSoncoEvent(ncoId, recognized));
    }

    @CommandHandler
    public void handle(WithdrawSoncoStatusCommand command, Clock clock) {
        LocalDate withdrawn = Checks.pastDate("withdrawnOn", command.withdrawnOn(), clock);
        String reason = Checks.optional("reason", command.reason(), Limits.FREE_TEXT);

        requireNotWithdrawn();
        if (soncoSince == null) {
            throw new RuleViolationException("withdrawnOn", Problem.NOT_SONCO);
        }
        if (withdrawn.isBefore(soncoSince)) {
            throw new RuleViolationException("withdrawnOn", Problem.SONCO_SINCE_AFTER, soncoSince, withdrawn);
        }
        requireNotAfterLiquidation("withdrawnOn", withdrawn);

        apply(new NcoSoncoStatusWithdrawnEvent(ncoId, withdrawn, reason));
    }

    @CommandHandler
    public void handle(LiquidateNcoCommand command, Clock clock, ReferenceGate gate) {
        LocalDate liquidated = Checks.pastDate("liquidatedOn", command.liquidatedOn(), clock);
        String reason = Checks.optional("reason", command.reason(), Limits.FREE_TEXT);

        requireNotWithdrawn();
        if (liquidatedOn != null) {
            throw new RuleViolationException("liquidatedOn", Problem.LIQUIDATED_ALREADY, liquidatedOn);
        }
        LocalDate latestFactOn = latestFactOn();
        if (liquidated.isBefore(latestFactOn)) {
            throw new RuleViolationException("liquidatedOn", Problem.CHANGE_RECORDED_AFTER, latestFactOn, liquidated);
        }
        gate.narrowLifespan("liquidatedOn", ncoId, Lifespan.until(liquidated), standing ->
                StandingRecords.requireNoneFrom(standing, "liquidatedOn", liquidated,
                        on -> Detail.of(Problem.RECORD_NAMES_LIQUIDATED, on, liquidated)));

        apply(new NcoLiquidatedEvent(ncoId, liquidated, reason));
    }

    @CommandHandler
    public void handle(CorrectNcoRegistrationCommand command, Clock clock, ReferenceGate gate) {
        Registration corrected = new Registration(
                Checks.required("fullName", command.fullName(), Limits.NAME),
                Checks.optional("shortName", command.shortName(), Limits.SHORT_TEXT),
                Checks.optional("nameTranslation", command.nameTranslation(), Limits.SHORT_TEXT),
                Checks.present("legalForm", command.legalForm()),
                Checks.optional("community", command.community(), Limits.SHORT_TEXT));
        LocalDate registered = Checks.pastDate("registeredOn", command.registeredOn(), clock);
        String reason = Checks.required("reason", command.reason(), Limits.FREE_TEXT);

        requireNotWithdrawn();
        if (corrected.equals(registration) && registered.equals(registeredOn)) {
            throw new RuleViolationException("ncoId", Problem.CORRECTION_CHANGES_NOTHING);
        }
        if (earliestChangeInRegistryOn != null && registered.isAfter(earliestChangeInRegistryOn)) {
            throw new RuleViolationException("registeredOn", Problem.CHANGE_RECORDED_BEFORE,
                    earliestChangeInRegistryOn, registered);
        }
        gate.narrowLifespan("registeredOn", ncoId, Lifespan.from(registered), standing ->
                StandingRecords.requireNoneBefore(standing, "registeredOn", ncoId, registered));

        apply(new NcoRegistrationCorrectedEvent(ncoId, corrected.fullName(), corrected.shortName(),
                corrected.nameTranslation(), corrected.legalForm(), corrected.community(), registered, reason));
    }

    @CommandHandler
    public void handle(WithdrawNcoCommand command, ReferenceGate gate, BodyLookup bodyLookup) {
        String reason = Checks.required("reason", command.reason(), Limits.FREE_TEXT);

        requireNotWithdrawn();
        gate.narrowLifespan("ncoId", ncoId, Lifespan.NONE, standing ->
                StandingRecords.requireNoneNames(standing, bodyLookup, gate, "ncoId", ncoId, liquidatedOn));

        apply(new NcoWithdrawnEvent(ncoId, reason, ogrn, inn));
    }

    private void requireNotWithdrawn() {
        if (withdrawn) {
            throw new RuleViolationException("ncoId", Problem.NCO_WITHDRAWN, ncoId);
        }
    }

    /** The latest date of anything recorded about the NCO, its registration included; it cannot be liquidated before. */
    private LocalDate latestFactOn() {
        return latestChangeOn == null || latestChangeOn.isBefore(registeredOn) ? registeredOn : latestChangeOn;
    }

    /** Dated on or after the NCO entered the municipal registry, and not after its liquidation. */
    private void requireInRegistryOn(String field, LocalDate date) {
        if (date.isBefore(registeredOn)) {
            throw new RuleViolationException(field, Problem.REGISTERED_AFTER, registeredOn, date);
        }
        requireNotAfterLiquidation(field, date);
    }

    private void requireNotAfterLiquidation(String field, LocalDate date) {
        if (liquidatedOn != null && date.isAfter(liquidatedOn)) {
            throw new RuleViolationException(field, Problem.LIQUIDATED_ON, liquidatedOn);
        }
    }

    /**
     * Claims an identifier for the NCO before the event that uses it is applied, and gives a newly made claim back
     * if the command's unit of work rolls back.
     */
    private static void claim(IdentifierClaims claims, IdentifierKind kind, String value, String ncoId,
                              String field) {
        if (value == null) {
            return;
        }
        boolean heldBefore = claims.holder(kind, value).filter(ncoId::equals).isPresent();
        if (!claims.claim(kind, value, ncoId)) {
            throw claims.holder(kind, value)
                        .map(holder -> new RuleViolationException(field, Problem.IDENTIFIER_TAKEN, kind, value, holder))
                        .orElseGet(() -> new RuleViolationException(field, Problem.IDENTIFIER_TAKEN_BY_ANOTHER, kind, value));
        }
        if (!heldBefore) {
            CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.onRollback(u -> claims.release(kind, value, ncoId)));
        }
    }

    private void changedOn(LocalDate date) {
        if (latestChangeOn == null || date.isAfter(latestChangeOn)) {
            latestChangeOn = date;
        }
    }

    /** A fact that needed the NCO in the municipal registry on {@code date}. */
    private void changedInRegistryOn(LocalDate date) {
        changedOn(date);
        if (earliestChangeInRegistryOn == null || date.isBefore(earliestChangeInRegistryOn)) {
            earliestChangeInRegistryOn = date;
        }
    }

    @EventSourcingHandler
    void on(NcoRegisteredEvent event) {
        ncoId = event.ncoId();
        registeredOn = event.registeredOn();
        registration = new Registration(event.fullName(), event.shortName(), event.nameTranslation(),
                event.legalForm(), event.community());
        fullName = event.fullName();
        shortName = event.shortName();
        nameTranslation = event.nameTranslation();
        leader = event.leader();
        address = event.address();
        ogrn = event.ogrn();
        inn = event.inn();
        if (event.stateRegistration() != null) {
            stateRegisteredOn = event.stateRegistration().registeredOn();
            changedOn(stateRegisteredOn);
        }
    }

    @EventSourcingHandler
    void on(NcoRegistrationCorrectedEvent event) {
        registeredOn = event.registeredOn();
        registration = new Registration(event.fullName(), event.shortName(), event.nameTranslation(),
                event.legalForm(), event.community());
        if (!renamed) {
            fullName = event.fullName();
            shortName = event.shortName();
            nameTranslation = event.nameTranslation();
        }
    }

    @EventSourcingHandler
    void on(NcoStateRegistrationRecordedEvent event) {
        stateRegisteredOn = event.registeredOn();
        changedOn(event.registeredOn());
    }

    @EventSourcingHandler
    void on(NcoExcludedFromStateRegistryEvent event) {
        stateRegisteredOn = null;
        stateExcludedOn = event.excludedOn();
        changedOn(event.excludedOn());
    }

    @EventSourcingHandler
    void on(NcoRenamedEvent event) {
        fullName = event.fullName();
        shortName = event.shortName();
        nameTranslation = event.nameTranslation();
        renamed = true;
        changedInRegistryOn(event.renamedOn());
    }

    @EventSourcingHandler
    void on(NcoLeaderChangedEvent event) {
        leader = event.leader();
        changedInRegistryOn(event.changedOn());
    }

    @EventSourcingHandler
    void on(NcoAddressChangedEvent event) {
        address = event.address();
        changedInRegistryOn(event.changedOn());
    }

    @EventSourcingHandler
    void on(NcoIdentifiersRecordedEvent event) {
        ogrn = event.ogrn();
        inn = event.inn();
    }

    @EventSourcingHandler
    void on(NcoRecognizedAsSoncoEvent event) {
        soncoSince = event.recognizedOn();
        changedInRegistryOn(event.recognizedOn());
    }

    @EventSourcingHandler
    void on(NcoSoncoStatusWithdrawnEvent event) {
        soncoSince = null;
        soncoWithdrawnOn = event.withdrawnOn();
        changedInRegistryOn(event.withdrawnOn());
    }

    @EventSourcingHandler
    void on(NcoLiquidatedEvent event) {
        liquidatedOn = event.liquidatedOn();
        changedInRegistryOn(event.liquidatedOn());
    }

    @EventSourcingHandler
    void on(NcoWithdrawnEvent event) {
        withdrawn = true;
    }
}
