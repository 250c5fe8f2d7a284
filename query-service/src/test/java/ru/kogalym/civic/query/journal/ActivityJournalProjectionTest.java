package ru.kogalym.civic.query.journal;

import ru.kogalym.civic.query.projection.MongoReadModels;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import ru.kogalym.civic.contract.raid.RaidCorrectedEvent;
import ru.kogalym.civic.contract.raid.RaidRecordedEvent;
import ru.kogalym.civic.contract.raid.RaidWithdrawnEvent;
import ru.kogalym.civic.contract.support.SupportCorrectedEvent;
import ru.kogalym.civic.contract.support.SupportKind;
import ru.kogalym.civic.contract.support.SupportRecordedEvent;
import ru.kogalym.civic.contract.support.SupportWithdrawnEvent;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.query.testing.ActivityEvents;

import java.time.LocalDate;
import java.util.List;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.kogalym.civic.query.testing.Messages.msg;
import static ru.kogalym.civic.query.testing.Messages.stamp;

class ActivityJournalProjectionTest {

    private static TestMongo mongo;
    private ActivityJournalProjection projection;
    private ActivityJournal journal;

    @BeforeAll
    static void startMongo() {
        mongo = TestMongo.start();
    }

    @AfterAll
    static void stopMongo() {
        mongo.close();
    }

    @BeforeEach
    void setUp() {
        projection = new ActivityJournalProjection(new MongoReadModels(mongo.database()));
        projection.reset();
        journal = new ActivityJournal(new MongoReadModels(mongo.database()));
    }

    private static final LocalDate MARCH = LocalDate.of(2020, 3, 10);

    static MeetingHeldEvent meeting(String id, MeetingKind kind, LocalDate on, String... ncos) {
        return new MeetingHeldEvent(id, kind, "Укрепление межнационального согласия", on, "Дом Дружбы", null,
                                    List.of(ncos), List.of("ОМВД России по г. Когалыму"), null);
    }

    private ActivityEntry only(ActivityKind kind) {
        List<ActivityEntry> entries = journal.find(new ActivityFilter(kind, null, null, null, true));
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    @Test
    void meetingIsRecordedCorrectedAndWithdrawn() {
        projection.on(meeting("m1", MeetingKind.WORKING_MEETING, MARCH, "n1"), stamp("clerk", "2020-03-11T08:00:00Z"));
        ActivityEntry held = only(ActivityKind.MEETING);
        assertThat(held.title()).isEqualTo("Укрепление межнационального согласия");
        assertThat(held.detail(JournalDetail.VENUE)).isEqualTo("Дом Дружбы");
        assertThat(held.issuedBy()).isEqualTo("clerk");
        assertThat(held.recordedAt()).isEqualTo("2020-03-11T08:00:00Z");

        projection.on(new MeetingCorrectedEvent("m1", MeetingKind.WORKING_MEETING, "Согласие", MARCH.plusDays(1), null,
                                                null, List.of("n1", "n2"), List.of(), null, "опечатка в дате"), stamp());
        ActivityEntry corrected = only(ActivityKind.MEETING);
        assertThat(corrected.date()).isEqualTo(MARCH.plusDays(1));
        assertThat(corrected.ncoIds()).containsExactly("n1", "n2");
        assertThat(corrected.detail(JournalDetail.VENUE)).isNull();
        assertThat(corrected.corrections()).isEqualTo(1);
        assertThat(corrected.lastCorrectionReason()).isEqualTo("опечатка в дате");

        projection.on(new MeetingWithdrawnEvent("m1", "записано дважды"), stamp());
        assertThat(journal.find(ActivityFilter.all())).isEmpty();
        ActivityEntry withdrawn = only(ActivityKind.MEETING);
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.withdrawnReason()).isEqualTo("записано дважды");
    }

