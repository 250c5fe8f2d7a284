package ru.kogalym.civic.query.summary;

import org.axonframework.eventhandling.EventMessage;
import ru.kogalym.civic.contract.cityevent.CityEventKind;
import ru.kogalym.civic.contract.cityevent.EventParticipationCorrectedEvent;
import ru.kogalym.civic.contract.cityevent.EventParticipationRecordedEvent;
import ru.kogalym.civic.contract.cityevent.EventParticipationWithdrawnEvent;
import ru.kogalym.civic.contract.grant.GrantApplicationCorrectedEvent;
import ru.kogalym.civic.contract.grant.GrantApplicationWithdrawnEvent;
import ru.kogalym.civic.contract.grant.GrantAppliedForEvent;
import ru.kogalym.civic.contract.grant.GrantAwardedEvent;
import ru.kogalym.civic.contract.grant.GrantLevel;
import ru.kogalym.civic.contract.grant.GrantRejectedEvent;
import ru.kogalym.civic.contract.meeting.MeetingCorrectedEvent;
import ru.kogalym.civic.contract.meeting.MeetingHeldEvent;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.contract.meeting.MeetingWithdrawnEvent;
import ru.kogalym.civic.contract.nco.NcoExcludedFromStateRegistryEvent;
import ru.kogalym.civic.contract.nco.NcoLiquidatedEvent;
import ru.kogalym.civic.contract.nco.NcoRecognizedAsSoncoEvent;
import ru.kogalym.civic.contract.nco.NcoRegisteredEvent;
import ru.kogalym.civic.contract.nco.NcoRegistrationCorrectedEvent;
import ru.kogalym.civic.contract.nco.NcoRenamedEvent;
import ru.kogalym.civic.contract.nco.NcoSoncoStatusWithdrawnEvent;
import ru.kogalym.civic.contract.nco.NcoStateRegistrationRecordedEvent;
import ru.kogalym.civic.contract.nco.NcoWithdrawnEvent;
import ru.kogalym.civic.contract.priority.PriorityTaskAddedEvent;
import ru.kogalym.civic.contract.priority.PriorityTaskMarkedDoneEvent;
import ru.kogalym.civic.contract.priority.YearPrioritiesSetEvent;
import ru.kogalym.civic.contract.raid.RaidCorrectedEvent;
import ru.kogalym.civic.contract.raid.RaidRecordedEvent;
import ru.kogalym.civic.contract.raid.RaidWithdrawnEvent;
import ru.kogalym.civic.contract.support.SupportCorrectedEvent;
import ru.kogalym.civic.contract.support.SupportKind;
import ru.kogalym.civic.contract.support.SupportRecordedEvent;
import ru.kogalym.civic.contract.support.SupportWithdrawnEvent;
import ru.kogalym.civic.query.summary.AnnualSummary.GrantLevelFigures;
import ru.kogalym.civic.query.summary.AnnualSummary.NcoName;
import ru.kogalym.civic.query.summary.AnnualSummary.Priority;
import ru.kogalym.civic.query.web.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A second, deliberately plain implementation of the summary: folds event payloads in memory (no documents, no
 * idempotency bookkeeping: the stream delivers each event once) and counts by straightforward loops. Used by
 * {@link SummaryReconciliation} to check the projection.
 */
final class EventFold {

    /** A dated fact in an NCO's life; {@code order} breaks ties between facts of the same day. */
    private record Dated<T>(LocalDate on, long order, T value) {
    }

    private static final class Nco {
        LocalDate registeredOn;
        List<String> illustrative = List.of();
        LocalDate liquidatedOn;
        boolean withdrawn;
        final List<Dated<String[]>> names = new ArrayList<>();
        final List<Dated<Boolean>> state = new ArrayList<>();
        final List<Dated<Boolean>> sonco = new ArrayList<>();
    }

    private static final class Activity {
        String kind;
        LocalDate on;
        boolean withdrawn;
        boolean withNcos;
        long leaflets;
        long residents;
        Long amountKopecks;
        String decision;
        LocalDate decidedOn;
        long awardedKopecks;
        List<String> illustrative = List.of();
    }

    private final Map<String, Nco> ncos = new LinkedHashMap<>();
    private final Map<String, Activity> meetings = new HashMap<>();
    private final Map<String, Activity> raids = new HashMap<>();
    private final Map<String, Activity> participations = new HashMap<>();
    private final Map<String, Activity> supports = new HashMap<>();
    private final Map<String, Activity> grants = new HashMap<>();
    private final Map<String, LinkedHashMap<String, Priority>> plans = new HashMap<>();
    private long order;

