package ru.kogalym.civic.command.lookup;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A command in flight announcing what it is about to record of an NCO or a body, so that a concurrent command
 * with a conflicting fact sees it before either is appended. Either {@code on} (the record {@code record} will
 * name the NCO or body on that day) or {@code lifespan} (the NCO's or body's own lifespan will shrink to it) is
 * set. {@code record} is the aggregate whose events settle the reservation if its command dies: see
 * {@link RecordReplay}. Past {@code expires} it no longer binds anyone.
 */
record Reservation(String id, String record, LocalDate on, Lifespan lifespan, Instant expires) {

    boolean expiredAt(Instant now) {
        return !now.isBefore(expires);
    }
}
