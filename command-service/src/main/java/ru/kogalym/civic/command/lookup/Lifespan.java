package ru.kogalym.civic.command.lookup;

import java.time.LocalDate;

/**
 * The days on which a record may name an NCO or a body: from {@code from} (inclusive) to {@code until} (exclusive);
 * a null bound is no bound. A change to a lifespan that has only one bound constrains only that side.
 */
public record Lifespan(LocalDate from, LocalDate until) {

    /** No day at all: a record withdrawn as a mistake may be named by nothing. */
    public static final Lifespan NONE = new Lifespan(LocalDate.MAX, LocalDate.MIN);

    public static Lifespan until(LocalDate until) {
        return new Lifespan(null, until);
    }

    public static Lifespan from(LocalDate from) {
        return new Lifespan(from, null);
    }

    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (until == null || day.isBefore(until));
    }
}
