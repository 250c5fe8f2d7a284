package ru.kogalym.civic.command.cityevent;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.command.lookup.InMemoryNcoLookup;
import ru.kogalym.civic.command.lookup.InMemoryActivityReferences;
import ru.kogalym.civic.command.lookup.InMemoryBodyLookup;
import ru.kogalym.civic.command.lookup.TestGates;
import ru.kogalym.civic.contract.cityevent.CityEventKind;
import ru.kogalym.civic.contract.cityevent.CorrectEventParticipationCommand;
import ru.kogalym.civic.contract.cityevent.EventParticipationCorrectedEvent;
import ru.kogalym.civic.contract.cityevent.EventParticipationRecordedEvent;
import ru.kogalym.civic.contract.cityevent.EventParticipationWithdrawnEvent;
import ru.kogalym.civic.contract.cityevent.RecordEventParticipationCommand;
import ru.kogalym.civic.contract.cityevent.WithdrawEventParticipationCommand;

import java.time.LocalDate;
import java.util.List;

import static ru.kogalym.civic.command.common.Refusals.invalid;
import static ru.kogalym.civic.command.common.Refusals.violation;
import static ru.kogalym.civic.command.common.TestClock.BEFORE_1990;
import static ru.kogalym.civic.command.common.TestClock.CLOCK;
import static ru.kogalym.civic.command.common.TestClock.TODAY;
import static ru.kogalym.civic.command.common.TestClock.TOMORROW;

class EventParticipationTest {

    private static final String PARTICIPATION_ID = "participation-subbotnik-2020";
    private static final String EVENT_NAME = "Общегородской субботник";
    private static final LocalDate HELD_ON = LocalDate.of(2020, 9, 12);
    private static final String NCO_AK_KALFAK = "nco-ak-kalfak";
    private static final String NCO_SLAVIC = "nco-slavic";
    private static final LocalDate NCO_REGISTERED_ON = LocalDate.of(2018, 4, 2);
    private static final List<String> PARTICIPANTS = List.of(NCO_AK_KALFAK, NCO_SLAVIC);
    private static final Integer PEOPLE = 40;
    private static final String REASON = "уточнено число участников";