    void apply(EventMessage<?> event) {
        order++;
        Object payload = event.getPayload();
        if (payload instanceof NcoRegisteredEvent e) {
            Nco nco = nco(e.ncoId());
            nco.registeredOn = e.registeredOn();
            nco.illustrative = Illustrative.fields(event);
            nco.names.add(new Dated<>(e.registeredOn(), order,
                    new String[]{e.fullName(), e.shortName(), e.nameTranslation()}));
            if (e.stateRegistration() != null && e.stateRegistration().registeredOn() != null) {
                nco.state.add(new Dated<>(e.stateRegistration().registeredOn(), order, true));
            }
        } else if (payload instanceof NcoRegistrationCorrectedEvent e) {
            Nco nco = nco(e.ncoId());
            // the registration's names were the first recorded; the correction takes their place
            long registrationOrder = nco.registeredOn != null && !nco.names.isEmpty() ? nco.names.remove(0).order()
                    : order;
            nco.names.add(0, new Dated<>(e.registeredOn(), registrationOrder,
                    new String[]{e.fullName(), e.shortName(), e.nameTranslation()}));
            nco.registeredOn = e.registeredOn();
        } else if (payload instanceof NcoWithdrawnEvent e) {
            nco(e.ncoId()).withdrawn = true;
        } else if (payload instanceof NcoRenamedEvent e) {
            nco(e.ncoId()).names.add(new Dated<>(e.renamedOn(), order,
                    new String[]{e.fullName(), e.shortName(), e.nameTranslation()}));
        } else if (payload instanceof NcoStateRegistrationRecordedEvent e) {
            nco(e.ncoId()).state.add(new Dated<>(e.registeredOn(), order, true));
        } else if (payload instanceof NcoExcludedFromStateRegistryEvent e) {
            nco(e.ncoId()).state.add(new Dated<>(e.excludedOn(), order, false));
        } else if (payload instanceof NcoRecognizedAsSoncoEvent e) {
            nco(e.ncoId()).sonco.add(new Dated<>(e.recognizedOn(), order, true));
        } else if (payload instanceof NcoSoncoStatusWithdrawnEvent e) {
            nco(e.ncoId()).sonco.add(new Dated<>(e.withdrawnOn(), order, false));
        } else if (payload instanceof NcoLiquidatedEvent e) {
            nco(e.ncoId()).liquidatedOn = e.liquidatedOn();
        } else if (payload instanceof MeetingHeldEvent e) {
            Activity a = meetings.computeIfAbsent(e.meetingId(), k -> new Activity());
            a.kind = e.kind().name();
            a.on = e.heldOn();
            a.withNcos = !e.participantNcoIds().isEmpty();
        } else if (payload instanceof MeetingCorrectedEvent e) {
            Activity a = meetings.computeIfAbsent(e.meetingId(), k -> new Activity());
            a.kind = e.kind().name();
            a.on = e.heldOn();
            a.withNcos = !e.participantNcoIds().isEmpty();
        } else if (payload instanceof MeetingWithdrawnEvent e) {
            meetings.computeIfAbsent(e.meetingId(), k -> new Activity()).withdrawn = true;
        } else if (payload instanceof RaidRecordedEvent e) {
            Activity a = raids.computeIfAbsent(e.raidId(), k -> new Activity());
            a.on = e.heldOn();
            a.leaflets = e.leafletsDistributed();
            a.residents = e.residentsReached() == null ? 0 : e.residentsReached();
            a.illustrative = Illustrative.fields(event);
        } else if (payload instanceof RaidCorrectedEvent e) {
            Activity a = raids.computeIfAbsent(e.raidId(), k -> new Activity());
            a.on = e.heldOn();
            a.leaflets = e.leafletsDistributed();
            a.residents = e.residentsReached() == null ? 0 : e.residentsReached();
            a.illustrative = Illustrative.fields(event);
        } else if (payload instanceof RaidWithdrawnEvent e) {
            raids.computeIfAbsent(e.raidId(), k -> new Activity()).withdrawn = true;
        } else if (payload instanceof EventParticipationRecordedEvent e) {
            Activity a = participations.computeIfAbsent(e.participationId(), k -> new Activity());
            a.kind = e.eventKind().name();
            a.on = e.heldOn();
        } else if (payload instanceof EventParticipationCorrectedEvent e) {
            Activity a = participations.computeIfAbsent(e.participationId(), k -> new Activity());
            a.kind = e.eventKind().name();
            a.on = e.heldOn();
        } else if (payload instanceof EventParticipationWithdrawnEvent e) {
            participations.computeIfAbsent(e.participationId(), k -> new Activity()).withdrawn = true;
        } else if (payload instanceof SupportRecordedEvent e) {
            Activity a = supports.computeIfAbsent(e.supportId(), k -> new Activity());
            a.kind = e.kind().name();
            a.on = e.providedOn();
            a.amountKopecks = e.amountKopecks();
        } else if (payload instanceof SupportCorrectedEvent e) {
            Activity a = supports.computeIfAbsent(e.supportId(), k -> new Activity());
            a.kind = e.kind().name();
            a.on = e.providedOn();
            a.amountKopecks = e.amountKopecks();
        } else if (payload instanceof SupportWithdrawnEvent e) {
            supports.computeIfAbsent(e.supportId(), k -> new Activity()).withdrawn = true;
        } else if (payload instanceof GrantAppliedForEvent e) {
            Activity a = grants.computeIfAbsent(e.grantApplicationId(), k -> new Activity());
            a.kind = e.level().name();
            a.on = e.appliedOn();
        } else if (payload instanceof GrantApplicationCorrectedEvent e) {
            Activity a = grants.computeIfAbsent(e.grantApplicationId(), k -> new Activity());
            a.kind = e.level().name();
            a.on = e.appliedOn();
        } else if (payload instanceof GrantAwardedEvent e) {
            Activity a = grants.computeIfAbsent(e.grantApplicationId(), k -> new Activity());
            if (a.kind == null) {
                a.kind = e.level().name();
            }
            a.decision = "AWARDED";
            a.decidedOn = e.decidedOn();
            a.awardedKopecks = e.amountAwardedKopecks();
        } else if (payload instanceof GrantRejectedEvent e) {
            Activity a = grants.computeIfAbsent(e.grantApplicationId(), k -> new Activity());
            if (a.kind == null) {
                a.kind = e.level().name();
            }
            a.decision = "REJECTED";
            a.decidedOn = e.decidedOn();
        } else if (payload instanceof GrantApplicationWithdrawnEvent e) {
            grants.computeIfAbsent(e.grantApplicationId(), k -> new Activity()).withdrawn = true;
        } else if (payload instanceof YearPrioritiesSetEvent e) {
            LinkedHashMap<String, Priority> plan = new LinkedHashMap<>();
            e.tasks().forEach(t -> plan.put(t.taskId(), new Priority(t.taskId(), t.title(), t.description(), false)));
            LinkedHashMap<String, Priority> earlier = plans.get(e.year());
            if (earlier != null) {
                earlier.forEach(plan::putIfAbsent);
            }
            plans.put(e.year(), plan);
        } else if (payload instanceof PriorityTaskAddedEvent e) {
            plans.computeIfAbsent(e.year(), y -> new LinkedHashMap<>())
                 .putIfAbsent(e.taskId(), new Priority(e.taskId(), e.title(), e.description(), false));
        } else if (payload instanceof PriorityTaskMarkedDoneEvent e) {
            plans.computeIfAbsent(e.year(), y -> new LinkedHashMap<>())
                 .computeIfPresent(e.taskId(), (id, t) -> new Priority(t.taskId(), t.title(), t.description(), true));
        }
    }

