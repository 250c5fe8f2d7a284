package ru.kogalym.civic.command.lookup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * Which standing activity records (meetings, raids, participations, support, grants) name an NCO or a body,
 * and when they are dated: an NCO cannot be liquidated, nor a body dissolved, on a date before a record that
 * still names it.
 */
public interface ActivityReferences {

    /**
     * The record {@code recordId} names {@code referencedIds} and is dated {@code on}, as of its event number
     * {@code sequence}; replaces what an earlier event of the record said. An event older than the last one
     * applied is ignored, so a replay can never undo a correction.
     */
    void recordActivity(String recordId, long sequence, Collection<String> referencedIds, LocalDate on);

    /** The record {@code recordId} was withdrawn by its event number {@code sequence}: it names nothing any more. */
    void withdrawActivity(String recordId, long sequence);

    /** The latest date of a standing record that names {@code referencedId}, if any does. */
    Optional<LocalDate> latestActivityOn(String referencedId);

    /**
     * Adds the reservation to what names {@code referencedId} and answers, in the same atomic step, everything that
     * names it afterwards: of two commands that announce at the same time, the later one sees the earlier.
     */
    Standing announce(String referencedId, Reservation reservation);

    /** Everything that names {@code referencedId} now. */
    Standing standing(String referencedId);

    /** Drops a reservation; dropping one that is gone does nothing. */
    void release(String referencedId, String reservationId);
}
