package ru.kogalym.civic.command.raid;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.command.lookup.InMemoryNcoLookup;
import ru.kogalym.civic.command.lookup.InMemoryActivityReferences;
import ru.kogalym.civic.command.lookup.InMemoryBodyLookup;
import ru.kogalym.civic.command.lookup.TestGates;
import ru.kogalym.civic.contract.raid.CorrectRaidCommand;
import ru.kogalym.civic.contract.raid.RaidCorrectedEvent;
import ru.kogalym.civic.contract.raid.RaidRecordedEvent;
import ru.kogalym.civic.contract.raid.RaidWithdrawnEvent;
import ru.kogalym.civic.contract.raid.RecordRaidCommand;
import ru.kogalym.civic.contract.raid.WithdrawRaidCommand;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import static ru.kogalym.civic.command.common.Refusals.invalid;
import static ru.kogalym.civic.command.common.Refusals.violation;
import static ru.kogalym.civic.command.common.TestClock.BEFORE_1990;
import static ru.kogalym.civic.command.common.TestClock.CLOCK;
import static ru.kogalym.civic.command.common.TestClock.TODAY;
import static ru.kogalym.civic.command.common.TestClock.TOMORROW;

class RaidTest {

    private static final String RAID_ID = "raid-2020-mira";
    private static final LocalDate HELD_ON = LocalDate.of(2020, 11, 20);
    private static final String LOCATION = "площадь по улице Мира";
    private static final String PURPOSE = "разъяснение необходимости соблюдения масочного режима";
    private static final String NCO_VAINAKH = "nco-vainakh";
    private static final String NCO_DOSTLUG = "nco-dostlug";
    private static final LocalDate NCO_REGISTERED_ON = LocalDate.of(2012, 3, 1);
    private static final List<String> PARTICIPANTS = List.of(NCO_VAINAKH, NCO_DOSTLUG);
    private static final List<String> OFFICIALS = List.of("специалист отдела по связям с общественностью");
    private static final int LEAFLETS = 300;
    private static final Integer RESIDENTS = 250;
    private static final String REASON = "неверное число памяток";