    /**
     * Each change is seen by a journal that has listed the version before it, so the order, and each filter's listing,
     * is brought up to date from what changed (not sorted or filtered again): after each, it is what a sort and a
     * filter of everything give.
     */
    @Test
    void theOrderStaysNewestFirstWhileRecordsAreAddedCorrectedAndWithdrawnOneByOne() {
        Random random = new Random(10);
        Map<String, LocalDate> dates = new HashMap<>();
        Map<String, String> named = new HashMap<>();
        Set<String> withdrawn = new HashSet<>();
        LocalDate from = MARCH.plusDays(5);
        LocalDate to = MARCH.plusDays(14);
        for (int step = 0; step < 60; step++) {
            int choice = dates.isEmpty() ? 0 : random.nextInt(4);
            LocalDate on = MARCH.plusDays(random.nextInt(20));
            String nco = random.nextBoolean() ? "n1" : "n2";
            List<String> ids = dates.keySet().stream().sorted().toList();
            if (choice <= 1) {
                String id = "r" + (10 + dates.size());
                projection.on(new RaidRecordedEvent(id, on, "ул. Мира", "памятки", List.of(nco), List.of(), 1, null),
                              stamp());
                dates.put(id, on);
                named.put(id, nco);
            } else if (choice == 2) {
                String id = ids.get(random.nextInt(ids.size()));
                projection.on(new RaidCorrectedEvent(id, on, "ул. Мира", "памятки", List.of(nco), List.of(), 1, null,
                                                     "дата уточнена"), stamp());
                dates.put(id, on);
                named.put(id, nco);
            } else {
                String id = ids.get(random.nextInt(ids.size()));
                projection.on(new RaidWithdrawnEvent(id, "ошибка"), stamp());
                withdrawn.add(id);
            }
            Comparator<String> newestFirst = Comparator.comparing(dates::get, Comparator.reverseOrder());
            List<String> all = dates.keySet().stream().sorted(newestFirst.thenComparing(Comparator.naturalOrder()))
                                    .toList();
            assertThat(journal.find(new ActivityFilter(null, null, null, null, true)))
                    .extracting(ActivityEntry::id).as("step %d", step).containsExactlyElementsOf(all);
            assertThat(journal.find(ActivityFilter.all())).extracting(ActivityEntry::id)
                    .containsExactlyElementsOf(all.stream().filter(id -> !withdrawn.contains(id)).toList());
            assertThat(journal.find(new ActivityFilter(null, null, null, "n2", false))).extracting(ActivityEntry::id)
                    .as("step %d, naming n2", step).containsExactlyElementsOf(all.stream()
                            .filter(id -> !withdrawn.contains(id) && named.get(id).equals("n2")).toList());
            assertThat(journal.find(new ActivityFilter(ActivityKind.RAID, from, to, null, true)))
                    .extracting(ActivityEntry::id).as("step %d, %s to %s", step, from, to)
                    .containsExactlyElementsOf(all.stream()
                            .filter(id -> !dates.get(id).isBefore(from) && !dates.get(id).isAfter(to)).toList());
        }
    }

    @Test
    void raidIsRecordedCorrectedAndWithdrawn() {
        projection.on(new RaidRecordedEvent("r1", MARCH, "площадь на ул. Мира", "масочный режим", List.of("n1"),
                                            List.of("Иванов"), 200, 150), stamp());
        assertThat(only(ActivityKind.RAID).detail(JournalDetail.LEAFLETS_DISTRIBUTED)).isEqualTo(200);
        projection.on(new RaidCorrectedEvent("r1", MARCH, "площадь на ул. Мира", "масочный режим", List.of("n1", "n3"),
                                             List.of("Иванов"), 250, null, "уточнено число памяток"), stamp());
        ActivityEntry raid = only(ActivityKind.RAID);
        assertThat(raid.detail(JournalDetail.LEAFLETS_DISTRIBUTED)).isEqualTo(250);
        assertThat(raid.detail(JournalDetail.RESIDENTS_REACHED)).isNull();
        assertThat(raid.ncoIds()).containsExactly("n1", "n3");
        projection.on(new RaidWithdrawnEvent("r1", "ошибка"), stamp());
        assertThat(only(ActivityKind.RAID).withdrawn()).isTrue();
    }

    @Test
    void cityEventParticipationIsRecordedCorrectedAndWithdrawn() {
        projection.on(new EventParticipationRecordedEvent("e1", CityEventKind.CLEAN_UP_DAY, "Субботник", MARCH,
                                                          List.of("n1"), 12), stamp());
        projection.on(new EventParticipationCorrectedEvent("e1", CityEventKind.SPORTS_DAY, "Спартакиада", MARCH,
                                                           List.of("n2"), 20, "не то мероприятие"), stamp());
        ActivityEntry entry = only(ActivityKind.EVENT_PARTICIPATION);
        assertThat(entry.title()).isEqualTo("Спартакиада");
        assertThat(entry.detail(JournalDetail.EVENT_KIND)).isEqualTo("SPORTS_DAY");
        assertThat(entry.detail(JournalDetail.PARTICIPANTS_COUNT)).isEqualTo(20);
        assertThat(entry.ncoIds()).containsExactly("n2");
        projection.on(new EventParticipationWithdrawnEvent("e1", "отменено"), stamp());
        assertThat(only(ActivityKind.EVENT_PARTICIPATION).withdrawnReason()).isEqualTo("отменено");
    }

