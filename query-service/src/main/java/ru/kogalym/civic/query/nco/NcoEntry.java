package ru.kogalym.civic.query.nco;

import org.bson.Document;
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
import ru.kogalym.civic.query.journal.EventAudit;
import ru.kogalym.civic.query.projection.Canonical;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static ru.kogalym.civic.query.nco.NcoChange.Type.*;
import static ru.kogalym.civic.query.nco.NcoChange.details;

/**
 * The registry's document for one NCO: its dated history, in the order recorded. Its state on any date is
 * folded from the history ({@link #stateAsOf}), so the registry can be answered as it stood on any date. A
 * correction of the registration stands in for what the registration recorded; a withdrawn NCO is in no registry.
 */
public record NcoEntry(String id, List<NcoChange> history) {

    public NcoEntry {
        history = List.copyOf(history);
    }

    /**
     * The details whose values are held more than once: a legal form and a community by many NCOs, the names by the
     * summary's mirror as well ({@code AnnualSummaries}).
     */
    private static final Set<String> REPEATED_DETAILS = Set.of("legalForm", "community", "fullName", "shortName",
                                                               "nameTranslation");

    public static NcoEntry registered(NcoRegisteredEvent e, EventAudit audit) {
        List<NcoChange> history = new ArrayList<>();
        history.add(change(audit, REGISTERED, e.registeredOn(), details(
                "fullName", e.fullName(), "shortName", e.shortName(), "nameTranslation", e.nameTranslation(),
                "legalForm", e.legalForm() == null ? null : e.legalForm().name(), "community", e.community(),
                "ogrn", e.ogrn(), "inn", e.inn(), "address", e.address(), "leader", e.leader())));
        if (e.stateRegistration() != null) {
            LocalDate on = e.stateRegistration().registeredOn() == null ? e.registeredOn() : e.stateRegistration().registeredOn();
            history.add(change(audit, STATE_REGISTERED, on, details("number", e.stateRegistration().number())));
        }
        return new NcoEntry(e.ncoId(), history);
    }

    public NcoEntry registrationCorrected(NcoRegistrationCorrectedEvent e, EventAudit audit) {
        return with(change(audit.withReason(e.reason()), REGISTRATION_CORRECTED, e.registeredOn(), details(
                "fullName", e.fullName(), "shortName", e.shortName(), "nameTranslation", e.nameTranslation(),
                "legalForm", e.legalForm() == null ? null : e.legalForm().name(), "community", e.community())));
    }

    public NcoEntry withdrawn(NcoWithdrawnEvent e, EventAudit audit) {
        return with(change(audit.withReason(e.reason()), WITHDRAWN, null, Map.of()));
    }

    public NcoEntry stateRegistered(NcoStateRegistrationRecordedEvent e, EventAudit audit) {
        return with(change(audit, STATE_REGISTERED, e.registeredOn(), details("number", e.number())));
    }

    public NcoEntry excludedFromStateRegistry(NcoExcludedFromStateRegistryEvent e, EventAudit audit) {
        return with(change(audit.withReason(e.reason()), EXCLUDED_FROM_STATE_REGISTRY, e.excludedOn(), Map.of()));
    }

    public NcoEntry renamed(NcoRenamedEvent e, EventAudit audit) {
        return with(change(audit, RENAMED, e.renamedOn(), details(
                "fullName", e.fullName(), "shortName", e.shortName(), "nameTranslation", e.nameTranslation())));
    }

    public NcoEntry leaderChanged(NcoLeaderChangedEvent e, EventAudit audit) {
        return with(change(audit, LEADER_CHANGED, e.changedOn(), details("leader", e.leader())));
    }

    public NcoEntry addressChanged(NcoAddressChangedEvent e, EventAudit audit) {
        return with(change(audit, ADDRESS_CHANGED, e.changedOn(), details("address", e.address())));
    }

    public NcoEntry identifiersRecorded(NcoIdentifiersRecordedEvent e, EventAudit audit) {
        return with(change(audit, IDENTIFIERS_RECORDED, null, details("ogrn", e.ogrn(), "inn", e.inn())));
    }

    public NcoEntry recognizedAsSonco(NcoRecognizedAsSoncoEvent e, EventAudit audit) {
        return with(change(audit, RECOGNIZED_AS_SONCO, e.recognizedOn(), Map.of()));
    }

    public NcoEntry soncoStatusWithdrawn(NcoSoncoStatusWithdrawnEvent e, EventAudit audit) {
        return with(change(audit.withReason(e.reason()), SONCO_STATUS_WITHDRAWN, e.withdrawnOn(), Map.of()));
    }

    public NcoEntry liquidated(NcoLiquidatedEvent e, EventAudit audit) {
        return with(change(audit.withReason(e.reason()), LIQUIDATED, e.liquidatedOn(), Map.of()));
    }

    public boolean isWithdrawn() {
        return history.stream().anyMatch(c -> c.type() == WITHDRAWN);
    }

    public boolean hasApplied(String eventId) {
        return history.stream().anyMatch(c -> eventId.equals(c.eventId()));
    }

    /** The history in the order things happened: by date (undated facts first), then as recorded. */
    public List<NcoChange> chronology() {
        return IntStream.range(0, history.size()).boxed()
                        .sorted(Comparator.comparing((Integer i) -> history.get(i).type() == REGISTERED ? 0 : 1)
                                          .thenComparing(i -> history.get(i).on(), Comparator.nullsFirst(Comparator.naturalOrder()))
                                          .thenComparing(i -> i))
                        .map(history::get)
                        .toList();
    }

    /**
     * Nothing in the history is dated after {@code date}, so the NCO stood then as it stands with everything
     * recorded ({@code stateAsOf(date)} equals {@code stateAsOf(LocalDate.MAX)}).
     */
    public boolean settledBy(LocalDate date) {
        return history.stream().allMatch(c -> c.happenedBy(date));
    }

