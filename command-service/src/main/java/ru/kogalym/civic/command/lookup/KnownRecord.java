package ru.kogalym.civic.command.lookup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the lookups know of a record that names NCOs or bodies: which ({@code refs}), on which days, as of which of its
 * events ({@code sequence}, the latest applied). An activity names them on its own day ({@code own}: when it took
 * place, or when a grant was applied for) and, once decided, on the decision's day as well ({@code decision}); a
 * membership names its NCO from its start ({@code own}) in {@code body}, until it ended ({@code until}).
 * <p>
 * An event states only some of these: a recording or a correction what the record names and its own day, a decision
 * what it names and the decision's day, a withdrawal that it names nothing. Each day is as the latest event that
 * stated it says, whatever order the events are applied in: the subscribing updater may apply a grant's decision
 * before the tracking repair applies a correction made before it (the correction's command died after its append),
 * and the correction must still move the application's day and leave the decision's. Applying one record's events in
 * any order, each any number of times, gives the same record.
 */
record KnownRecord(long sequence, Set<String> refs, Day own, Day decision, String body, LocalDate until) {

    /** A day, and the number of the event that stated it ({@link #NONE}: none has). */
    record Day(LocalDate on, long sequence) {

        static final Day NONE = new Day(null, -1);

        private Day later(Day other) {
            return other.sequence() > sequence ? other : this;
        }
    }

    static final KnownRecord NOTHING = new KnownRecord(-1, Set.of(), Day.NONE, Day.NONE, null, null);

    /** The activity's recording or correction, its event {@code sequence}: it names {@code refs} on {@code on}. */
    static KnownRecord activity(long sequence, Collection<String> refs, LocalDate on) {
        return new KnownRecord(sequence, Set.copyOf(refs), new Day(on, sequence), Day.NONE, null, null);
    }

    /** A decision on the activity, its event {@code sequence}: it names {@code refs} on {@code decidedOn} too. */
    static KnownRecord decision(long sequence, Collection<String> refs, LocalDate decidedOn) {
        return new KnownRecord(sequence, Set.copyOf(refs), Day.NONE, new Day(decidedOn, sequence), null, null);
    }

    /** The record's withdrawal, its event {@code sequence}: it names nothing on any day. */
    static KnownRecord withdrawal(long sequence) {
        Day none = new Day(null, sequence);
        return new KnownRecord(sequence, Set.of(), none, none, null, null);
    }

    /** The NCO's membership of {@code body} from {@code from}, the body's event {@code sequence}. */
    static KnownRecord membership(long sequence, String body, String ncoId, LocalDate from) {
        return new KnownRecord(sequence, Set.of(ncoId), new Day(from, sequence), Day.NONE, body, null);
    }

    /**
     * The NCO's membership of {@code body} ended on {@code until}, the body's event {@code sequence}. It states no
     * start: applied before the membership's start, it is kept, and the start's event gives the record its day.
     */
    static KnownRecord membershipEnded(long sequence, String body, String ncoId, LocalDate until) {
        return new KnownRecord(sequence, Set.of(ncoId), Day.NONE, Day.NONE, body, until);
    }

    boolean isMembership() {
        return body != null;
    }

    /** A membership names its NCO only once its start is known. */
    boolean namesFromAStart() {
        return isMembership() && own.on() != null;
    }

    /** The days an activity names its references on: one, or two for a decision taken on another day. */
    Set<LocalDate> days() {
        Set<LocalDate> days = new TreeSet<>();
        if (own.on() != null) {
            days.add(own.on());
        }
        if (decision.on() != null) {
            days.add(decision.on());
        }
        return days;
    }

    /** This record with what {@code statement} states where no later event has stated it. */
    KnownRecord merged(KnownRecord statement) {
        boolean later = statement.sequence() > sequence;
        return new KnownRecord(Math.max(sequence, statement.sequence()), later ? statement.refs() : refs,
                               own.later(statement.own()), decision.later(statement.decision()),
                               later ? statement.body() : body, later ? statement.until() : until);
    }
}
