package ru.kogalym.civic.command.lookup;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.command.common.Detail;
import ru.kogalym.civic.command.common.Problem;
import ru.kogalym.civic.command.common.RuleViolationException;
import ru.kogalym.civic.eventstore.MutableClock;
import ru.kogalym.civic.eventstore.TestMongo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gate on the lookups in MongoDB, with commands in flight held open in units of work: what each side of a
 * cross-record rule sees of the other before either is appended, and what a dead command leaves behind.
 */
class ReferenceGateTest {

    private static final String NCO_ID = "nco-nur";
    private static final String MEETING_ID = "meeting-1";
    private static final String RAID_ID = "raid-1";
    private static final LocalDate REGISTERED = LocalDate.of(2015, 3, 12);
    private static final LocalDate LIQUIDATION = LocalDate.of(2021, 6, 1);
    private static final LocalDate BEFORE_LIQUIDATION = LocalDate.of(2021, 5, 20);
    private static final LocalDate AFTER_LIQUIDATION = LocalDate.of(2021, 6, 12);
    private static final Duration TTL = Duration.ofSeconds(30);

    private final TestMongo mongo = TestMongo.start();
    private final MongoNcoLookup ncos = new MongoNcoLookup(mongo.database());
    private final MongoActivityReferences references = new MongoActivityReferences(mongo.database());
    private final List<String> replayed = new ArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final ReferenceGate gate = new ReferenceGate(ncos, new MongoBodyLookup(mongo.database()), references,
                                                         replayed::add, clock, TTL);