    /** The NCO as it stood at the end of {@code date}; {@code LocalDate.MAX} for everything recorded. */
    public NcoState stateAsOf(LocalDate date) {
        String fullName = null, shortName = null, translation = null, legalForm = null, community = null;
        String ogrn = null, inn = null, address = null, leader = null, number = null;
        LocalDate registeredOn = null, stateOn = null, excludedOn = null, soncoSince = null, soncoWithdrawnOn = null;
        LocalDate liquidatedOn = null;
        boolean state = false, sonco = false;
        for (NcoChange c : chronology()) {
            if (c.type() != REGISTERED && !c.happenedBy(date)) {
                continue;
            }
            switch (c.type()) {
                case REGISTERED -> {
                    NcoChange registration = correctedRegistration().orElse(c);
                    fullName = registration.detail("fullName");
                    shortName = registration.detail("shortName");
                    translation = registration.detail("nameTranslation");
                    legalForm = registration.detail("legalForm");
                    community = registration.detail("community");
                    registeredOn = registration.on();
                    ogrn = c.detail("ogrn");
                    inn = c.detail("inn");
                    address = c.detail("address");
                    leader = c.detail("leader");
                }
                // a correction stands in for what the registration recorded (above); a withdrawal dates nothing
                case REGISTRATION_CORRECTED, WITHDRAWN -> {
                }
                case STATE_REGISTERED -> {
                    state = true;
                    stateOn = c.on();
                    number = c.detail("number");
                }
                case EXCLUDED_FROM_STATE_REGISTRY -> {
                    state = false;
                    excludedOn = c.on();
                }
                case RENAMED -> {
                    fullName = c.detail("fullName");
                    shortName = c.detail("shortName");
                    translation = c.detail("nameTranslation");
                }
                case LEADER_CHANGED -> leader = c.detail("leader");
                case ADDRESS_CHANGED -> address = c.detail("address");
                case IDENTIFIERS_RECORDED -> {
                    ogrn = c.detail("ogrn");
                    inn = c.detail("inn");
                }
                case RECOGNIZED_AS_SONCO -> {
                    sonco = true;
                    soncoSince = c.on();
                }
                case SONCO_STATUS_WITHDRAWN -> {
                    sonco = false;
                    soncoWithdrawnOn = c.on();
                }
                case LIQUIDATED -> liquidatedOn = c.on();
            }
        }
        boolean inRegistry = registeredOn == null || !registeredOn.isAfter(date);
        return new NcoState(id, fullName, shortName, translation, legalForm, community, ogrn, inn, address, leader,
                            registeredOn, inRegistry, state, state ? stateOn : null, state ? number : null, excludedOn,
                            sonco, sonco ? soncoSince : null, soncoWithdrawnOn, liquidatedOn != null, liquidatedOn);
    }

    /** The last correction of the registration, if any. */
    private Optional<NcoChange> correctedRegistration() {
        return history.stream().filter(c -> c.type() == REGISTRATION_CORRECTED).reduce((first, second) -> second);
    }

    // --- the one place an entry meets its BSON document ---

    public Document toDocument() {
        List<Document> changes = history.stream().map(c -> new Document("eventId", c.eventId())
                .append("type", c.type().name())
                .append("on", c.on() == null ? null : c.on().toString())
                .append("recordedAt", c.recordedAt())
                .append("issuedBy", c.issuedBy())
                .append("reason", c.reason())
                .append("details", new Document(new LinkedHashMap<String, Object>(c.details())))).toList();
        return new Document("_id", id).append("history", changes);
    }

    public static NcoEntry fromDocument(Document document) {
        return fromDocument(document, true);
    }

    /**
     * The entry as the registry keeps it in memory: the dated facts its state on any date is folded from, without
     * who recorded each, when and why. Those are read from MongoDB for the one NCO asked ({@link #fromDocument});
     * held for a region's hundred thousand NCOs they were a third of the registry's memory.
     */
    public static NcoEntry inRegistry(Document document) {
        return fromDocument(document, false);
    }

    private static NcoEntry fromDocument(Document document, boolean audited) {
        List<NcoChange> history = new ArrayList<>();
        for (Document c : document.getList("history", Document.class, List.of())) {
            Map<String, String> details = new LinkedHashMap<>();
            Document d = c.get("details", Document.class);
            if (d != null) {
                // the same few field names in every change of every NCO; identifiers and addresses are each an
                // NCO's own, held once
                d.forEach((k, v) -> details.put(Canonical.of(k), v == null ? null
                        : REPEATED_DETAILS.contains(k) ? Canonical.of(v.toString()) : v.toString()));
            }
            history.add(audited
                    ? new NcoChange(c.getString("eventId"), NcoChange.Type.valueOf(c.getString("type")),
                                    Canonical.date(c.getString("on")), c.getString("recordedAt"),
                                    Canonical.of(c.getString("issuedBy")), c.getString("reason"), details)
                    : new NcoChange(null, NcoChange.Type.valueOf(c.getString("type")),
                                    Canonical.date(c.getString("on")), null, null, null, details));
        }
        return new NcoEntry(Canonical.key(document.getString("_id")), history);
    }

    private NcoEntry with(NcoChange change) {
        List<NcoChange> next = new ArrayList<>(history);
        next.add(change);
        return new NcoEntry(id, next);
    }

    private static NcoChange change(EventAudit audit, NcoChange.Type type, LocalDate on, Map<String, String> details) {
        return new NcoChange(audit.eventId(), type, on, audit.recordedAt(), audit.issuedBy(), audit.reason(), details);
    }
}