    private FixtureConfiguration<Raid> fixture;
    private InMemoryNcoLookup ncoLookup;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Raid.class);
        ncoLookup = new InMemoryNcoLookup();
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(ncoLookup);
        fixture.registerInjectableResource(TestGates.over(ncoLookup, new InMemoryBodyLookup(), new InMemoryActivityReferences()));
        ncoLookup.recordRegistered(NCO_VAINAKH, NCO_REGISTERED_ON);
        ncoLookup.recordRegistered(NCO_DOSTLUG, NCO_REGISTERED_ON);
    }

    private static RecordRaidCommand record(LocalDate heldOn, List<String> ncoIds, int leaflets, Integer residents) {
        return new RecordRaidCommand(RAID_ID, heldOn, LOCATION, PURPOSE, ncoIds, OFFICIALS, leaflets, residents);
    }

    private static RaidRecordedEvent recorded() {
        return new RaidRecordedEvent(RAID_ID, HELD_ON, LOCATION, PURPOSE, PARTICIPANTS, OFFICIALS, LEAFLETS, RESIDENTS);
    }

    private static CorrectRaidCommand correct(LocalDate heldOn, List<String> ncoIds, int leaflets, String reason) {
        return new CorrectRaidCommand(RAID_ID, heldOn, LOCATION, PURPOSE, ncoIds, OFFICIALS, leaflets, RESIDENTS,
                reason);
    }

    @Test
    void recordsRaid() {
        fixture.givenNoPriorActivity()
                .when(record(HELD_ON, PARTICIPANTS, LEAFLETS, RESIDENTS))
                .expectEvents(recorded());
    }

    @Test
    void recordsRaidWithoutKnownResidentsReachedOrOfficials() {
        fixture.givenNoPriorActivity()
                .when(new RecordRaidCommand(RAID_ID, HELD_ON, LOCATION, PURPOSE, PARTICIPANTS, null, 0, null))
                .expectEvents(new RaidRecordedEvent(RAID_ID, HELD_ON, LOCATION, PURPOSE, PARTICIPANTS, List.of(), 0,
                        null));
    }

    @Test
    void refusesRaidWithoutId() {
        fixture.givenNoPriorActivity()
                .when(new RecordRaidCommand(" ", HELD_ON, LOCATION, PURPOSE, PARTICIPANTS, OFFICIALS, 1, null))
                .expectException(invalid("raidId"))
                .expectNoEvents();
    }

    @Test
    void refusesRaidWithoutDate() {
        fixture.givenNoPriorActivity()
                .when(record(null, PARTICIPANTS, LEAFLETS, RESIDENTS))
                .expectException(invalid("heldOn"))
                .expectNoEvents();
    }

    @Test
    void refusesRaidInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(record(TOMORROW, PARTICIPANTS, LEAFLETS, RESIDENTS))
                .expectException(invalid("heldOn"))
                .expectNoEvents();
    }

    @Test
    void refusesRaidBefore1990() {
        fixture.givenNoPriorActivity()
                .when(record(BEFORE_1990, List.of(), LEAFLETS, RESIDENTS))
                .expectException(invalid("heldOn"))
                .expectNoEvents();
    }

    @Test
    void refusesRaidWithoutLocation() {
        fixture.givenNoPriorActivity()
                .when(new RecordRaidCommand(RAID_ID, HELD_ON, "", PURPOSE, PARTICIPANTS, OFFICIALS, 1, null))
                .expectException(invalid("location"))
                .expectNoEvents();
    }

    @Test
    void refusesRaidWithoutPurpose() {
        fixture.givenNoPriorActivity()
                .when(new RecordRaidCommand(RAID_ID, HELD_ON, LOCATION, null, PARTICIPANTS, OFFICIALS, 1, null))
                .expectException(invalid("purpose"))
                .expectNoEvents();
    }

    @Test
    void refusesRaidWithTooLongPurpose() {
        fixture.givenNoPriorActivity()
                .when(new RecordRaidCommand(RAID_ID, HELD_ON, LOCATION, "я".repeat(10_001), PARTICIPANTS, OFFICIALS,
                        1, null))
                .expectException(invalid("purpose"))
                .expectNoEvents();
    }

    @Test
    void refusesTooLongOfficialsName() {
        fixture.givenNoPriorActivity()
                .when(new RecordRaidCommand(RAID_ID, HELD_ON, LOCATION, PURPOSE, PARTICIPANTS,
                        List.of("глава города", "я".repeat(201)), 1, null))
                .expectException(invalid("officials[1]"))
                .expectNoEvents();
    }

    @Test
    void refusesMoreThanTwoHundredOfficials() {
        fixture.givenNoPriorActivity()
                .when(new RecordRaidCommand(RAID_ID, HELD_ON, LOCATION, PURPOSE, PARTICIPANTS,
                        Collections.nCopies(201, "инспектор"), 1, null))
                .expectException(invalid("officials"))
                .expectNoEvents();
    }

    @Test
    void refusesNegativeLeafletCount() {
        fixture.givenNoPriorActivity()
                .when(record(HELD_ON, PARTICIPANTS, -1, RESIDENTS))
                .expectException(invalid("leafletsDistributed"))
                .expectNoEvents();
    }

    @Test
    void refusesNegativeResidentsReached() {
        fixture.givenNoPriorActivity()
                .when(record(HELD_ON, PARTICIPANTS, LEAFLETS, -5))
                .expectException(invalid("residentsReached"))
                .expectNoEvents();
    }

    @Test
    void refusesParticipantListedTwice() {
        fixture.givenNoPriorActivity()
                .when(record(HELD_ON, List.of(NCO_VAINAKH, NCO_VAINAKH), LEAFLETS, RESIDENTS))
                .expectException(invalid("participantNcoIds[1]"))
                .expectNoEvents();
    }

    @Test
    void refusesRaidWithUnknownNco() {
        fixture.givenNoPriorActivity()
                .when(record(HELD_ON, List.of("nco-unknown"), LEAFLETS, RESIDENTS))
                .expectException(violation("participantNcoIds[0]"))
                .expectNoEvents();
    }

    @Test
    void refusesRaidWithNcoNotYetInTheRegistry() {
        fixture.givenNoPriorActivity()
                .when(record(NCO_REGISTERED_ON.minusDays(1), PARTICIPANTS, LEAFLETS, RESIDENTS))
                .expectException(violation("participantNcoIds[0]"))
                .expectNoEvents();
    }

    @Test
    void refusesRaidWithLiquidatedNco() {
        ncoLookup.recordLiquidated(NCO_DOSTLUG, HELD_ON.minusMonths(1));

        fixture.givenNoPriorActivity()
                .when(record(HELD_ON, PARTICIPANTS, LEAFLETS, RESIDENTS))
                .expectException(violation("participantNcoIds[1]"))
                .expectNoEvents();
    }

    @Test
    void correctsRaid() {
        fixture.given(recorded())
                .when(correct(HELD_ON, PARTICIPANTS, 500, REASON))
                .expectEvents(new RaidCorrectedEvent(RAID_ID, HELD_ON, LOCATION, PURPOSE, PARTICIPANTS, OFFICIALS, 500,
                        RESIDENTS, REASON));
    }

    @Test
    void refusesCorrectionWithoutReason() {
        fixture.given(recorded())
                .when(correct(HELD_ON, PARTICIPANTS, 500, null))
                .expectException(invalid("reason"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionToANegativeLeafletCount() {
        fixture.given(recorded())
                .when(correct(HELD_ON, PARTICIPANTS, -500, REASON))
                .expectException(invalid("leafletsDistributed"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionToADateInTheFuture() {
        fixture.given(recorded())
                .when(correct(TOMORROW, PARTICIPANTS, LEAFLETS, REASON))
                .expectException(invalid("heldOn"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionOfWithdrawnRaid() {
        fixture.given(recorded(), new RaidWithdrawnEvent(RAID_ID, REASON))
                .when(correct(HELD_ON, PARTICIPANTS, 500, REASON))
                .expectException(violation("raidId"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionThatChangesNothing() {
        fixture.given(recorded())
                .when(correct(HELD_ON, PARTICIPANTS, LEAFLETS, REASON))
                .expectException(violation("raidId"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionToADateAParticipantWasAlreadyLiquidatedOn() {
        ncoLookup.recordLiquidated(NCO_VAINAKH, LocalDate.of(2021, 1, 10));

        fixture.given(recorded())
                .when(correct(TODAY, PARTICIPANTS, LEAFLETS, REASON))
                .expectException(violation("participantNcoIds[0]"))
                .expectNoEvents();
    }

    @Test
    void withdrawsRaid() {
        fixture.given(recorded())
                .when(new WithdrawRaidCommand(RAID_ID, REASON))
                .expectEvents(new RaidWithdrawnEvent(RAID_ID, REASON));
    }

    @Test
    void refusesWithdrawalWithoutReason() {
        fixture.given(recorded())
                .when(new WithdrawRaidCommand(RAID_ID, " "))
                .expectException(invalid("reason"))
                .expectNoEvents();
    }

    @Test
    void refusesWithdrawalOfWithdrawnRaid() {
        fixture.given(recorded(), new RaidWithdrawnEvent(RAID_ID, REASON))
                .when(new WithdrawRaidCommand(RAID_ID, REASON))
                .expectException(violation("raidId"))
                .expectNoEvents();
    }
}