    private Nco nco(String id) {
        return ncos.computeIfAbsent(id, k -> new Nco());
    }

    AnnualSummary summary(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        List<Map.Entry<String, Nco>> active = ncos.entrySet().stream()
                .filter(e -> !e.getValue().withdrawn)
                .filter(e -> e.getValue().registeredOn != null && !e.getValue().registeredOn.isAfter(end))
                .filter(e -> e.getValue().liquidatedOn == null || e.getValue().liquidatedOn.isAfter(end))
                .sorted(Map.Entry.<String, Nco>comparingByValue((a, b) -> a.registeredOn.compareTo(b.registeredOn))
                                 .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<NcoName> registered = new ArrayList<>();
        List<NcoName> others = new ArrayList<>();
        int sonco = 0;
        for (Map.Entry<String, Nco> entry : active) {
            Nco nco = entry.getValue();
            String[] names = latest(nco.names, end, null);
            NcoName name = names == null ? new NcoName(entry.getKey(), entry.getKey(), null, null)
                    : new NcoName(entry.getKey(), names[0], names[1], names[2]);
            if (Boolean.TRUE.equals(latest(nco.state, end, false))) {
                registered.add(name);
            } else {
                others.add(name);
            }
            if (Boolean.TRUE.equals(latest(nco.sonco, end, false))) {
                sonco++;
            }
        }
        long registeredDuringYear = ncos.values().stream()
                .filter(n -> !n.withdrawn && n.registeredOn != null && n.registeredOn.getYear() == year).count();
        long liquidatedDuringYear = ncos.values().stream()
                .filter(n -> !n.withdrawn && n.registeredOn != null && n.liquidatedOn != null && n.liquidatedOn.getYear() == year)
                .count();

        Map<String, Integer> meetingKinds = new LinkedHashMap<>();
        for (MeetingKind kind : MeetingKind.values()) {
            meetingKinds.put(kind.name(), count(meetings, year, kind.name()));
        }
        int commissionWithNcos = (int) meetings.values().stream()
                .filter(a -> counts(a, year) && "COMMISSION_SESSION".equals(a.kind) && a.withNcos).count();
        List<Activity> raidsOfYear = raids.values().stream().filter(a -> counts(a, year)).toList();
        Map<String, Integer> eventKinds = new LinkedHashMap<>();
        for (CityEventKind kind : CityEventKind.values()) {
            eventKinds.put(kind.name(), count(participations, year, kind.name()));
        }
        Map<String, Integer> supportKinds = new LinkedHashMap<>();
        for (SupportKind kind : SupportKind.values()) {
            supportKinds.put(kind.name(), count(supports, year, kind.name()));
        }
        long financialKopecks = supports.values().stream()
                .filter(a -> counts(a, year) && "FINANCIAL".equals(a.kind) && a.amountKopecks != null)
                .mapToLong(a -> a.amountKopecks).reduce(0, Math::addExact);

        Map<String, GrantLevelFigures> byLevel = new LinkedHashMap<>();
        for (GrantLevel level : GrantLevel.values()) {
            String name = level.name();
            List<Activity> decided = grants.values().stream()
                    .filter(a -> !a.withdrawn && name.equals(a.kind) && a.decidedOn != null
                            && a.decidedOn.getYear() == year).toList();
            byLevel.put(name, new GrantLevelFigures(
                    count(grants, year, name),
                    (int) decided.stream().filter(a -> "AWARDED".equals(a.decision)).count(),
                    (int) decided.stream().filter(a -> "REJECTED".equals(a.decision)).count(),
                    Money.roubles(decided.stream().filter(a -> "AWARDED".equals(a.decision))
                            .mapToLong(a -> a.awardedKopecks).reduce(0, Math::addExact))));
        }

        return new AnnualSummary(year,
                new AnnualSummary.Ncos(active.size(), registered.size(), others.size(), sonco,
                        (int) registeredDuringYear, (int) liquidatedDuringYear, registered, others),
                new AnnualSummary.Meetings(meetingKinds.values().stream().mapToInt(Integer::intValue).sum(),
                        meetingKinds),
                commissionWithNcos,
                new AnnualSummary.Raids(raidsOfYear.size(), raidsOfYear.stream().mapToLong(a -> a.leaflets).sum(),
                        raidsOfYear.stream().mapToLong(a -> a.residents).sum()),
                new AnnualSummary.EventParticipations(eventKinds.values().stream().mapToInt(Integer::intValue).sum(),
                        eventKinds),
                new AnnualSummary.Support(supportKinds.values().stream().mapToInt(Integer::intValue).sum(),
                        supportKinds, Money.roubles(financialKopecks)),
                new AnnualSummary.Grants(
                        byLevel.values().stream().mapToInt(GrantLevelFigures::applied).sum(),
                        byLevel.values().stream().mapToInt(GrantLevelFigures::awarded).sum(),
                        byLevel.values().stream().mapToInt(GrantLevelFigures::rejected).sum(),
                        byLevel.values().stream().map(GrantLevelFigures::awardedAmount)
                                .reduce(BigDecimal.ZERO, BigDecimal::add),
                        byLevel),
                plan(year), plan(year + 1), illustrative(raidsOfYear));
    }

    private List<String> illustrative(List<Activity> raidsOfYear) {
        List<String> figures = new ArrayList<>();
        if (ncos.values().stream().anyMatch(nco -> nco.illustrative.contains("registeredOn"))) {
            figures.add(AnnualSummary.NEW_NCOS);
        }
        if (raidsOfYear.stream().anyMatch(raid -> raid.illustrative.contains("leafletsDistributed"))) {
            figures.add(AnnualSummary.LEAFLETS);
        }
        if (raidsOfYear.stream().anyMatch(raid -> raid.illustrative.contains("residentsReached"))) {
            figures.add(AnnualSummary.RESIDENTS);
        }
        return figures;
    }

    private List<Priority> plan(int year) {
        LinkedHashMap<String, Priority> plan = plans.get(String.valueOf(year));
        return plan == null ? List.of() : List.copyOf(plan.values());
    }

    private static boolean counts(Activity a, int year) {
        return !a.withdrawn && a.on != null && a.on.getYear() == year;
    }

    private static int count(Map<String, Activity> activities, int year, String kind) {
        return (int) activities.values().stream().filter(a -> counts(a, year) && kind.equals(a.kind)).count();
    }

    /** The value of the latest fact dated on or before {@code date} (ties: the later recorded). */
    private static <T> T latest(List<Dated<T>> facts, LocalDate date, T none) {
        Dated<T> best = null;
        for (Dated<T> fact : facts) {
            if (fact.on() != null && !fact.on().isAfter(date)
                    && (best == null || fact.on().isAfter(best.on())
                        || (fact.on().equals(best.on()) && fact.order() > best.order()))) {
                best = fact;
            }
        }
        return best == null ? none : best.value();
    }
}