    private FixtureConfiguration<EventParticipation> fixture;
    private InMemoryNcoLookup ncoLookup;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EventParticipation.class);
        ncoLookup = new InMemoryNcoLookup();
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(ncoLookup);
        fixture.registerInjectableResource(TestGates.over(ncoLookup, new InMemoryBodyLookup(), new InMemoryActivityReferences()));
        ncoLookup.recordRegistered(NCO_AK_KALFAK, NCO_REGISTERED_ON);
        ncoLookup.recordRegistered(NCO_SLAVIC, NCO_REGISTERED_ON);
    }

    private static RecordEventParticipationCommand record(CityEventKind kind, String name, LocalDate heldOn,
                                                          List<String> ncoIds, Integer people) {
        return new RecordEventParticipationCommand(PARTICIPATION_ID, kind, name, heldOn, ncoIds, people);
    }

    private static RecordEventParticipationCommand record(LocalDate heldOn, List<String> ncoIds) {
        return record(CityEventKind.CLEAN_UP_DAY, EVENT_NAME, heldOn, ncoIds, PEOPLE);
    }

    private static EventParticipationRecordedEvent recorded() {
        return new EventParticipationRecordedEvent(PARTICIPATION_ID, CityEventKind.CLEAN_UP_DAY, EVENT_NAME, HELD_ON,
                PARTICIPANTS, PEOPLE);
    }

    private static CorrectEventParticipationCommand correct(LocalDate heldOn, List<String> ncoIds, Integer people,
                                                            String reason) {
        return new CorrectEventParticipationCommand(PARTICIPATION_ID, CityEventKind.CLEAN_UP_DAY, EVENT_NAME, heldOn,
                ncoIds, people, reason);
    }

    @Test
    void recordsParticipationInCleanUpDay() {
        fixture.givenNoPriorActivity()
                .when(record(HELD_ON, PARTICIPANTS))
                .expectEvents(recorded());
    }

    @Test
    void recordsParticipationWithoutKnownHeadcount() {
        fixture.givenNoPriorActivity()
                .when(record(CityEventKind.SPORTS_DAY, "Спартакиада НКО", HELD_ON, List.of(NCO_SLAVIC), null))
                .expectEvents(new EventParticipationRecordedEvent(PARTICIPATION_ID, CityEventKind.SPORTS_DAY,
                        "Спартакиада НКО", HELD_ON, List.of(NCO_SLAVIC), null));
    }

    @Test
    void refusesParticipationWithoutId() {
        fixture.givenNoPriorActivity()
                .when(new RecordEventParticipationCommand(null, CityEventKind.CONTEST, EVENT_NAME, HELD_ON,
                        PARTICIPANTS, PEOPLE))
                .expectException(invalid("participationId"))
                .expectNoEvents();
    }

    @Test
    void refusesParticipationWithoutEventKind() {
        fixture.givenNoPriorActivity()
                .when(record(null, EVENT_NAME, HELD_ON, PARTICIPANTS, PEOPLE))
                .expectException(invalid("eventKind"))
                .expectNoEvents();
    }

    @Test
    void refusesParticipationWithoutEventName() {
        fixture.givenNoPriorActivity()
                .when(record(CityEventKind.FESTIVAL, " ", HELD_ON, PARTICIPANTS, PEOPLE))
                .expectException(invalid("eventName"))
                .expectNoEvents();
    }

    @Test
    void refusesParticipationWithTooLongEventName() {
        fixture.givenNoPriorActivity()
                .when(record(CityEventKind.FESTIVAL, "я".repeat(501), HELD_ON, PARTICIPANTS, PEOPLE))
                .expectException(invalid("eventName"))
                .expectNoEvents();
    }

    @Test
    void refusesParticipationWithoutDate() {
        fixture.givenNoPriorActivity()
                .when(record(null, PARTICIPANTS))
                .expectException(invalid("heldOn"))
                .expectNoEvents();
    }

    @Test
    void refusesParticipationInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(record(TOMORROW, PARTICIPANTS))
                .expectException(invalid("heldOn"))
                .expectNoEvents();
    }

    @Test
    void refusesParticipationBefore1990() {
        fixture.givenNoPriorActivity()
                .when(record(BEFORE_1990, PARTICIPANTS))
                .expectException(invalid("heldOn"))
                .expectNoEvents();
    }

    @Test
    void refusesParticipationWithoutAnyNco() {
        fixture.givenNoPriorActivity()
                .when(record(HELD_ON, List.of()))
                .expectException(invalid("participantNcoIds"))
                .expectNoEvents();
    }

    @Test
    void refusesParticipationWithBlankNcoId() {
        fixture.givenNoPriorActivity()
                .when(record(HELD_ON, List.of(NCO_SLAVIC, " ")))
                .expectException(invalid("participantNcoIds[1]"))
                .expectNoEvents();
    }

    @Test
    void refusesNegativeHeadcount() {
        fixture.givenNoPriorActivity()
                .when(record(CityEventKind.SEMINAR, EVENT_NAME, HELD_ON, PARTICIPANTS, -1))
                .expectException(invalid("participantsCount"))
                .expectNoEvents();
    }

    @Test
    void refusesParticipationOfUnknownNco() {
        fixture.givenNoPriorActivity()
                .when(record(HELD_ON, List.of(NCO_SLAVIC, "nco-unknown")))
                .expectException(violation("participantNcoIds[1]"))
                .expectNoEvents();
    }

    @Test
    void refusesParticipationOfNcoNotYetInTheRegistry() {
        fixture.givenNoPriorActivity()
                .when(record(NCO_REGISTERED_ON.minusDays(1), PARTICIPANTS))
                .expectException(violation("participantNcoIds[0]"))
                .expectNoEvents();
    }

    @Test
    void refusesParticipationOfLiquidatedNco() {
        ncoLookup.recordLiquidated(NCO_SLAVIC, HELD_ON);

        fixture.givenNoPriorActivity()
                .when(record(HELD_ON, PARTICIPANTS))
                .expectException(violation("participantNcoIds[1]"))
                .expectNoEvents();
    }

    @Test
    void correctsParticipation() {
        fixture.given(recorded())
                .when(correct(HELD_ON, PARTICIPANTS, 55, REASON))
                .expectEvents(new EventParticipationCorrectedEvent(PARTICIPATION_ID, CityEventKind.CLEAN_UP_DAY,
                        EVENT_NAME, HELD_ON, PARTICIPANTS, 55, REASON));
    }

    @Test
    void refusesCorrectionWithoutReason() {
        fixture.given(recorded())
                .when(correct(HELD_ON, PARTICIPANTS, 55, ""))
                .expectException(invalid("reason"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionRemovingEveryNco() {
        fixture.given(recorded())
                .when(correct(HELD_ON, List.of(), 55, REASON))
                .expectException(invalid("participantNcoIds"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionOfWithdrawnParticipation() {
        fixture.given(recorded(), new EventParticipationWithdrawnEvent(PARTICIPATION_ID, REASON))
                .when(correct(HELD_ON, PARTICIPANTS, 55, REASON))
                .expectException(violation("participationId"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionThatChangesNothing() {
        fixture.given(recorded())
                .when(correct(HELD_ON, PARTICIPANTS, PEOPLE, REASON))
                .expectException(violation("participationId"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionToADateAParticipantWasAlreadyLiquidatedOn() {
        ncoLookup.recordLiquidated(NCO_AK_KALFAK, LocalDate.of(2021, 2, 1));

        fixture.given(recorded())
                .when(correct(TODAY, PARTICIPANTS, PEOPLE, REASON))
                .expectException(violation("participantNcoIds[0]"))
                .expectNoEvents();
    }

    @Test
    void withdrawsParticipation() {
        fixture.given(recorded())
                .when(new WithdrawEventParticipationCommand(PARTICIPATION_ID, REASON))
                .expectEvents(new EventParticipationWithdrawnEvent(PARTICIPATION_ID, REASON));
    }

    @Test
    void refusesWithdrawalWithoutReason() {
        fixture.given(recorded())
                .when(new WithdrawEventParticipationCommand(PARTICIPATION_ID, null))
                .expectException(invalid("reason"))
                .expectNoEvents();
    }

    @Test
    void refusesWithdrawalOfWithdrawnParticipation() {
        fixture.given(recorded(), new EventParticipationWithdrawnEvent(PARTICIPATION_ID, REASON))
                .when(new WithdrawEventParticipationCommand(PARTICIPATION_ID, REASON))
                .expectException(violation("participationId"))
                .expectNoEvents();
    }
}
