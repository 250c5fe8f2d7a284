package ru.kogalym.civic.query.summary;

import org.junit.jupiter.api.Test;
import ru.kogalym.civic.contract.cityevent.CityEventKind;
import ru.kogalym.civic.contract.grant.GrantLevel;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.query.summary.SummaryRecords.ActivityRecord;
import ru.kogalym.civic.query.summary.SummaryRecords.ActivityType;
import ru.kogalym.civic.query.summary.SummaryRecords.NameChange;
import ru.kogalym.civic.query.summary.SummaryRecords.NcoRecord;
import ru.kogalym.civic.query.summary.SummaryRecords.StatusChange;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.kogalym.civic.query.summary.SummaryEvents.d;

/** The pure computation of a year's summary from per-record state. */
class AnnualSummaryCalculatorTest {

    @Test
    void anNcoLiquidatedOnTheLastDayOfTheYearIsGoneThatYear() {
        NcoRecord onDecember31 = nco("a", "2015-01-01", "2020-12-31", List.of(), List.of());
        NcoRecord onJanuary1 = nco("b", "2015-01-01", "2021-01-01", List.of(), List.of());

        AnnualSummary summary = compute(2020, List.of(onDecember31, onJanuary1), List.of());

        assertThat(summary.ncos().total()).isEqualTo(1);
        assertThat(summary.ncos().notStateRegisteredNcos()).extracting(AnnualSummary.NcoName::ncoId)
                                                          .containsExactly("b");
        assertThat(summary.ncos().liquidatedDuringYear()).isEqualTo(1);
    }

    @Test
    void stateRegistryStatusIsTheLastChangeOnOrBeforeTheDay() {
        NcoRecord nco = nco("a", "2015-01-01", null,
                List.of(new StatusChange(d("2016-05-01"), true), new StatusChange(d("2020-12-31"), false),
                        new StatusChange(d("2021-12-31"), true)),
                List.of(new StatusChange(d("2019-02-02"), true)));

        assertThat(compute(2015, List.of(nco), List.of()).ncos().stateRegistered()).isZero();
        assertThat(compute(2019, List.of(nco), List.of()).ncos().stateRegistered()).isEqualTo(1);
        assertThat(compute(2019, List.of(nco), List.of()).ncos().sonco()).isEqualTo(1);
        assertThat(compute(2020, List.of(nco), List.of()).ncos().stateRegistered()).isZero();
        assertThat(compute(2021, List.of(nco), List.of()).ncos().stateRegistered()).isEqualTo(1);
    }

    @Test
    void anNcoSeenOnlyThroughLaterEventsIsNotCounted() {
        NcoRecord orphan = new NcoRecord("x", null, null, false, List.of(),
                List.of(new StatusChange(d("2016-05-01"), true)), List.of(), List.of());

        AnnualSummary summary = compute(2020, List.of(orphan), List.of());

        assertThat(summary.ncos().total()).isZero();
        assertThat(summary.ncos().stateRegistered()).isZero();
    }

    @Test
    void activitiesCountInTheYearTheyHappenedUnlessWithdrawn() {
        List<ActivityRecord> activities = List.of(
                activity(ActivityType.MEETING, MeetingKind.COMMISSION_SESSION, "2020-03-03", false, true),
                activity(ActivityType.MEETING, MeetingKind.COMMISSION_SESSION, "2020-03-04", false, false),
                activity(ActivityType.MEETING, MeetingKind.COMMISSION_SESSION, "2020-03-05", true, true),
                activity(ActivityType.MEETING, MeetingKind.WORKING_MEETING, "2021-01-01", false, true),
                activity(ActivityType.PARTICIPATION, CityEventKind.CLEAN_UP_DAY, "2020-05-05", false, false),
                activity(ActivityType.PARTICIPATION, CityEventKind.CLEAN_UP_DAY, "2019-05-05", false, false));

        AnnualSummary summary = compute(2020, List.of(), activities);

        assertThat(summary.meetings().total()).isEqualTo(2);
        assertThat(summary.meetings().byKind()).containsEntry("COMMISSION_SESSION", 2)
                                               .containsEntry("WORKING_MEETING", 0);
        assertThat(summary.commissionSessionsWithNcos()).isEqualTo(1);
        assertThat(summary.eventParticipations().total()).isEqualTo(1);
    }