    @Test
    void supportIsRecordedCorrectedAndWithdrawn() {
        projection.on(new SupportRecordedEvent("s1", "n1", SupportKind.FINANCIAL, MARCH, "Субсидия", 10_000_000L,
                                               MARCH, LocalDate.of(2020, 12, 31), "Администрация города Когалыма"), stamp());
        projection.on(new SupportCorrectedEvent("s1", "n1", SupportKind.FINANCIAL, MARCH, "Субсидия", 12_000_050L,
                                                MARCH, LocalDate.of(2020, 12, 31), "Администрация города Когалыма", "сумма"), stamp());
        ActivityEntry entry = only(ActivityKind.SUPPORT);
        assertThat(entry.detail(JournalDetail.AMOUNT)).isEqualTo(12_000_050L);
        assertThat(entry.detail(JournalDetail.SUPPORT_KIND)).isEqualTo("FINANCIAL");
        projection.on(new SupportWithdrawnEvent("s1", "дубль"), stamp());
        assertThat(only(ActivityKind.SUPPORT).withdrawn()).isTrue();
    }

    @Test
    void grantApplicationKeepsItsDecisionThroughCorrectionsAndCanBeWithdrawn() {
        projection.on(new GrantAppliedForEvent("g1", "n1", GrantLevel.OKRUG, "Конкурс Югры", "Мы вместе",
                                               50_000_000L, MARCH), stamp());
        projection.on(new GrantAwardedEvent("g1", "n1", GrantLevel.OKRUG, "Конкурс Югры", "Мы вместе",
                                            50_000_000L, 45_000_000L, MARCH.plusMonths(2)), stamp());
        projection.on(new GrantApplicationCorrectedEvent("g1", "n1", GrantLevel.FEDERAL, "Фонд президентских грантов",
                                                         "Мы вместе", 50_000_000L, MARCH, "не тот конкурс"), stamp());
        ActivityEntry grant = only(ActivityKind.GRANT);
        assertThat(grant.detail(JournalDetail.STATUS)).isEqualTo("AWARDED");
        assertThat(grant.detail(JournalDetail.AMOUNT_AWARDED)).isEqualTo(45_000_000L);
        assertThat(grant.detail(JournalDetail.LEVEL)).isEqualTo("FEDERAL");
        assertThat(grant.corrections()).isEqualTo(1);
        projection.on(new GrantApplicationWithdrawnEvent("g1", "ошибка"), stamp());
        assertThat(only(ActivityKind.GRANT).withdrawn()).isTrue();
    }

    @Test
    void rejectedGrantCarriesItsReason() {
        projection.on(new GrantAppliedForEvent("g2", "n1", GrantLevel.MUNICIPAL, "Городской конкурс", "Дружба",
                                               5_000_000L, MARCH), stamp());
        projection.on(new GrantRejectedEvent("g2", "n1", GrantLevel.MUNICIPAL, "Городской конкурс", "Дружба",
                                             5_000_000L, MARCH.plusDays(30), "мало баллов"), stamp());
        ActivityEntry grant = only(ActivityKind.GRANT);
        assertThat(grant.detail(JournalDetail.STATUS)).isEqualTo("REJECTED");
        assertThat(grant.detail(JournalDetail.DECISION_REASON)).isEqualTo("мало баллов");
    }

    @Test
    void redeliveredEventsChangeNothing() {
        EventMessage<?> held = msg(meeting("m1", MeetingKind.WORKING_MEETING, MARCH, "n1"));
        EventMessage<?> correction = msg(new MeetingCorrectedEvent("m1", MeetingKind.WORKING_MEETING, "Т", MARCH, null,
                                                                   null, List.of("n1"), List.of(), null, "тема"));
        projection.on((MeetingHeldEvent) held.getPayload(), held);
        projection.on((MeetingCorrectedEvent) correction.getPayload(), correction);
        projection.on((MeetingCorrectedEvent) correction.getPayload(), correction);
        projection.on((MeetingHeldEvent) held.getPayload(), held);
        ActivityEntry entry = only(ActivityKind.MEETING);
        assertThat(entry.corrections()).isEqualTo(1);
        assertThat(entry.title()).isEqualTo("Т");
    }

    @Test
    void filtersByKindDatesAndNcoAndSortsNewestFirstThenById() {
        projection.on(meeting("m2", MeetingKind.WORKING_MEETING, MARCH, "n1"), stamp());
        projection.on(meeting("m1", MeetingKind.WORKING_MEETING, MARCH, "n2"), stamp());
        projection.on(meeting("m3", MeetingKind.COMMISSION_SESSION, MARCH.plusMonths(1), "n1"), stamp());
        projection.on(new RaidRecordedEvent("r1", MARCH.minusDays(1), "ул. Мира", "памятки", List.of("n1"), List.of(), 10, null), stamp());

        assertThat(journal.find(ActivityFilter.all())).extracting(ActivityEntry::id).containsExactly("m3", "m1", "m2", "r1");
        assertThat(journal.find(new ActivityFilter(ActivityKind.RAID, null, null, null, false)))
                .extracting(ActivityEntry::id).containsExactly("r1");
        assertThat(journal.find(new ActivityFilter(null, MARCH, MARCH, null, false)))
                .extracting(ActivityEntry::id).containsExactly("m1", "m2");
        assertThat(journal.find(new ActivityFilter(null, null, MARCH, "n1", false)))
                .extracting(ActivityEntry::id).containsExactly("m2", "r1");
    }

