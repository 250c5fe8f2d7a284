package ru.kogalym.civic.command.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The fixed clock of the command tests. */
public final class TestClock {

    /** Today in Kogalym. */
    public static final LocalDate TODAY = LocalDate.of(2021, 3, 15);
    public static final LocalDate TOMORROW = TODAY.plusDays(1);
    /** 20:00 UTC on the day before {@link #TODAY}: already 01:00 on {@link #TODAY} in Kogalym (UTC+5). */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2021-03-14T20:00:00Z"), ZoneOffset.UTC);
    public static final LocalDate BEFORE_1990 = LocalDate.of(1989, 12, 31);

    private TestClock() {
    }
}
