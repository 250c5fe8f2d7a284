package ru.kogalym.civic.command.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The city's calendar: "today" is the date in Kogalym (Asia/Yekaterinburg), whatever the server's zone. */
public final class CivicClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");

    /** No recorded fact may be dated before this. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1990, 1, 1);

    private CivicClock() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