    @Test
    void countsForAnNcoUseCorrectedParticipantsAndSkipWithdrawnRecords() {
        projection.on(meeting("m1", MeetingKind.WORKING_MEETING, MARCH, "n1"), stamp());
        projection.on(meeting("m2", MeetingKind.WORKING_MEETING, MARCH, "n1"), stamp());
        projection.on(meeting("m3", MeetingKind.COMMISSION_SESSION, MARCH, "n1"), stamp());
        projection.on(meeting("m4", MeetingKind.WORKING_MEETING, MARCH, "n2"), stamp());
        projection.on(new MeetingCorrectedEvent("m4", MeetingKind.WORKING_MEETING, "Т", MARCH, null, null,
                                                List.of("n1", "n2"), List.of(), null, "забыли НКО"), stamp());
        projection.on(new MeetingWithdrawnEvent("m2", "дубль"), stamp());
        projection.on(new RaidRecordedEvent("r1", MARCH, "ул. Мира", "памятки", List.of("n1"), List.of(), 10, null), stamp());
        projection.on(new EventParticipationRecordedEvent("e1", CityEventKind.CONTEST, "Конкурс", MARCH, List.of("n1"), null), stamp());
        projection.on(new SupportRecordedEvent("s1", "n1", SupportKind.CONSULTATIVE, MARCH, "Консультация", null, null, null, "Отдел"), stamp());
        projection.on(new GrantAppliedForEvent("g1", "n1", GrantLevel.MUNICIPAL, "К", "П", 1_000L, MARCH), stamp());

        assertThat(journal.countsFor("n1")).isEqualTo(new ActivityCounts(2, 1, 1, 1, 1, 1));
        assertThat(journal.countsFor("n2")).isEqualTo(new ActivityCounts(1, 0, 0, 0, 0, 0));
    }

    @Test
    void resetClearsTheJournal() {
        projection.on(meeting("m1", MeetingKind.WORKING_MEETING, MARCH, "n1"), stamp());
        projection.reset();
        assertThat(journal.find(new ActivityFilter(null, null, null, null, true))).isEmpty();
    }

    /**
     * Axon resolves the handler by the payload's type, an interface included: a withdrawal of any kind reaches the one
     * withdrawal handler, and a grant's decision its own handler.
     */
    @Test
    void eventsOfEveryKindReachTheirHandlersThroughAxon() throws Exception {
        AnnotationEventHandlerAdapter axon = new AnnotationEventHandlerAdapter(projection);
        axon.handle(msg(new SupportRecordedEvent("s1", "n1", SupportKind.FINANCIAL, MARCH, "Субсидия", 10_000_000L,
                                                 null, null, "Администрация города Когалыма")));
        axon.handle(msg(new GrantAppliedForEvent("g1", "n1", GrantLevel.MUNICIPAL, "Конкурс", "Проект", 5_000_000L,
                                                 MARCH)));
        axon.handle(msg(new GrantRejectedEvent("g1", "n1", GrantLevel.MUNICIPAL, "Конкурс", "Проект", 5_000_000L,
                                               MARCH.plusMonths(2), "мало баллов")));
        assertThat(only(ActivityKind.GRANT).detail(JournalDetail.STATUS)).isEqualTo("REJECTED");

        axon.handle(msg(new SupportWithdrawnEvent("s1", "дубль")));
        axon.handle(msg(new GrantApplicationWithdrawnEvent("g1", "подана по ошибке")));

        assertThat(only(ActivityKind.SUPPORT).withdrawnReason()).isEqualTo("дубль");
        assertThat(only(ActivityKind.GRANT).withdrawnReason()).isEqualTo("подана по ошибке");
        assertThat(only(ActivityKind.GRANT).detail(JournalDetail.STATUS)).as("the decision stays as it was").isEqualTo("REJECTED");
    }

    @Test
    void everyActivityEventOfTheContractHasAHandlerHere() {
        AnnotationEventHandlerAdapter axon = new AnnotationEventHandlerAdapter(projection);

        assertThat(ActivityEvents.all()).hasSizeGreaterThanOrEqualTo(17)
                .allSatisfy(event -> assertThat(axon.canHandleType(event)).as(event.getName()).isTrue());
    }
}
