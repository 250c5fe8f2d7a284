package ru.kogalym.civic.query.summary;

import ru.kogalym.civic.query.projection.MongoReadModels;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.contract.MetadataKey;
import ru.kogalym.civic.contract.cityevent.CityEventKind;
import ru.kogalym.civic.contract.cityevent.EventParticipationCorrectedEvent;
import ru.kogalym.civic.contract.cityevent.EventParticipationWithdrawnEvent;
import ru.kogalym.civic.contract.grant.GrantApplicationCorrectedEvent;
import ru.kogalym.civic.contract.grant.GrantApplicationWithdrawnEvent;
import ru.kogalym.civic.contract.grant.GrantAppliedForEvent;
import ru.kogalym.civic.contract.grant.GrantAwardedEvent;
import ru.kogalym.civic.contract.grant.GrantLevel;
import ru.kogalym.civic.contract.grant.GrantRejectedEvent;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.contract.meeting.MeetingWithdrawnEvent;
import ru.kogalym.civic.contract.nco.NcoExcludedFromStateRegistryEvent;
import ru.kogalym.civic.contract.nco.NcoLiquidatedEvent;
import ru.kogalym.civic.contract.nco.LegalForm;
import ru.kogalym.civic.contract.nco.NcoRecognizedAsSoncoEvent;
import ru.kogalym.civic.contract.nco.NcoRegistrationCorrectedEvent;
import ru.kogalym.civic.contract.nco.NcoRenamedEvent;
import ru.kogalym.civic.contract.nco.NcoSoncoStatusWithdrawnEvent;
import ru.kogalym.civic.contract.nco.NcoStateRegistrationRecordedEvent;
import ru.kogalym.civic.contract.nco.NcoWithdrawnEvent;
import ru.kogalym.civic.contract.priority.PriorityTask;
import ru.kogalym.civic.contract.priority.PriorityTaskAddedEvent;
import ru.kogalym.civic.contract.priority.PriorityTaskMarkedDoneEvent;
import ru.kogalym.civic.contract.priority.YearPrioritiesSetEvent;
import ru.kogalym.civic.contract.raid.RaidCorrectedEvent;
import ru.kogalym.civic.contract.raid.RaidWithdrawnEvent;
import ru.kogalym.civic.contract.support.SupportCorrectedEvent;
import ru.kogalym.civic.contract.support.SupportKind;
import ru.kogalym.civic.contract.support.SupportRecordedEvent;
import ru.kogalym.civic.contract.support.SupportWithdrawnEvent;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.query.testing.ActivityEvents;
import ru.kogalym.civic.query.summary.AnnualSummary.NcoName;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.kogalym.civic.query.summary.SummaryEvents.d;
import static ru.kogalym.civic.query.summary.SummaryEvents.meeting;
import static ru.kogalym.civic.query.summary.SummaryEvents.meetingCorrected;
import static ru.kogalym.civic.query.summary.SummaryEvents.nco;
import static ru.kogalym.civic.query.summary.SummaryEvents.participation;
import static ru.kogalym.civic.query.summary.SummaryEvents.raid;

/** Each handler of the annual summary projection, against MongoDB, each event delivered as its processor would. */
class AnnualSummaryProjectionTest {

    private static TestMongo mongo;
    private AnnualSummaryProjection projection;
    private AnnotationEventHandlerAdapter handlers;
    private AnnualSummaries summaries;

    @BeforeAll
    static void startMongo() {
        mongo = TestMongo.start();
    }

    @AfterAll
    static void stopMongo() {
        mongo.close();
    }

    @BeforeEach
    void emptyProjection() {
        projection = new AnnualSummaryProjection(new MongoReadModels(mongo.database()));
        handlers = new AnnotationEventHandlerAdapter(projection);
        summaries = new AnnualSummaries(new MongoReadModels(mongo.database()));
        projection.reset();
    }

    private void handle(Object payload, String eventId) {
        handle(payload, eventId, Map.of());
    }

