package ru.kogalym.civic.query.summary;

import ru.kogalym.civic.query.projection.InMemoryReadModels;
import ru.kogalym.civic.query.projection.MongoReadModels;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
import ru.kogalym.civic.contract.nco.LegalForm;
import ru.kogalym.civic.contract.nco.NcoExcludedFromStateRegistryEvent;
import ru.kogalym.civic.contract.nco.NcoLiquidatedEvent;
import ru.kogalym.civic.contract.nco.NcoRecognizedAsSoncoEvent;
import ru.kogalym.civic.contract.nco.NcoRegisteredEvent;
import ru.kogalym.civic.contract.nco.NcoRenamedEvent;
import ru.kogalym.civic.contract.nco.NcoSoncoStatusWithdrawnEvent;
import ru.kogalym.civic.contract.nco.NcoStateRegistrationRecordedEvent;
import ru.kogalym.civic.contract.nco.StateRegistration;
import ru.kogalym.civic.contract.priority.PriorityTask;
import ru.kogalym.civic.contract.priority.PriorityTaskAddedEvent;
import ru.kogalym.civic.contract.priority.YearPrioritiesSetEvent;
import ru.kogalym.civic.contract.raid.RaidCorrectedEvent;
import ru.kogalym.civic.contract.raid.RaidRecordedEvent;
import ru.kogalym.civic.contract.raid.RaidWithdrawnEvent;
import ru.kogalym.civic.contract.support.SupportCorrectedEvent;
import ru.kogalym.civic.contract.support.SupportKind;
import ru.kogalym.civic.contract.support.SupportRecordedEvent;
import ru.kogalym.civic.contract.support.SupportWithdrawnEvent;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.query.summary.AnnualSummary.NcoName;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random histories over several years (corrections that move records between years, withdrawals, liquidations,
 * state registry and СОНКО changes, redelivered events) fed to the projection's handlers; the expected summaries are
 * computed here from the generator's own record of the truth, and the reconciliation's fold must agree too.
 */
class AnnualSummaryPropertyTest {

    private static final int FIRST_YEAR = 2016;
    private static final int LAST_YEAR = 2023;

    private static TestMongo mongo;

    @BeforeAll
    static void startMongo() {
        mongo = TestMongo.start();
    }

    @AfterAll
    static void stopMongo() {
        mongo.close();
    }

    // --- the truth, as the generator knows it --------------------------------------------------------------------

    /** [from, to) periods; to == null: still open. */
    private record Period(LocalDate from, LocalDate to) {
        boolean covers(LocalDate date) {
            return !from.isAfter(date) && (to == null || to.isAfter(date));
        }
    }

    private static final class TrueNco {
        String id;
        LocalDate registeredOn;
        LocalDate liquidatedOn;
        final List<Period> state = new ArrayList<>();
        final List<Period> sonco = new ArrayList<>();
        final TreeSet<LocalDate> renameDates = new TreeSet<>();
        final Map<LocalDate, String> nameFrom = new HashMap<>();
    }

    private static final class TrueActivity {
        String type;
        String kind;
        LocalDate on;
        boolean withNcos;
        int leaflets;
        int residents;
        long amountKopecks;
        String decision;
        LocalDate decidedOn;
        long awardedKopecks;
        boolean withdrawn;
    }

    private final List<TrueNco> ncos = new ArrayList<>();
    private final List<TrueActivity> activities = new ArrayList<>();
    private final Map<Integer, List<String>> plans = new HashMap<>();

