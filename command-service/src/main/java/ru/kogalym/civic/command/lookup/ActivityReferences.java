package ru.kogalym.civic.command.lookup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which standing records name an NCO or a body, and when they are dated: activity records (meetings, raids,
 * participations, support, grants) and an NCO's memberships of councils and commissions. An activity is dated on its
 * own day and, once decided (a grant), on the decision's day too. An NCO cannot be liquidated, nor a body dissolved,
 * on or before the latest day of a record that still names it; an NCO cannot be withdrawn while one names it, nor its
 * registration moved after the earliest day of one.
 */
public interface ActivityReferences {

    /**
     * A standing record that names an NCO or a body: an activity dated {@code on} (a decided one is two references,
     * one a day), or (with {@code bodyId}) an NCO's
     * membership of that body from {@code on}, ended on {@code until} (null: not ended by a removal). An activity's
     * {@code recordId} may be null: the rules need only its date, and a store may keep activities counted by day
     * ({@link #recordNaming} finds one).
     */
    record Reference(String recordId, LocalDate on, String bodyId, LocalDate until) {

        public boolean isMembership() {
            return bodyId != null;
        }
    }

    /**
     * The record {@code recordId} names {@code referencedIds} and is dated {@code on}, as of its event number
     * {@code sequence} (its recording or a correction); replaces what an earlier event of the record said of either,
     * and keeps the day of a decision on the record. What a later event said stays, whatever order the events come
     * in, so a replay can never undo a correction.
     */
    void recordActivity(String recordId, long sequence, Collection<String> referencedIds, LocalDate on);

    /**
     * {@link #recordActivity(String, long, Collection, LocalDate)}, dropping the record's reservations in flight
     * ({@code releasing}: reservation id to the id of the NCO or body it is on) where the store can do so in the
     * write that ends the change, after its counts are moved ({@link ReferenceGate}'s invariant); answers the ids of
     * the reservations it dropped, the caller releasing the others. This one drops none.
     */
    default Set<String> recordActivity(String recordId, long sequence, Collection<String> referencedIds, LocalDate on,
                                       Map<String, String> releasing) {
        recordActivity(recordId, sequence, referencedIds, on);
        return Set.of();
    }

    /**
     * A decision on the record {@code recordId}, its event number {@code sequence}, names {@code referencedIds} on
     * {@code decidedOn}, and the record goes on naming them on its own day: as
     * {@link #recordActivity(String, long, Collection, LocalDate)} for the decision's day.
     */
    void recordDecision(String recordId, long sequence, Collection<String> referencedIds, LocalDate decidedOn);

    /** {@link #recordDecision(String, long, Collection, LocalDate)}, dropping reservations as {@code recordActivity}. */
    default Set<String> recordDecision(String recordId, long sequence, Collection<String> referencedIds,
                                       LocalDate decidedOn, Map<String, String> releasing) {
        recordDecision(recordId, sequence, referencedIds, decidedOn);
        return Set.of();
    }

    /** The record {@code recordId} was withdrawn by its event number {@code sequence}: it names nothing any more. */
    void withdrawActivity(String recordId, long sequence);

    /**
     * The NCO {@code ncoId} is a member of {@code bodyId} from {@code from}, recorded as {@code recordId} (see
     * {@link #membershipId}) by the body's event number {@code sequence}.
     */
    void recordMembership(String recordId, long sequence, String bodyId, String ncoId, LocalDate from);

    /**
     * The membership {@code recordId} of {@code ncoId} in {@code bodyId} ended on {@code until}, by the body's event
     * number {@code sequence}. It still names the NCO from its start, whichever of the two is applied first.
     */
    void endMembership(String recordId, long sequence, String bodyId, String ncoId, LocalDate until);

    /**
     * A standing activity (not a membership) that names {@code referencedId} and is dated {@code on} (its own day or
     * its decision's), if any.
     */
    Optional<String> recordNaming(String referencedId, LocalDate on);

    /** The standing records that name {@code referencedId}, in no particular order. */
    List<Reference> referencesTo(String referencedId);

    /** The latest date of a standing record that names {@code referencedId}, if any does. */
    default Optional<LocalDate> latestActivityOn(String referencedId) {
        return referencesTo(referencedId).stream().map(Reference::on).max(Comparator.naturalOrder());
    }

    /** The earliest date of a standing record that names {@code referencedId}, if any does. */
    default Optional<LocalDate> earliestActivityOn(String referencedId) {
        return referencesTo(referencedId).stream().map(Reference::on).min(Comparator.naturalOrder());
    }

    /**
     * Adds the reservation to what names {@code referencedId} and answers, in the same atomic step, everything that
     * names it afterwards: of two commands that announce at the same time, the later one sees the earlier.
     */
    Standing announce(String referencedId, Reservation reservation);

    /** Everything that names {@code referencedId} now: its standing records and the reservations in flight. */
    Standing standing(String referencedId);

    /** Drops a reservation; dropping one that is gone does nothing. */
    void release(String referencedId, String reservationId);

    /**
     * Drops a reservation, and what its announcement made if nothing else is there: an announcement naming an id
     * that turns out unknown leaves nothing behind.
     */
    default void releaseLeavingNothing(String referencedId, String reservationId) {
        release(referencedId, reservationId);
    }

    /**
     * These references for applying events that are often applied already (the tracking repair, a dead command's
     * replay): a store may read first and write nothing then. The commands' own updates, whose events are new, write
     * at once.
     */
    default ActivityReferences forReplay() {
        return this;
    }

    /** The record id of a membership: ids hold no {@code /}, so it is no activity's id. */
    static String membershipId(String bodyId, String memberId) {
        return bodyId + "/" + memberId;
    }
}