    private void handle(Object payload, String eventId, Map<String, ?> metaData) {
        try {
            handlers.handle(new GenericEventMessage<>(eventId, payload, metaData, Instant.EPOCH));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anEmptyYearIsAllZerosWithEveryKindListed() {
        AnnualSummary summary = summaries.summaryFor(2020);

        assertThat(summary.year()).isEqualTo(2020);
        assertThat(summary.ncos().total()).isZero();
        assertThat(summary.meetings().total()).isZero();
        assertThat(summary.meetings().byKind()).containsOnlyKeys(
                        "WORKING_MEETING", "COMMISSION_SESSION", "COUNCIL_SESSION", "CONSULTATION", "SEMINAR", "OTHER")
                .allSatisfy((kind, count) -> assertThat(count).isZero());
        assertThat(summary.eventParticipations().byKind()).hasSize(CityEventKind.values().length);
        assertThat(summary.support().byKind()).hasSize(SupportKind.values().length);
        assertThat(summary.support().financialAmount()).isEqualTo("0.00");
        assertThat(summary.grants().byLevel()).containsOnlyKeys("MUNICIPAL", "OKRUG", "FEDERAL");
        assertThat(summary.priorities()).isEmpty();
        assertThat(summary.nextYearPriorities()).isEmpty();
    }

    @Test
    void ncosCountAsOfTheLastDayOfTheYear() {
        handle(nco("n1", "Единство", d("2019-03-01"), d("2018-01-10")), "e1");
        handle(nco("n2", "Ак-Ниет", d("2020-12-31"), null), "e2");
        handle(nco("n3", "Next year", d("2021-01-01"), null), "e3");

        AnnualSummary y2020 = summaries.summaryFor(2020);
        assertThat(y2020.ncos().total()).isEqualTo(2);
        assertThat(y2020.ncos().stateRegistered()).isEqualTo(1);
        assertThat(y2020.ncos().notStateRegistered()).isEqualTo(1);
        assertThat(y2020.ncos().registeredDuringYear()).isEqualTo(1);
        assertThat(y2020.ncos().stateRegisteredNcos()).extracting(NcoName::fullName).containsExactly("Единство");
        assertThat(y2020.ncos().notStateRegisteredNcos()).extracting(NcoName::fullName).containsExactly("Ак-Ниет");
        assertThat(summaries.summaryFor(2019).ncos().total()).isEqualTo(1);
        assertThat(summaries.summaryFor(2021).ncos().total()).isEqualTo(3);
    }

    @Test
    void aCorrectedRegistrationCountsFromItsCorrectedDateUnderItsCorrectedNames() {
        handle(nco("n1", "Единсто", d("2019-12-20"), null), "e1");
        handle(new NcoRenamedEvent("n1", "Согласие", null, null, d("2021-03-01")), "e2");
        handle(new NcoRegistrationCorrectedEvent("n1", "Единство", "Е", "Unity",
                LegalForm.LOCAL_PUBLIC_ORGANIZATION, null, d("2020-01-10"), "опечатка и дата"), "e3");

        assertThat(summaries.summaryFor(2019).ncos().total()).isZero();
        assertThat(summaries.summaryFor(2019).ncos().registeredDuringYear()).isZero();
        AnnualSummary y2020 = summaries.summaryFor(2020);
        assertThat(y2020.ncos().registeredDuringYear()).isEqualTo(1);
        assertThat(y2020.ncos().notStateRegisteredNcos()).containsExactly(new NcoName("n1", "Единство", "Е", "Unity"));
        assertThat(summaries.summaryFor(2021).ncos().notStateRegisteredNcos()).extracting(NcoName::fullName)
                                                                             .containsExactly("Согласие");
    }

    @Test
    void aWithdrawnNcoCountsInNoYear() {
        handle(nco("n1", "Ошибочная запись", d("2020-03-01"), d("2020-03-01")), "e1");
        handle(new NcoLiquidatedEvent("n1", d("2020-06-30"), "closed"), "e2");
        handle(new NcoWithdrawnEvent("n1", "зарегистрирована по ошибке", null, null), "e3");
        handle(nco("n2", "Единство", d("2019-03-01"), null), "e4");

        AnnualSummary y2020 = summaries.summaryFor(2020);
        assertThat(y2020.ncos().total()).isEqualTo(1);
        assertThat(y2020.ncos().registeredDuringYear()).isZero();
        assertThat(y2020.ncos().liquidatedDuringYear()).isZero();
        assertThat(y2020.ncos().notStateRegisteredNcos()).extracting(NcoName::ncoId).containsExactly("n2");
    }

    @Test
    void anNcoLiquidatedMidYearNoLongerCountsThatYear() {
        handle(nco("n1", "Единство", d("2018-03-01"), d("2018-03-01")), "e1");
        handle(new NcoLiquidatedEvent("n1", d("2020-06-30"), "closed"), "e2");

        assertThat(summaries.summaryFor(2019).ncos().total()).isEqualTo(1);
        assertThat(summaries.summaryFor(2019).ncos().stateRegistered()).isEqualTo(1);
        AnnualSummary y2020 = summaries.summaryFor(2020);
        assertThat(y2020.ncos().total()).isZero();
        assertThat(y2020.ncos().stateRegistered()).isZero();
        assertThat(y2020.ncos().liquidatedDuringYear()).isEqualTo(1);
    }

    @Test
    void stateRegistrationThenExclusionThenRegistrationAgain() {
        handle(nco("n1", "ВАЙНАХ", d("2017-01-01"), null), "e1");
        handle(new NcoStateRegistrationRecordedEvent("n1", d("2018-05-05"), "123"), "e2");
        handle(new NcoExcludedFromStateRegistryEvent("n1", d("2020-02-01"), "report not filed"), "e3");
        handle(new NcoStateRegistrationRecordedEvent("n1", d("2022-01-10"), "124"), "e4");

        assertThat(summaries.summaryFor(2017).ncos().stateRegistered()).isZero();
        assertThat(summaries.summaryFor(2018).ncos().stateRegistered()).isEqualTo(1);
        assertThat(summaries.summaryFor(2019).ncos().stateRegistered()).isEqualTo(1);
        assertThat(summaries.summaryFor(2020).ncos().stateRegistered()).isZero();
        assertThat(summaries.summaryFor(2020).ncos().notStateRegistered()).isEqualTo(1);
        assertThat(summaries.summaryFor(2022).ncos().stateRegistered()).isEqualTo(1);
    }

    @Test
    void soncoStatusByDate() {
        handle(nco("n1", "НУР", d("2017-01-01"), null), "e1");
        handle(new NcoRecognizedAsSoncoEvent("n1", d("2019-04-01")), "e2");
        handle(new NcoSoncoStatusWithdrawnEvent("n1", d("2021-04-01"), "lapsed"), "e3");

        assertThat(summaries.summaryFor(2018).ncos().sonco()).isZero();
        assertThat(summaries.summaryFor(2020).ncos().sonco()).isEqualTo(1);
        assertThat(summaries.summaryFor(2021).ncos().sonco()).isZero();
    }

    @Test
    void namesAreThoseInForceOnTheLastDayOfTheYear() {
        handle(nco("n1", "Старое имя", d("2017-01-01"), d("2017-01-01")), "e1");
        handle(new NcoRenamedEvent("n1", "Новое имя", "Новое", "New", d("2021-03-01")), "e2");

        assertThat(summaries.summaryFor(2020).ncos().stateRegisteredNcos()).extracting(NcoName::fullName)
                .containsExactly("Старое имя");
        assertThat(summaries.summaryFor(2021).ncos().stateRegisteredNcos())
                .containsExactly(new NcoName("n1", "Новое имя", "Новое", "New"));
    }

    @Test
    void aCorrectedDateMovesAMeetingToAnotherYear() {
        handle(meeting("m1", MeetingKind.WORKING_MEETING, d("2020-12-30"), "n1"), "e1");
        handle(meeting("m2", MeetingKind.COMMISSION_SESSION, d("2020-05-01"), "n1"), "e2");
        handle(meeting("m3", MeetingKind.COMMISSION_SESSION, d("2020-06-01")), "e3");

        assertThat(summaries.summaryFor(2020).meetings().byKind()).containsEntry("WORKING_MEETING", 1);
        assertThat(summaries.summaryFor(2020).commissionSessionsWithNcos()).isEqualTo(1);

        handle(meetingCorrected("m1", MeetingKind.WORKING_MEETING, d("2021-01-12"), "n1"), "e4");
        handle(meetingCorrected("m3", MeetingKind.COMMISSION_SESSION, d("2020-06-01"), "n2"), "e5");

        AnnualSummary y2020 = summaries.summaryFor(2020);
        assertThat(y2020.meetings().total()).isEqualTo(2);
        assertThat(y2020.meetings().byKind()).containsEntry("WORKING_MEETING", 0).containsEntry("COMMISSION_SESSION", 2);
        assertThat(y2020.commissionSessionsWithNcos()).isEqualTo(2);
        AnnualSummary y2021 = summaries.summaryFor(2021);
        assertThat(y2021.meetings().total()).isEqualTo(1);
        assertThat(y2021.meetings().byKind()).containsEntry("WORKING_MEETING", 1);
    }

    @Test
    void aCorrectedKindMovesAMeetingBetweenKinds() {
        handle(meeting("m1", MeetingKind.WORKING_MEETING, d("2020-03-03"), "n1"), "e1");
        handle(meetingCorrected("m1", MeetingKind.COMMISSION_SESSION, d("2020-03-03"), "n1"), "e2");

        AnnualSummary y2020 = summaries.summaryFor(2020);
        assertThat(y2020.meetings().byKind()).containsEntry("WORKING_MEETING", 0).containsEntry("COMMISSION_SESSION", 1);
        assertThat(y2020.commissionSessionsWithNcos()).isEqualTo(1);
    }

    @Test
    void withdrawnMeetingsDoNotCount() {
        handle(meeting("m1", MeetingKind.WORKING_MEETING, d("2020-03-03"), "n1"), "e1");
        handle(meeting("m2", MeetingKind.WORKING_MEETING, d("2020-04-03"), "n1"), "e2");
        handle(new MeetingWithdrawnEvent("m1", "duplicate"), "e3");

        assertThat(summaries.summaryFor(2020).meetings().total()).isEqualTo(1);
    }

    @Test
    void redeliveredEventsChangeNothing() {
        handle(nco("n1", "Единство", d("2019-03-01"), d("2019-03-01")), "e1");
        handle(nco("n1", "Единство", d("2019-03-01"), d("2019-03-01")), "e1");
        handle(new NcoExcludedFromStateRegistryEvent("n1", d("2020-02-01"), "x"), "e2");
        handle(new NcoStateRegistrationRecordedEvent("n1", d("2020-09-01"), "2"), "e3");
        handle(new NcoExcludedFromStateRegistryEvent("n1", d("2020-02-01"), "x"), "e2");
        handle(meeting("m1", MeetingKind.WORKING_MEETING, d("2020-12-30"), "n1"), "e4");
        handle(meetingCorrected("m1", MeetingKind.WORKING_MEETING, d("2021-01-12"), "n1"), "e5");
        // an older event redelivered after a newer one must not undo the correction
        handle(meeting("m1", MeetingKind.WORKING_MEETING, d("2020-12-30"), "n1"), "e4");
        handle(raid("r1", d("2020-05-05"), 100, 40), "e6");
        handle(raid("r1", d("2020-05-05"), 100, 40), "e6");

        AnnualSummary y2020 = summaries.summaryFor(2020);
        assertThat(y2020.ncos().total()).isEqualTo(1);
        assertThat(y2020.ncos().stateRegistered()).isEqualTo(1);
        assertThat(y2020.meetings().total()).isZero();
        assertThat(summaries.summaryFor(2021).meetings().total()).isEqualTo(1);
        assertThat(y2020.raids().count()).isEqualTo(1);
        assertThat(y2020.raids().leafletsDistributed()).isEqualTo(100);
        assertThat(mongo.database().getCollection(AnnualSummaryProjection.NCOS).countDocuments()).isEqualTo(1);
    }

    @Test
    void raidsSumLeafletsAndResidentsWithCorrectionsAndWithdrawals() {
        handle(raid("r1", d("2020-05-05"), 100, 40), "e1");
        handle(raid("r2", d("2020-06-05"), 50, null), "e2");
        handle(raid("r3", d("2020-07-05"), 70, 7), "e3");
        handle(new RaidCorrectedEvent("r1", d("2020-05-05"), "Мира", "masks", List.of(), List.of(), 120, 45,
                "count"), "e4");
        handle(new RaidWithdrawnEvent("r3", "duplicate"), "e5");

        AnnualSummary.Raids raids = summaries.summaryFor(2020).raids();
        assertThat(raids.count()).isEqualTo(2);
        assertThat(raids.leafletsDistributed()).isEqualTo(170);
        assertThat(raids.residentsReached()).isEqualTo(45);
    }

    @Test
    void cityEventParticipationsByKind() {
        handle(participation("p1", CityEventKind.CLEAN_UP_DAY, d("2020-05-01")), "e1");
        handle(participation("p2", CityEventKind.SPORTS_DAY, d("2020-06-01")), "e2");
        handle(participation("p3", CityEventKind.SEMINAR, d("2020-07-01")), "e3");
        handle(new EventParticipationCorrectedEvent("p2", CityEventKind.CONTEST, "contest", d("2020-06-01"),
                List.of("n1"), 5, "kind"), "e4");
        handle(new EventParticipationWithdrawnEvent("p3", "no"), "e5");

        AnnualSummary.EventParticipations participations = summaries.summaryFor(2020).eventParticipations();
        assertThat(participations.total()).isEqualTo(2);
        assertThat(participations.byKind()).containsEntry("CLEAN_UP_DAY", 1).containsEntry("CONTEST", 1)
                                           .containsEntry("SPORTS_DAY", 0).containsEntry("SEMINAR", 0);
    }

    @Test
    void supportByKindAndFinancialAmount() {
        handle(support("s1", SupportKind.FINANCIAL, "2020-02-02", 10_000_050L), "e1");
        handle(support("s2", SupportKind.CONSULTATIVE, "2020-03-02", null), "e2");
        handle(support("s3", SupportKind.FINANCIAL, "2020-04-02", 500_000L), "e3");
        handle(new SupportCorrectedEvent("s3", "n1", SupportKind.FINANCIAL, d("2021-01-15"), "grant",
                500_000L, null, null, "finance dept", "date"), "e4");
        handle(support("s4", SupportKind.PROPERTY, "2020-04-02", null), "e5");
        handle(new SupportWithdrawnEvent("s4", "wrong"), "e6");

        AnnualSummary.Support support = summaries.summaryFor(2020).support();
        assertThat(support.total()).isEqualTo(2);
        assertThat(support.byKind()).containsEntry("FINANCIAL", 1).containsEntry("CONSULTATIVE", 1)
                                    .containsEntry("PROPERTY", 0);
        assertThat(support.financialAmount()).isEqualTo("100000.50");
        assertThat(summaries.summaryFor(2021).support().financialAmount()).isEqualTo("5000.00");
    }

    @Test
    void grantsCountApplicationsByApplicationDateAndDecisionsByDecisionDate() {
        handle(apply("g1", GrantLevel.MUNICIPAL, "2020-11-01"), "e1");
        handle(new GrantAwardedEvent("g1", "n1", GrantLevel.MUNICIPAL, "c", "p", 100_000L,
                80_000L, d("2021-02-01")), "e2");
        handle(apply("g2", GrantLevel.OKRUG, "2020-03-01"), "e3");
        handle(new GrantRejectedEvent("g2", "n1", GrantLevel.OKRUG, "c", "p", 100_000L,
                d("2020-05-01"), "no"), "e4");
        handle(apply("g3", GrantLevel.FEDERAL, "2020-03-01"), "e5");
        handle(new GrantApplicationCorrectedEvent("g3", "n1", GrantLevel.OKRUG, "c", "p",
                100_000L, d("2020-03-02"), "level"), "e6");
        handle(new GrantAwardedEvent("g3", "n1", GrantLevel.OKRUG, "c", "p", 100_000L,
                100_025L, d("2020-09-01")), "e7");
        handle(apply("g4", GrantLevel.FEDERAL, "2020-03-01"), "e8");
        handle(new GrantAwardedEvent("g4", "n1", GrantLevel.FEDERAL, "c", "p", 100_000L,
                99_900L, d("2020-09-01")), "e9");
        handle(new GrantApplicationWithdrawnEvent("g4", "duplicate"), "e10");

        AnnualSummary.Grants y2020 = summaries.summaryFor(2020).grants();
        assertThat(y2020.applied()).isEqualTo(3);
        assertThat(y2020.awarded()).isEqualTo(1);
        assertThat(y2020.rejected()).isEqualTo(1);
        assertThat(y2020.awardedAmount()).isEqualTo("1000.25");
        assertThat(y2020.byLevel().get("OKRUG").applied()).isEqualTo(2);
        assertThat(y2020.byLevel().get("OKRUG").awarded()).isEqualTo(1);
        assertThat(y2020.byLevel().get("FEDERAL").applied()).isZero();
        assertThat(y2020.byLevel().get("MUNICIPAL").applied()).isEqualTo(1);
        AnnualSummary.Grants y2021 = summaries.summaryFor(2021).grants();
        assertThat(y2021.applied()).isZero();
        assertThat(y2021.awarded()).isEqualTo(1);
        assertThat(y2021.awardedAmount()).isEqualTo("800.00");
    }

    @Test
    void prioritiesOfTheYearAndOfTheNext() {
        handle(new YearPrioritiesSetEvent("2021", List.of(new PriorityTask("t1", "Поддержка НКО", "d1"),
                new PriorityTask("t2", "Гранты СОНКО", null)), d("2020-12-20")), "e1");
        handle(new PriorityTaskAddedEvent("2021", "t3", "Гармонизация", null, d("2021-01-20")), "e2");
        handle(new PriorityTaskMarkedDoneEvent("2021", "t2", "Гранты СОНКО", d("2021-10-01")), "e3");
        handle(new PriorityTaskAddedEvent("2021", "t3", "Гармонизация", null, d("2021-01-20")), "e2");

        assertThat(summaries.summaryFor(2020).priorities()).isEmpty();
        assertThat(summaries.summaryFor(2020).nextYearPriorities()).extracting(AnnualSummary.Priority::taskId)
                .containsExactly("t1", "t2", "t3");
        assertThat(summaries.summaryFor(2021).priorities()).extracting(AnnualSummary.Priority::done)
                .containsExactly(false, true, false);
    }

    @Test
    void resetClearsEverything() {
        handle(nco("n1", "Единство", d("2019-03-01"), d("2019-03-01")), "e1");
        handle(meeting("m1", MeetingKind.WORKING_MEETING, d("2019-12-30"), "n1"), "e2");

        projection.reset();

        assertThat(summaries.summaryFor(2019).ncos().total()).isZero();
        assertThat(summaries.summaryFor(2019).meetings().total()).isZero();
        // and replays from scratch as if new
        handle(nco("n1", "Единство", d("2019-03-01"), d("2019-03-01")), "e1");
        assertThat(summaries.summaryFor(2019).ncos().total()).isEqualTo(1);
    }

    @Test
    void figuresRestingOnIllustrativeValuesAreNamed() {
        handle(nco("n1", "Единство", d("2012-03-15"), null), "e1", illustrating("registeredOn"));
        handle(raid("r1", d("2020-06-19"), 150, null), "e2", illustrating("heldOn", "leafletsDistributed"));
        handle(raid("r2", d("2021-06-19"), 90, 30), "e3");

        assertThat(summaries.summaryFor(2020).illustrative())
                .containsExactly(AnnualSummary.NEW_NCOS, AnnualSummary.LEAFLETS);
        assertThat(summaries.summaryFor(2021).illustrative()).containsExactly(AnnualSummary.NEW_NCOS);
        assertThat(summaries.summaryFor(2020).isIllustrative(AnnualSummary.RESIDENTS)).isFalse();

        // staff correct the raid with the real count: it is no longer illustrative
        handle(new RaidCorrectedEvent("r1", d("2020-06-19"), "Мира", "masks", List.of(), List.of(), 140, null,
                "посчитали"), "e4");
        assertThat(summaries.summaryFor(2020).illustrative()).containsExactly(AnnualSummary.NEW_NCOS);
        assertThat(summaries.summaryFor(2020).raids().leafletsDistributed()).isEqualTo(140);
    }

    private static Map<String, ?> illustrating(String... fields) {
        return Map.of(MetadataKey.ILLUSTRATIVE.key(), List.of(fields));
    }

    @Test
    void aChangeToRecordsThatDoNotCountInAYearLeavesItsSummaryAndOneThatDoesIsCountedThere() {
        handle(apply("g1", GrantLevel.MUNICIPAL, "2020-11-01"), "e1");
        AnnualSummary y2020 = summaries.summaryFor(2020);
        AnnualSummary y2021 = summaries.summaryFor(2021);

        handle(support("s1", SupportKind.CONSULTATIVE, "2022-03-01", null), "e2");
        assertThat(summaries.summaryFor(2020)).isSameAs(y2020);
        assertThat(summaries.summaryFor(2021)).isSameAs(y2021);
        assertThat(summaries.summaryFor(2022).support().total()).isEqualTo(1);

        // applied for in 2020, decided in 2021: it counts in both
        handle(new GrantAwardedEvent("g1", "n1", GrantLevel.MUNICIPAL, "c", "p", 100_000L, 80_000L,
                                     d("2021-02-01")), "e3");
        assertThat(summaries.summaryFor(2020).grants().applied()).isEqualTo(1);
        assertThat(summaries.summaryFor(2021).grants().awarded()).isEqualTo(1);

        handle(new GrantApplicationWithdrawnEvent("g1", "duplicate"), "e4");
        assertThat(summaries.summaryFor(2020).grants().applied()).isZero();
        assertThat(summaries.summaryFor(2021).grants().awarded()).isZero();
        assertThat(summaries.summaryFor(2022).support().total()).isEqualTo(1);
    }

    private static SupportRecordedEvent support(String id, SupportKind kind, String on, Long kopecks) {
        return new SupportRecordedEvent(id, "n1", kind, d(on), "help", kopecks,
                null, null, "administration");
    }

    private static GrantAppliedForEvent apply(String id, GrantLevel level, String on) {
        return new GrantAppliedForEvent(id, "n1", level, "contest", "project", 100_000L, d(on));
    }

    @Test
    void everyActivityEventOfTheContractHasAHandlerHere() {
        assertThat(ActivityEvents.all()).hasSizeGreaterThanOrEqualTo(17)
                .allSatisfy(event -> assertThat(handlers.canHandleType(event)).as(event.getName()).isTrue());
    }
}