    @Test
    void grantDecisionsCountInTheYearOfTheDecision() {
        ActivityRecord awardedNextYear = new ActivityRecord(ActivityType.GRANT, GrantLevel.FEDERAL, d("2020-10-10"),
                false, false, 0, 0, null, GrantDecision.AWARDED, d("2021-03-03"), 12_345L, List.of());
        ActivityRecord rejectedSameYear = new ActivityRecord(ActivityType.GRANT, GrantLevel.FEDERAL, d("2020-10-10"),
                false, false, 0, 0, null, GrantDecision.REJECTED, d("2020-12-03"), null, List.of());
        ActivityRecord pending = new ActivityRecord(ActivityType.GRANT, GrantLevel.MUNICIPAL, d("2020-10-10"),
                false, false, 0, 0, null, null, null, null, List.of());

        AnnualSummary.Grants y2020 = compute(2020, List.of(), List.of(awardedNextYear, rejectedSameYear, pending))
                .grants();
        AnnualSummary.Grants y2021 = compute(2021, List.of(), List.of(awardedNextYear, rejectedSameYear, pending))
                .grants();

        assertThat(y2020.applied()).isEqualTo(3);
        assertThat(y2020.rejected()).isEqualTo(1);
        assertThat(y2020.awarded()).isZero();
        assertThat(y2020.byLevel().get("MUNICIPAL").applied()).isEqualTo(1);
        assertThat(y2021.applied()).isZero();
        assertThat(y2021.awarded()).isEqualTo(1);
        assertThat(y2021.awardedAmount()).isEqualTo("123.45");
        assertThat(y2021.byLevel().get("FEDERAL").awardedAmount()).isEqualTo("123.45");
    }

    @Test
    void namesInForceOnADay() {
        NcoRecord nco = new NcoRecord("a", d("2015-01-01"), null, false, List.of(
                new NameChange(d("2015-01-01"), "First", null, null),
                new NameChange(d("2018-06-01"), "Second", "S", null),
                new NameChange(d("2021-01-01"), "Third", null, "T")), List.of(), List.of(), List.of());

        assertThat(nco.namesOn(d("2017-12-31")).fullName()).isEqualTo("First");
        assertThat(nco.namesOn(d("2020-12-31")).fullName()).isEqualTo("Second");
        assertThat(nco.namesOn(d("2021-01-01")).fullName()).isEqualTo("Third");
        assertThat(compute(2020, List.of(nco), List.of()).ncos().notStateRegisteredNcos())
                .containsExactly(new AnnualSummary.NcoName("a", "Second", "S", null));
    }

    private static AnnualSummary compute(int year, List<NcoRecord> ncos, List<ActivityRecord> activities) {
        return AnnualSummaryCalculator.compute(year, ncos, activities, List.of(), List.of());
    }

    private static NcoRecord nco(String id, String registeredOn, String liquidatedOn, List<StatusChange> state,
                                 List<StatusChange> sonco) {
        return new NcoRecord(id, d(registeredOn), liquidatedOn == null ? null : LocalDate.parse(liquidatedOn), false,
                List.of(new NameChange(d(registeredOn), "Name " + id, null, null)), state, sonco, List.of());
    }

    private static ActivityRecord activity(ActivityType type, Enum<?> kind, String on, boolean withdrawn,
                                           boolean withNcos) {
        return new ActivityRecord(type, kind, d(on), withdrawn, withNcos, 0, 0, null, null, null, null,
                List.of());
    }
}
