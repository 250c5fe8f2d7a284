package ru.kogalym.civic.command.meeting;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.command.lookup.InMemoryBodyLookup;
import ru.kogalym.civic.command.lookup.InMemoryNcoLookup;
import ru.kogalym.civic.command.lookup.InMemoryActivityReferences;
import ru.kogalym.civic.command.lookup.TestGates;
import ru.kogalym.civic.contract.council.BodyKind;
import ru.kogalym.civic.contract.meeting.CorrectMeetingCommand;
import ru.kogalym.civic.contract.meeting.HoldMeetingCommand;
import ru.kogalym.civic.contract.meeting.MeetingCorrectedEvent;
import ru.kogalym.civic.contract.meeting.MeetingHeldEvent;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.contract.meeting.MeetingWithdrawnEvent;
import ru.kogalym.civic.contract.meeting.WithdrawMeetingCommand;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static ru.kogalym.civic.command.common.Refusals.invalid;
import static ru.kogalym.civic.command.common.Refusals.violation;
import static ru.kogalym.civic.command.common.TestClock.BEFORE_1990;
import static ru.kogalym.civic.command.common.TestClock.CLOCK;
import static ru.kogalym.civic.command.common.TestClock.TODAY;
import static ru.kogalym.civic.command.common.TestClock.TOMORROW;

class MeetingTest {

    private static final String MEETING_ID = "meeting-2020-1";
    private static final String TOPIC = "Укрепление межнационального и межконфессионального согласия";
    private static final String VENUE = "Дом Дружбы";
    private static final LocalDate HELD_ON = LocalDate.of(2020, 10, 15);
    private static final String NCO_EDINSTVO = "nco-edinstvo";
    private static final String NCO_NUR = "nco-nur";
    private static final String NCO_AK_NIET = "nco-ak-niet";
    private static final LocalDate NCO_REGISTERED_ON = LocalDate.of(2015, 6, 1);
    private static final LocalDate AK_NIET_REGISTERED_ON = LocalDate.of(2020, 11, 1);
    private static final String COMMISSION_ID = "commission-extremism";
    private static final String COUNCIL_ID = "council-city";
    private static final LocalDate BODY_ESTABLISHED_ON = LocalDate.of(2016, 2, 1);
    private static final List<String> PARTICIPANTS = List.of(NCO_EDINSTVO, NCO_NUR);
    private static final List<String> OTHERS = List.of("представители ОМВД России по г. Когалыму");
    private static final String MINUTES = "Протокол № 4";
    private static final String REASON = "ошибка в дате";