    /** Per aggregate, its events in order. */
    private final Map<String, List<Object>> streams = new LinkedHashMap<>();

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2020, 31337})
    void theProjectionAgreesWithAnIndependentCount(long seed) throws Exception {
        Random random = new Random(seed);
        generate(random);

        AnnualSummaryProjection projection = new AnnualSummaryProjection(new MongoReadModels(mongo.database()));
        projection.reset();
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        // the same projection, each event once, in memory: what at-least-once delivery must not change
        InMemoryReadModels once = new InMemoryReadModels();
        AnnotationEventHandlerAdapter exactlyOnce = new AnnotationEventHandlerAdapter(new AnnualSummaryProjection(once));
        List<EventMessage<?>> delivered = new ArrayList<>();
        for (EventMessage<?> message : interleave(random)) {
            handlers.handle(message);
            exactlyOnce.handle(message);
            delivered.add(message);
            if (random.nextInt(10) == 0) {
                // at-least-once delivery: an earlier event comes again
                handlers.handle(delivered.get(random.nextInt(delivered.size())));
            }
        }
        AnnualSummaries summaries = new AnnualSummaries(new MongoReadModels(mongo.database()));

        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            AnnualSummary actual = summaries.summaryFor(year);
            assertMatchesTruth(year, actual);
            assertThat(SummaryReconciliation.compare(new AnnualSummaries(once).summaryFor(year), actual))
                    .as("reconciliation of " + year).isEmpty();
        }
    }

    private void assertMatchesTruth(int year, AnnualSummary actual) {
        LocalDate end = LocalDate.of(year, 12, 31);
        String at = "seed year " + year;
        List<TrueNco> active = ncos.stream().filter(n -> !n.registeredOn.isAfter(end)
                && (n.liquidatedOn == null || n.liquidatedOn.isAfter(end))).toList();
        Set<String> registered = active.stream().filter(n -> n.state.stream().anyMatch(p -> p.covers(end)))
                                       .map(n -> n.id).collect(Collectors.toSet());
        assertThat(actual.ncos().total()).as(at).isEqualTo(active.size());
        assertThat(actual.ncos().stateRegistered()).as(at).isEqualTo(registered.size());
        assertThat(actual.ncos().notStateRegistered()).as(at).isEqualTo(active.size() - registered.size());
        assertThat(actual.ncos().stateRegisteredNcos()).extracting(NcoName::ncoId).as(at)
                                                        .containsExactlyInAnyOrderElementsOf(registered);
        assertThat(actual.ncos().sonco()).as(at).isEqualTo(
                (int) active.stream().filter(n -> n.sonco.stream().anyMatch(p -> p.covers(end))).count());
        assertThat(actual.ncos().registeredDuringYear()).as(at).isEqualTo(
                (int) ncos.stream().filter(n -> n.registeredOn.getYear() == year).count());
        for (NcoName name : actual.ncos().notStateRegisteredNcos()) {
            TrueNco nco = ncos.stream().filter(n -> n.id.equals(name.ncoId())).findFirst().orElseThrow();
            assertThat(name.fullName()).as(at).isEqualTo(nco.nameFrom.get(nco.renameDates.floor(end)));
        }

        List<TrueActivity> ofYear = activities.stream()
                .filter(a -> !a.withdrawn && a.on.getYear() == year).toList();
        for (MeetingKind kind : MeetingKind.values()) {
            assertThat(actual.meetings().byKind().get(kind.name())).as(at + " " + kind)
                    .isEqualTo(count(ofYear, "meeting", kind.name()));
        }
        assertThat(actual.meetings().total()).as(at).isEqualTo(count(ofYear, "meeting", null));
        assertThat(actual.commissionSessionsWithNcos()).as(at).isEqualTo((int) ofYear.stream()
                .filter(a -> a.type.equals("meeting") && a.kind.equals("COMMISSION_SESSION") && a.withNcos).count());
        assertThat(actual.raids().count()).as(at).isEqualTo(count(ofYear, "raid", null));
        assertThat(actual.raids().leafletsDistributed()).as(at).isEqualTo(
                ofYear.stream().filter(a -> a.type.equals("raid")).mapToLong(a -> a.leaflets).sum());
        assertThat(actual.raids().residentsReached()).as(at).isEqualTo(
                ofYear.stream().filter(a -> a.type.equals("raid")).mapToLong(a -> a.residents).sum());
        for (CityEventKind kind : CityEventKind.values()) {
            assertThat(actual.eventParticipations().byKind().get(kind.name())).as(at + " " + kind)
                    .isEqualTo(count(ofYear, "event", kind.name()));
        }
        assertThat(actual.eventParticipations().total()).as(at).isEqualTo(count(ofYear, "event", null));
        for (SupportKind kind : SupportKind.values()) {
            assertThat(actual.support().byKind().get(kind.name())).as(at + " " + kind)
                    .isEqualTo(count(ofYear, "support", kind.name()));
        }
        assertThat(actual.support().financialAmount()).as(at).isEqualTo(BigDecimal.valueOf(ofYear.stream()
                .filter(a -> a.type.equals("support") && a.kind.equals("FINANCIAL"))
                .mapToLong(a -> a.amountKopecks).sum(), 2));

        List<TrueActivity> grants = activities.stream().filter(a -> !a.withdrawn && a.type.equals("grant")).toList();
        for (GrantLevel level : GrantLevel.values()) {
            List<TrueActivity> decided = grants.stream().filter(g -> g.kind.equals(level.name())
                    && g.decidedOn != null && g.decidedOn.getYear() == year).toList();
            AnnualSummary.GrantLevelFigures figures = actual.grants().byLevel().get(level.name());
            assertThat(figures.applied()).as(at + " " + level).isEqualTo(count(ofYear, "grant", level.name()));
            assertThat(figures.awarded()).as(at + " " + level)
                    .isEqualTo((int) decided.stream().filter(g -> g.decision.equals("AWARDED")).count());
            assertThat(figures.rejected()).as(at + " " + level)
                    .isEqualTo((int) decided.stream().filter(g -> g.decision.equals("REJECTED")).count());
            assertThat(figures.awardedAmount()).as(at + " " + level).isEqualTo(BigDecimal.valueOf(decided.stream()
                    .filter(g -> g.decision.equals("AWARDED")).mapToLong(g -> g.awardedKopecks).sum(), 2));
        }
        assertThat(actual.grants().applied()).as(at).isEqualTo(count(ofYear, "grant", null));
        assertThat(actual.priorities()).extracting(AnnualSummary.Priority::taskId).as(at)
                                       .containsExactlyElementsOf(plans.getOrDefault(year, List.of()));
        assertThat(actual.nextYearPriorities()).extracting(AnnualSummary.Priority::taskId).as(at)
                                               .containsExactlyElementsOf(plans.getOrDefault(year + 1, List.of()));
    }

    private static int count(List<TrueActivity> activities, String type, String kind) {
        return (int) activities.stream().filter(a -> a.type.equals(type) && (kind == null || a.kind.equals(kind)))
                               .count();
    }

    // --- generation ---------------------------------------------------------------------------------------------

    private void generate(Random random) {
        int ncoCount = 8 + random.nextInt(10);
        for (int i = 0; i < ncoCount; i++) {
            generateNco("n" + i, random);
        }
        List<String> ncoIds = ncos.stream().map(n -> n.id).toList();
        int activityCount = 40 + random.nextInt(40);
        for (int i = 0; i < activityCount; i++) {
            switch (random.nextInt(5)) {
                case 0 -> generateMeeting("m" + i, random, ncoIds);
                case 1 -> generateRaid("r" + i, random);
                case 2 -> generateParticipation("p" + i, random);
                case 3 -> generateSupport("s" + i, random);
                default -> generateGrant("g" + i, random);
            }
        }
        for (int year = FIRST_YEAR; year <= LAST_YEAR + 1; year++) {
            if (random.nextBoolean()) {
                List<String> tasks = new ArrayList<>(List.of("t" + year + "a", "t" + year + "b"));
                List<Object> stream = stream("plan-" + year);
                stream.add(new YearPrioritiesSetEvent(String.valueOf(year), List.of(
                        new PriorityTask(tasks.get(0), "Task A " + year, null),
                        new PriorityTask(tasks.get(1), "Task B " + year, "b")), LocalDate.of(year - 1, 12, 1)));
                if (random.nextBoolean()) {
                    tasks.add("t" + year + "c");
                    stream.add(new PriorityTaskAddedEvent(String.valueOf(year), "t" + year + "c", "Task C", null,
                            LocalDate.of(year, 2, 1)));
                }
                plans.put(year, tasks);
            }
        }
    }

    private void generateNco(String id, Random random) {
        TrueNco nco = new TrueNco();
        nco.id = id;
        nco.registeredOn = date(random, FIRST_YEAR - 1, LAST_YEAR);
        List<Object> stream = stream(id);
        LocalDate stateFrom = random.nextBoolean() ? nco.registeredOn.minusDays(random.nextInt(400)) : null;
        nco.nameFrom.put(nco.registeredOn, "Name of " + id);
        nco.renameDates.add(nco.registeredOn);
        stream.add(new NcoRegisteredEvent(id, "Name of " + id, null, null, LegalForm.OTHER, "c", null, null, "a", "l",
                nco.registeredOn, stateFrom == null ? null : new StateRegistration(stateFrom, "x")));
        LocalDate cursor = nco.registeredOn;
        boolean inState = stateFrom != null;
        LocalDate stateSince = stateFrom;
        boolean sonco = false;
        LocalDate soncoSince = null;
        int changes = random.nextInt(6);
        for (int c = 0; c < changes; c++) {
            cursor = cursor.plusDays(random.nextInt(500));
            switch (random.nextInt(3)) {
                case 0 -> {
                    if (inState) {
                        stream.add(new NcoExcludedFromStateRegistryEvent(id, cursor, "excluded"));
                        nco.state.add(new Period(stateSince, cursor));
                    } else {
                        stream.add(new NcoStateRegistrationRecordedEvent(id, cursor, "no"));
                        stateSince = cursor;
                    }
                    inState = !inState;
                }
                case 1 -> {
                    if (sonco) {
                        stream.add(new NcoSoncoStatusWithdrawnEvent(id, cursor, "lapsed"));
                        nco.sonco.add(new Period(soncoSince, cursor));
                    } else {
                        stream.add(new NcoRecognizedAsSoncoEvent(id, cursor));
                        soncoSince = cursor;
                    }
                    sonco = !sonco;
                }
                default -> {
                    if (!nco.renameDates.contains(cursor)) {
                        String name = "Renamed " + id + " " + c;
                        stream.add(new NcoRenamedEvent(id, name, null, null, cursor));
                        nco.renameDates.add(cursor);
                        nco.nameFrom.put(cursor, name);
                    }
                }
            }
        }
        if (inState) {
            nco.state.add(new Period(stateSince, null));
        }
        if (sonco) {
            nco.sonco.add(new Period(soncoSince, null));
        }
        if (random.nextInt(4) == 0) {
            nco.liquidatedOn = cursor.plusDays(random.nextInt(400));
            stream.add(new NcoLiquidatedEvent(id, nco.liquidatedOn, "liquidated"));
        }
        ncos.add(nco);
    }

    private void generateMeeting(String id, Random random, List<String> ncoIds) {
        TrueActivity meeting = activity("meeting");
        List<Object> stream = stream(id);
        for (int version = 0; version == 0 || random.nextInt(3) == 0; version++) {
            meeting.kind = pick(random, MeetingKind.values()).name();
            meeting.on = date(random, FIRST_YEAR, LAST_YEAR);
            List<String> participants = random.nextBoolean() ? List.of() : List.of(ncoIds.get(random.nextInt(ncoIds.size())));
            meeting.withNcos = !participants.isEmpty();
            MeetingKind kind = MeetingKind.valueOf(meeting.kind);
            stream.add(version == 0
                    ? new MeetingHeldEvent(id, kind, "t", meeting.on, "v", null, participants, List.of(), null)
                    : new MeetingCorrectedEvent(id, kind, "t", meeting.on, "v", null, participants, List.of(), null,
                    "fix"));
        }
        if (random.nextInt(5) == 0) {
            meeting.withdrawn = true;
            stream.add(new MeetingWithdrawnEvent(id, "withdrawn"));
        }
    }

    private void generateRaid(String id, Random random) {
        TrueActivity raid = activity("raid");
        raid.kind = "RAID";
        List<Object> stream = stream(id);
        for (int version = 0; version == 0 || random.nextInt(3) == 0; version++) {
            raid.on = date(random, FIRST_YEAR, LAST_YEAR);
            raid.leaflets = random.nextInt(300);
            Integer residents = random.nextBoolean() ? null : random.nextInt(200);
            raid.residents = residents == null ? 0 : residents;
            stream.add(version == 0
                    ? new RaidRecordedEvent(id, raid.on, "Мира", "masks", List.of(), List.of(), raid.leaflets, residents)
                    : new RaidCorrectedEvent(id, raid.on, "Мира", "masks", List.of(), List.of(), raid.leaflets,
                    residents, "fix"));
        }
        if (random.nextInt(5) == 0) {
            raid.withdrawn = true;
            stream.add(new RaidWithdrawnEvent(id, "withdrawn"));
        }
    }

    private void generateParticipation(String id, Random random) {
        TrueActivity participation = activity("event");
        List<Object> stream = stream(id);
        for (int version = 0; version == 0 || random.nextInt(3) == 0; version++) {
            CityEventKind kind = pick(random, CityEventKind.values());
            participation.kind = kind.name();
            participation.on = date(random, FIRST_YEAR, LAST_YEAR);
            stream.add(version == 0
                    ? new EventParticipationRecordedEvent(id, kind, "e", participation.on, List.of("n0"), null)
                    : new EventParticipationCorrectedEvent(id, kind, "e", participation.on, List.of("n0"), 3, "fix"));
        }
        if (random.nextInt(5) == 0) {
            participation.withdrawn = true;
            stream.add(new EventParticipationWithdrawnEvent(id, "withdrawn"));
        }
    }

    private void generateSupport(String id, Random random) {
        TrueActivity support = activity("support");
        List<Object> stream = stream(id);
        for (int version = 0; version == 0 || random.nextInt(3) == 0; version++) {
            SupportKind kind = pick(random, SupportKind.values());
            support.kind = kind.name();
            support.on = date(random, FIRST_YEAR, LAST_YEAR);
            support.amountKopecks = random.nextInt(1_000_000);
            stream.add(version == 0
                    ? new SupportRecordedEvent(id, "n0", kind, support.on, "d", support.amountKopecks, null, null,
                    "adm")
                    : new SupportCorrectedEvent(id, "n0", kind, support.on, "d", support.amountKopecks, null, null,
                    "adm", "fix"));
        }
        if (random.nextInt(5) == 0) {
            support.withdrawn = true;
            stream.add(new SupportWithdrawnEvent(id, "withdrawn"));
        }
    }

    private void generateGrant(String id, Random random) {
        TrueActivity grant = activity("grant");
        List<Object> stream = stream(id);
        GrantLevel level = pick(random, GrantLevel.values());
        grant.kind = level.name();
        grant.on = date(random, FIRST_YEAR, LAST_YEAR);
        long requested = 100_000L * (100_000 + random.nextInt(900_000));
        stream.add(new GrantAppliedForEvent(id, "n0", level, "c", "p", requested, grant.on));
        if (random.nextInt(3) == 0) {
            level = pick(random, GrantLevel.values());
            grant.kind = level.name();
            grant.on = date(random, FIRST_YEAR, LAST_YEAR);
            stream.add(new GrantApplicationCorrectedEvent(id, "n0", level, "c", "p", requested, grant.on, "fix"));
        }
        if (random.nextInt(3) > 0) {
            grant.decidedOn = grant.on.plusDays(random.nextInt(300));
            if (random.nextBoolean()) {
                grant.decision = "AWARDED";
                grant.awardedKopecks = requested - random.nextInt(5_000_000);
                stream.add(new GrantAwardedEvent(id, "n0", level, "c", "p", requested, grant.awardedKopecks,
                        grant.decidedOn));
            } else {
                grant.decision = "REJECTED";
                stream.add(new GrantRejectedEvent(id, "n0", level, "c", "p", requested, grant.decidedOn, "no"));
            }
        }
        if (random.nextInt(6) == 0) {
            grant.withdrawn = true;
            stream.add(new GrantApplicationWithdrawnEvent(id, "withdrawn"));
        }
    }

    private TrueActivity activity(String type) {
        TrueActivity activity = new TrueActivity();
        activity.type = type;
        activities.add(activity);
        return activity;
    }

    private List<Object> stream(String aggregateId) {
        return streams.computeIfAbsent(aggregateId, id -> new ArrayList<>());
    }

    /** All events, each aggregate's in order, aggregates interleaved at random. */
    private List<EventMessage<?>> interleave(Random random) {
        Map<String, Integer> next = new HashMap<>();
        List<String> pending = new ArrayList<>(streams.keySet());
        List<EventMessage<?>> messages = new ArrayList<>();
        while (!pending.isEmpty()) {
            String aggregate = pending.get(random.nextInt(pending.size()));
            int index = next.merge(aggregate, 1, Integer::sum) - 1;
            List<Object> stream = streams.get(aggregate);
            messages.add(GenericEventMessage.asEventMessage(stream.get(index)));
            if (index + 1 == stream.size()) {
                pending.remove(aggregate);
            }
        }
        return messages;
    }

    private static LocalDate date(Random random, int fromYear, int toYear) {
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        int days = (int) (LocalDate.of(toYear, 12, 31).toEpochDay() - from.toEpochDay());
        return from.plusDays(random.nextInt(days + 1));
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