    ReferenceGateTest() {
        ncos.recordRegistered(NCO_ID, REGISTERED);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void aMeetingInFlightStopsALiquidationBeforeItsDate() {
        UnitOfWork<?> meeting = DefaultUnitOfWork.startAndGet(null);
        gate.admitNco("participantNcoIds[0]", MEETING_ID, NCO_ID, AFTER_LIQUIDATION);
        CurrentUnitOfWork.clear(meeting);

        UnitOfWork<?> liquidation = DefaultUnitOfWork.startAndGet(null);
        assertThatThrownBy(() -> liquidate(gate))
                .isInstanceOfSatisfying(RuleViolationException.class,
                                        refusal -> assertThat(refusal.field()).isEqualTo("liquidatedOn"))
                .hasMessageContaining("concurrent request");
        liquidation.rollback();

        CurrentUnitOfWork.set(meeting);
        meeting.commit();
        assertThat(references.standing(NCO_ID).reservations()).isEmpty();
    }

    @Test
    void aLiquidationInFlightStopsAMeetingOnOrAfterItsDateButNotBefore() {
        UnitOfWork<?> liquidation = DefaultUnitOfWork.startAndGet(null);
        liquidate(gate);
        CurrentUnitOfWork.clear(liquidation);

        UnitOfWork<?> late = DefaultUnitOfWork.startAndGet(null);
        assertThatThrownBy(() -> gate.admitNco("participantNcoIds[0]", MEETING_ID, NCO_ID, LIQUIDATION))
                .isInstanceOfSatisfying(RuleViolationException.class,
                                        refusal -> assertThat(refusal.field()).isEqualTo("participantNcoIds[0]"))
                .hasMessageContaining("concurrent request");
        late.rollback();

        UnitOfWork<?> early = DefaultUnitOfWork.startAndGet(null);
        assertThatCode(() -> gate.admitNco("participantNcoIds[0]", RAID_ID, NCO_ID, BEFORE_LIQUIDATION))
                .doesNotThrowAnyException();
        early.commit();

        CurrentUnitOfWork.set(liquidation);
        liquidation.commit();
        assertThat(references.standing(NCO_ID).reservations()).isEmpty();
    }

    @Test
    void aStandingRecordStopsALiquidationBeforeItsDateWithTheRuleInTheRefusal() {
        references.recordActivity(MEETING_ID, 0, List.of(NCO_ID), AFTER_LIQUIDATION);

        UnitOfWork<?> liquidation = DefaultUnitOfWork.startAndGet(null);
        assertThatThrownBy(() -> liquidate(gate))
                .hasMessageContaining("liquidatedOn: a record dated 2021-06-12 names the NCO");
        liquidation.rollback();
        assertThat(references.standing(NCO_ID).reservations()).isEmpty();
    }

    @Test
    void aCommandThatRollsBackReplaysItsRecordAndLetsGo() {
        UnitOfWork<?> meeting = DefaultUnitOfWork.startAndGet(null);
        gate.admitNco("participantNcoIds[0]", MEETING_ID, NCO_ID, AFTER_LIQUIDATION);
        assertThat(references.standing(NCO_ID).reservations()).hasSize(1);
        meeting.rollback();

        assertThat(replayed).containsExactly(MEETING_ID);
        assertThat(references.standing(NCO_ID).reservations()).isEmpty();
    }

    @Test
    void aCommandNamingSeveralNcosThatRollsBackReplaysItsRecordOnceAndLetsGoOfEach() {
        String other = "nco-dostlug";
        ncos.recordRegistered(other, REGISTERED);
        UnitOfWork<?> raid = DefaultUnitOfWork.startAndGet(null);
        gate.admitNcos("participantNcoIds", RAID_ID, List.of(NCO_ID, other), BEFORE_LIQUIDATION);
        raid.rollback();

        // one replay counts whatever was appended for every NCO it names (a retried creation rolls back so)
        assertThat(replayed).containsExactly(RAID_ID);
        assertThat(references.standing(NCO_ID).reservations()).isEmpty();
        assertThat(references.standing(other).reservations()).isEmpty();
    }

    @Test
    void aFailedReplayIsTriedAgainBeforeTheNextReservationIsLetGo() {
        String other = "nco-dostlug";
        ncos.recordRegistered(other, REGISTERED);
        List<String> tried = new ArrayList<>();
        ReferenceGate failingOnce = new ReferenceGate(ncos, new MongoBodyLookup(mongo.database()), references,
                record -> {
                    tried.add(record);
                    if (tried.size() == 1) {
                        throw new IllegalStateException("the store went away for a moment");
                    }
                }, clock, TTL);
        UnitOfWork<?> raid = DefaultUnitOfWork.startAndGet(null);
        failingOnce.admitNcos("participantNcoIds", RAID_ID, List.of(NCO_ID, other), BEFORE_LIQUIDATION);
        raid.rollback();

        assertThat(tried).containsExactly(RAID_ID, RAID_ID);
        // the reservation whose replay failed is left to expire, the other goes after the replay that worked
        assertThat(references.standing(NCO_ID).reservations().size()
                   + references.standing(other).reservations().size()).isEqualTo(1);
    }

    @Test
    void theExpiredReservationOfACommandThatDiedBeforeItsAppendNoLongerBlocks() {
        references.announce(NCO_ID, new Reservation("dead", MEETING_ID, AFTER_LIQUIDATION, null,
                                                     clock.instant().plus(TTL)));
        clock.advance(TTL);

        UnitOfWork<?> liquidation = DefaultUnitOfWork.startAndGet(null);
        liquidate(gate);
        liquidation.commit();

        assertThat(replayed).containsExactly(MEETING_ID);
        assertThat(references.standing(NCO_ID).reservations()).isEmpty();
    }

    @Test
    void theExpiredReservationOfACommandThatDiedAfterItsAppendIsSettledFromItsEvents() {
        references.announce(NCO_ID, new Reservation("dead", MEETING_ID, AFTER_LIQUIDATION, null,
                                                     clock.instant().plus(TTL)));
        clock.advance(TTL);
        ReferenceGate settling = new ReferenceGate(ncos, new MongoBodyLookup(mongo.database()), references,
                // what replaying the dead command's appended MeetingHeldEvent does
                record -> references.recordActivity(record, 0, List.of(NCO_ID), AFTER_LIQUIDATION), clock, TTL);

        UnitOfWork<?> liquidation = DefaultUnitOfWork.startAndGet(null);
        assertThatThrownBy(() -> liquidate(settling))
                .hasMessageContaining("a record dated 2021-06-12 names the NCO");
        liquidation.rollback();
        assertThat(references.standing(NCO_ID).reservations()).isEmpty();
    }

    @Test
    void aReservationOfADeadCommandBlocksOnlyUntilItExpires() {
        references.announce(NCO_ID, new Reservation("dead", MEETING_ID, AFTER_LIQUIDATION, null,
                                                     clock.instant().plus(TTL)));

        UnitOfWork<?> refused = DefaultUnitOfWork.startAndGet(null);
        assertThatThrownBy(() -> liquidate(gate))
                .hasMessageContaining("concurrent request");
        refused.rollback();

        clock.advance(TTL);
        UnitOfWork<?> accepted = DefaultUnitOfWork.startAndGet(null);
        assertThatCode(() -> liquidate(gate)).doesNotThrowAnyException();
        accepted.commit();
    }

    @Test
    void aCommandWhoseReservationIsAboutToExpireIsNotAppended() {
        UnitOfWork<?> slow = DefaultUnitOfWork.startAndGet(null);
        gate.admitNco("participantNcoIds[0]", MEETING_ID, NCO_ID, BEFORE_LIQUIDATION);
        clock.advance(TTL.minus(TTL.dividedBy(4)));

        assertThatThrownBy(slow::commit).hasMessageContaining("took too long");
        assertThat(references.standing(NCO_ID).reservations()).isEmpty();
    }

    @Test
    void aRecordNamingAnUnknownNcoLeavesNothingBehind() {
        UnitOfWork<?> meeting = DefaultUnitOfWork.startAndGet(null);
        assertThatThrownBy(() -> gate.admitNco("participantNcoIds[0]", MEETING_ID, "nco-unknown", BEFORE_LIQUIDATION))
                .hasMessageContaining("unknown NCO nco-unknown");
        meeting.rollback();
        assertThat(mongo.database().getCollection(MongoActivityReferences.REFERENCES).countDocuments()).isZero();
    }

    @Test
    void aRefusedRecordLeavesTheReferencesAsTheyWere() {
        UnitOfWork<?> early = DefaultUnitOfWork.startAndGet(null);
        assertThatThrownBy(() -> gate.admitNco("participantNcoIds[0]", MEETING_ID, NCO_ID, REGISTERED.minusDays(1)))
                .isInstanceOf(RuleViolationException.class);
        early.rollback();
        assertThat(mongo.database().getCollection(MongoActivityReferences.REFERENCES).countDocuments()).isZero();

        references.recordActivity(RAID_ID, 0, List.of(NCO_ID), BEFORE_LIQUIDATION);
        UnitOfWork<?> again = DefaultUnitOfWork.startAndGet(null);
        assertThatThrownBy(() -> gate.admitNco("participantNcoIds[0]", MEETING_ID, NCO_ID, REGISTERED.minusDays(1)))
                .isInstanceOf(RuleViolationException.class);
        again.rollback();
        assertThat(references.standing(NCO_ID).reservations()).isEmpty();
        assertThat(references.latestActivityOn(NCO_ID)).contains(BEFORE_LIQUIDATION);
    }

    private static void liquidate(ReferenceGate gate) {
        gate.narrowLifespan("liquidatedOn", NCO_ID, Lifespan.until(LIQUIDATION), standing -> StandingRecords
                .requireNoneFrom(standing, "liquidatedOn", LIQUIDATION, on -> Detail.of(Problem.RECORD_NAMES_LIQUIDATED, on, LIQUIDATION)));
    }
}
