package ru.kogalym.civic.command.lookup;

import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeldReservationsTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2021, 5, 20);
    private static final LocalDate SECOND_DAY = LocalDate.of(2021, 6, 12);
    private static final Instant EXPIRES = Instant.parse("2026-12-01T10:00:30Z");

    @Test
    void anUpdateCountingOneDayOfARecordDropsOnlyThatDaysReservations() {
        UnitOfWork<?> command = DefaultUnitOfWork.startAndGet(null);
        try {
            HeldReservations held = HeldReservations.in(command);
            held.hold(new Reservation("r-1", "raid-1", FIRST_DAY, null, EXPIRES), "nco-nur");
            held.hold(new Reservation("r-2", "raid-1", SECOND_DAY, null, EXPIRES), "nco-nur");

            // until the second day is counted, a liquidation between the days must still see its reservation
            assertThat(HeldReservations.heldFor("raid-1", FIRST_DAY)).isEqualTo(Map.of("r-1", "nco-nur"));
            assertThat(HeldReservations.heldFor("raid-2", FIRST_DAY)).isEmpty();
        } finally {
            command.rollback();
        }
        assertThat(HeldReservations.heldFor("raid-1", FIRST_DAY)).as("outside a unit of work").isEmpty();
    }

    @Test
    void aRecordIsReplayedOnceAUnitOfWorkButAgainAfterAFailedReplay() {
        UnitOfWork<?> command = DefaultUnitOfWork.startAndGet(null);
        try {
            HeldReservations held = HeldReservations.in(command);
            List<String> replays = new ArrayList<>();
            RecordReplay failing = record -> {
                replays.add(record);
                throw new IllegalStateException("unreachable");
            };
            assertThatThrownBy(() -> held.replayOnce("raid-1", failing)).isInstanceOf(IllegalStateException.class);
            held.replayOnce("raid-1", replays::add);
            held.replayOnce("raid-1", replays::add);

            assertThat(replays).containsExactly("raid-1", "raid-1");
        } finally {
            command.rollback();
        }
    }
}