    private FixtureConfiguration<Meeting> fixture;
    private InMemoryNcoLookup ncoLookup;
    private InMemoryBodyLookup bodyLookup;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
        ncoLookup = new InMemoryNcoLookup();
        bodyLookup = new InMemoryBodyLookup();
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(ncoLookup);
        fixture.registerInjectableResource(bodyLookup);
        fixture.registerInjectableResource(TestGates.over(ncoLookup, bodyLookup, new InMemoryActivityReferences()));
        ncoLookup.recordRegistered(NCO_EDINSTVO, NCO_REGISTERED_ON);
        ncoLookup.recordRegistered(NCO_NUR, NCO_REGISTERED_ON);
        ncoLookup.recordRegistered(NCO_AK_NIET, AK_NIET_REGISTERED_ON);
        bodyLookup.recordEstablished(COMMISSION_ID, BodyKind.COMMISSION, BODY_ESTABLISHED_ON);
        bodyLookup.recordEstablished(COUNCIL_ID, BodyKind.COUNCIL, BODY_ESTABLISHED_ON);
    }

    private static HoldMeetingCommand hold(MeetingKind kind, LocalDate heldOn, String bodyId, List<String> ncoIds) {
        return new HoldMeetingCommand(MEETING_ID, kind, TOPIC, heldOn, VENUE, bodyId, ncoIds, OTHERS, MINUTES);
    }

    private static HoldMeetingCommand holdWorkingMeeting(LocalDate heldOn, List<String> ncoIds) {
        return hold(MeetingKind.WORKING_MEETING, heldOn, null, ncoIds);
    }

    private static MeetingHeldEvent workingMeetingHeld() {
        return new MeetingHeldEvent(MEETING_ID, MeetingKind.WORKING_MEETING, TOPIC, HELD_ON, VENUE, null,
                PARTICIPANTS, OTHERS, MINUTES);
    }

    private static MeetingHeldEvent commissionSessionHeld() {
        return new MeetingHeldEvent(MEETING_ID, MeetingKind.COMMISSION_SESSION, TOPIC, HELD_ON, null, COMMISSION_ID,
                PARTICIPANTS, List.of(), null);
    }

    private static CorrectMeetingCommand correct(MeetingKind kind, LocalDate heldOn, String bodyId,
                                                 List<String> ncoIds, String reason) {
        return new CorrectMeetingCommand(MEETING_ID, kind, TOPIC, heldOn, VENUE, bodyId, ncoIds, OTHERS, MINUTES,
                reason);
    }

    // ---- holding ----

    @Test
    void holdsWorkingMeetingWithNcosAndLawEnforcement() {
        fixture.givenNoPriorActivity()
                .when(holdWorkingMeeting(HELD_ON, PARTICIPANTS))
                .expectEvents(workingMeetingHeld());
    }

    @Test
    void holdsCommissionSession() {
        fixture.givenNoPriorActivity()
                .when(new HoldMeetingCommand(MEETING_ID, MeetingKind.COMMISSION_SESSION, TOPIC, HELD_ON, null,
                        COMMISSION_ID, PARTICIPANTS, null, " "))
                .expectEvents(commissionSessionHeld());
    }

    @Test
    void holdsCouncilSession() {
        fixture.givenNoPriorActivity()
                .when(hold(MeetingKind.COUNCIL_SESSION, HELD_ON, COUNCIL_ID, PARTICIPANTS))
                .expectEvents(new MeetingHeldEvent(MEETING_ID, MeetingKind.COUNCIL_SESSION, TOPIC, HELD_ON, VENUE,
                        COUNCIL_ID, PARTICIPANTS, OTHERS, MINUTES));
    }

    @Test
    void holdsConsultationOrganisedByAnyKindOfBody() {
        fixture.givenNoPriorActivity()
                .when(hold(MeetingKind.CONSULTATION, HELD_ON, COMMISSION_ID, List.of()))
                .expectEvents(new MeetingHeldEvent(MEETING_ID, MeetingKind.CONSULTATION, TOPIC, HELD_ON, VENUE,
                        COMMISSION_ID, List.of(), OTHERS, MINUTES));
    }

    @Test
    void holdsMeetingWithoutParticipantLists() {
        fixture.givenNoPriorActivity()
                .when(new HoldMeetingCommand(MEETING_ID, MeetingKind.SEMINAR, TOPIC, HELD_ON, null, null, null, null,
                        null))
                .expectEvents(new MeetingHeldEvent(MEETING_ID, MeetingKind.SEMINAR, TOPIC, HELD_ON, null, null,
                        List.of(), List.of(), null));
    }

    @Test
    void holdsMeetingTheDayBeforeAParticipantsLiquidation() {
        ncoLookup.recordLiquidated(NCO_NUR, HELD_ON.plusDays(1));

        fixture.givenNoPriorActivity()
                .when(holdWorkingMeeting(HELD_ON, PARTICIPANTS))
                .expectEvents(workingMeetingHeld());
    }

    @Test
    void holdsMeetingOnTheDayAParticipantEnteredTheRegistry() {
        fixture.givenNoPriorActivity()
                .when(holdWorkingMeeting(AK_NIET_REGISTERED_ON, List.of(NCO_AK_NIET)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesMeetingWithoutId() {
        fixture.givenNoPriorActivity()
                .when(new HoldMeetingCommand(null, MeetingKind.OTHER, TOPIC, HELD_ON, null, null, null, null, null))
                .expectException(invalid("meetingId"))
                .expectNoEvents();
    }

    @Test
    void refusesMeetingWithoutKind() {
        fixture.givenNoPriorActivity()
                .when(hold(null, HELD_ON, null, PARTICIPANTS))
                .expectException(invalid("kind"))
                .expectNoEvents();
    }

    @Test
    void refusesMeetingWithoutTopic() {
        fixture.givenNoPriorActivity()
                .when(new HoldMeetingCommand(MEETING_ID, MeetingKind.OTHER, " ", HELD_ON, null, null, null, null, null))
                .expectException(invalid("topic"))
                .expectNoEvents();
    }

    @Test
    void refusesMeetingWithTooLongTopic() {
        fixture.givenNoPriorActivity()
                .when(new HoldMeetingCommand(MEETING_ID, MeetingKind.OTHER, "я".repeat(501), HELD_ON, null, null,
                        null, null, null))
                .expectException(invalid("topic"))
                .expectNoEvents();
    }

    @Test
    void refusesMeetingWithTooLongVenue() {
        fixture.givenNoPriorActivity()
                .when(new HoldMeetingCommand(MEETING_ID, MeetingKind.OTHER, TOPIC, HELD_ON, "я".repeat(501), null,
                        null, null, null))
                .expectException(invalid("venue"))
                .expectNoEvents();
    }

    @Test
    void refusesMeetingWithTooLongMinutes() {
        fixture.givenNoPriorActivity()
                .when(new HoldMeetingCommand(MEETING_ID, MeetingKind.OTHER, TOPIC, HELD_ON, null, null, null, null,
                        "я".repeat(10_001)))
                .expectException(invalid("minutes"))
                .expectNoEvents();
    }

    @Test
    void refusesMeetingWithoutDate() {
        fixture.givenNoPriorActivity()
                .when(holdWorkingMeeting(null, PARTICIPANTS))
                .expectException(invalid("heldOn"))
                .expectNoEvents();
    }

    @Test
    void refusesMeetingInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(holdWorkingMeeting(TOMORROW, PARTICIPANTS))
                .expectException(invalid("heldOn"))
                .expectNoEvents();
    }

    @Test
    void refusesMeetingBefore1990() {
        fixture.givenNoPriorActivity()
                .when(holdWorkingMeeting(BEFORE_1990, List.of()))
                .expectException(invalid("heldOn"))
                .expectNoEvents();
    }

    @Test
    void refusesBlankParticipantNcoId() {
        fixture.givenNoPriorActivity()
                .when(holdWorkingMeeting(HELD_ON, Arrays.asList(NCO_EDINSTVO, null)))
                .expectException(invalid("participantNcoIds[1]"))
                .expectNoEvents();
    }

    @Test
    void refusesParticipantListedTwice() {
        fixture.givenNoPriorActivity()
                .when(holdWorkingMeeting(HELD_ON, List.of(NCO_EDINSTVO, NCO_NUR, NCO_EDINSTVO)))
                .expectException(invalid("participantNcoIds[2]"))
                .expectNoEvents();
    }

    @Test
    void refusesMoreThanTwoHundredParticipants() {
        fixture.givenNoPriorActivity()
                .when(holdWorkingMeeting(HELD_ON, Collections.nCopies(201, NCO_EDINSTVO)))
                .expectException(invalid("participantNcoIds"))
                .expectNoEvents();
    }

    @Test
    void refusesBlankOtherParticipant() {
        fixture.givenNoPriorActivity()
                .when(new HoldMeetingCommand(MEETING_ID, MeetingKind.OTHER, TOPIC, HELD_ON, null, null, null,
                        List.of(" "), null))
                .expectException(invalid("otherParticipants[0]"))
                .expectNoEvents();
    }

    @Test
    void refusesCommissionSessionWithoutBody() {
        fixture.givenNoPriorActivity()
                .when(hold(MeetingKind.COMMISSION_SESSION, HELD_ON, null, PARTICIPANTS))
                .expectException(invalid("bodyId"))
                .expectNoEvents();
    }

    @Test
    void refusesCouncilSessionWithoutBody() {
        fixture.givenNoPriorActivity()
                .when(hold(MeetingKind.COUNCIL_SESSION, HELD_ON, " ", PARTICIPANTS))
                .expectException(invalid("bodyId"))
                .expectNoEvents();
    }

    @Test
    void refusesMeetingWithUnknownBody() {
        fixture.givenNoPriorActivity()
                .when(hold(MeetingKind.COMMISSION_SESSION, HELD_ON, "commission-unknown", PARTICIPANTS))
                .expectException(violation("bodyId"))
                .expectNoEvents();
    }

    @Test
    void refusesCommissionSessionOfACouncil() {
        fixture.givenNoPriorActivity()
                .when(hold(MeetingKind.COMMISSION_SESSION, HELD_ON, COUNCIL_ID, PARTICIPANTS))
                .expectException(violation("bodyId"))
                .expectNoEvents();
    }

    @Test
    void refusesCouncilSessionOfACommission() {
        fixture.givenNoPriorActivity()
                .when(hold(MeetingKind.COUNCIL_SESSION, HELD_ON, COMMISSION_ID, PARTICIPANTS))
                .expectException(violation("bodyId"))
                .expectNoEvents();
    }

    @Test
    void refusesSessionBeforeTheBodyWasEstablished() {
        fixture.givenNoPriorActivity()
                .when(hold(MeetingKind.COMMISSION_SESSION, BODY_ESTABLISHED_ON.minusDays(1), COMMISSION_ID, List.of()))
                .expectException(violation("bodyId"))
                .expectNoEvents();
    }

    @Test
    void refusesSessionOnTheDayTheBodyWasDissolved() {
        bodyLookup.recordDissolved(COMMISSION_ID, HELD_ON);

        fixture.givenNoPriorActivity()
                .when(hold(MeetingKind.COMMISSION_SESSION, HELD_ON, COMMISSION_ID, PARTICIPANTS))
                .expectException(violation("bodyId"))
                .expectNoEvents();
    }

    @Test
    void refusesMeetingWithUnknownNco() {
        fixture.givenNoPriorActivity()
                .when(holdWorkingMeeting(HELD_ON, List.of(NCO_EDINSTVO, "nco-unknown")))
                .expectException(violation("participantNcoIds[1]"))
                .expectNoEvents();
    }

    @Test
    void refusesMeetingWithNcoNotYetInTheRegistry() {
        fixture.givenNoPriorActivity()
                .when(holdWorkingMeeting(HELD_ON, List.of(NCO_AK_NIET, NCO_NUR)))
                .expectException(violation("participantNcoIds[0]"))
                .expectNoEvents();
    }

    @Test
    void refusesMeetingWithLiquidatedNco() {
        ncoLookup.recordLiquidated(NCO_NUR, LocalDate.of(2020, 1, 1));

        fixture.givenNoPriorActivity()
                .when(holdWorkingMeeting(HELD_ON, PARTICIPANTS))
                .expectException(violation("participantNcoIds[1]"))
                .expectNoEvents();
    }

    @Test
    void refusesMeetingOnTheDayOfAParticipantsLiquidation() {
        ncoLookup.recordLiquidated(NCO_NUR, HELD_ON);

        fixture.givenNoPriorActivity()
                .when(holdWorkingMeeting(HELD_ON, PARTICIPANTS))
                .expectException(violation("participantNcoIds[1]"))
                .expectNoEvents();
    }

    @Test
    void refusesMeetingWithAWithdrawnNco() {
        ncoLookup.recordWithdrawn(NCO_NUR);

        fixture.givenNoPriorActivity()
                .when(holdWorkingMeeting(HELD_ON, PARTICIPANTS))
                .expectException(violation("participantNcoIds[1]"))
                .expectNoEvents();
    }

    // ---- correcting ----

    @Test
    void correctsMeeting() {
        LocalDate actualDay = HELD_ON.plusDays(2);

        fixture.given(workingMeetingHeld())
                .when(correct(MeetingKind.WORKING_MEETING, actualDay, null, List.of(NCO_NUR), REASON))
                .expectEvents(new MeetingCorrectedEvent(MEETING_ID, MeetingKind.WORKING_MEETING, TOPIC, actualDay,
                        VENUE, null, List.of(NCO_NUR), OTHERS, MINUTES, REASON));
    }

    @Test
    void correctsMeetingTwice() {
        fixture.given(workingMeetingHeld(), new MeetingCorrectedEvent(MEETING_ID, MeetingKind.WORKING_MEETING, TOPIC,
                        TODAY, VENUE, null, List.of(NCO_NUR), OTHERS, MINUTES, REASON))
                .when(correct(MeetingKind.WORKING_MEETING, HELD_ON, null, PARTICIPANTS, "дата была верной"))
                .expectEvents(new MeetingCorrectedEvent(MEETING_ID, MeetingKind.WORKING_MEETING, TOPIC, HELD_ON,
                        VENUE, null, PARTICIPANTS, OTHERS, MINUTES, "дата была верной"));
    }

    @Test
    void refusesCorrectionWithoutReason() {
        fixture.given(workingMeetingHeld())
                .when(correct(MeetingKind.WORKING_MEETING, TODAY, null, PARTICIPANTS, " "))
                .expectException(invalid("reason"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionToADateInTheFuture() {
        fixture.given(workingMeetingHeld())
                .when(correct(MeetingKind.WORKING_MEETING, TOMORROW, null, PARTICIPANTS, REASON))
                .expectException(invalid("heldOn"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionIntoASessionWithoutBody() {
        fixture.given(workingMeetingHeld())
                .when(correct(MeetingKind.COUNCIL_SESSION, HELD_ON, null, PARTICIPANTS, REASON))
                .expectException(invalid("bodyId"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionOfWithdrawnMeeting() {
        fixture.given(workingMeetingHeld(), new MeetingWithdrawnEvent(MEETING_ID, REASON))
                .when(correct(MeetingKind.WORKING_MEETING, TODAY, null, PARTICIPANTS, REASON))
                .expectException(violation("meetingId"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionThatChangesNothing() {
        fixture.given(workingMeetingHeld())
                .when(correct(MeetingKind.WORKING_MEETING, HELD_ON, null, PARTICIPANTS, REASON))
                .expectException(violation("meetingId"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionToADateAParticipantWasAlreadyLiquidatedOn() {
        ncoLookup.recordLiquidated(NCO_EDINSTVO, LocalDate.of(2021, 1, 1));

        fixture.given(workingMeetingHeld())
                .when(correct(MeetingKind.WORKING_MEETING, TODAY, null, PARTICIPANTS, REASON))
                .expectException(violation("participantNcoIds[0]"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionAddingAnUnknownNco() {
        fixture.given(workingMeetingHeld())
                .when(correct(MeetingKind.WORKING_MEETING, HELD_ON, null, List.of(NCO_EDINSTVO, NCO_NUR, "nco-x"),
                        REASON))
                .expectException(violation("participantNcoIds[2]"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionIntoASessionOfTheWrongKindOfBody() {
        fixture.given(commissionSessionHeld())
                .when(correct(MeetingKind.COUNCIL_SESSION, HELD_ON, COMMISSION_ID, PARTICIPANTS, REASON))
                .expectException(violation("bodyId"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionToADateBeforeTheBodyWasEstablished() {
        fixture.given(commissionSessionHeld())
                .when(correct(MeetingKind.COMMISSION_SESSION, LocalDate.of(2015, 12, 1), COMMISSION_ID, List.of(),
                        REASON))
                .expectException(violation("bodyId"))
                .expectNoEvents();
    }

    // ---- withdrawing ----

    @Test
    void withdrawsMeeting() {
        fixture.given(workingMeetingHeld())
                .when(new WithdrawMeetingCommand(MEETING_ID, REASON))
                .expectEvents(new MeetingWithdrawnEvent(MEETING_ID, REASON));
    }

    @Test
    void withdrawsCorrectedMeeting() {
        fixture.given(workingMeetingHeld(), new MeetingCorrectedEvent(MEETING_ID, MeetingKind.WORKING_MEETING, TOPIC,
                        TODAY, VENUE, null, List.of(NCO_NUR), OTHERS, MINUTES, REASON))
                .when(new WithdrawMeetingCommand(MEETING_ID, "совещание не состоялось"))
                .expectEvents(new MeetingWithdrawnEvent(MEETING_ID, "совещание не состоялось"));
    }

    @Test
    void refusesWithdrawalWithoutReason() {
        fixture.given(workingMeetingHeld())
                .when(new WithdrawMeetingCommand(MEETING_ID, null))
                .expectException(invalid("reason"))
                .expectNoEvents();
    }

    @Test
    void refusesWithdrawalOfWithdrawnMeeting() {
        fixture.given(workingMeetingHeld(), new MeetingWithdrawnEvent(MEETING_ID, REASON))
                .when(new WithdrawMeetingCommand(MEETING_ID, REASON))
                .expectException(violation("meetingId"))
                .expectNoEvents();
    }
}
