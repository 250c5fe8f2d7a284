package ru.kogalym.civic.command.lookup;

import ru.kogalym.civic.command.common.Detail;
import ru.kogalym.civic.command.common.Problem;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.command.common.RuleViolationException;
import ru.kogalym.civic.command.lookup.ActivityReferences.Reference;
import ru.kogalym.civic.contract.council.BodyKind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * The rule that spans records: a record names an NCO or a body only on a day within its lifespan (registered or
 * established, not yet liquidated or dissolved), and a lifespan never shrinks past a record that names it. Checking
 * the lookups alone is a write skew: a meeting and a backdated liquidation each read the other's lookup before the
 * other's events are appended, and both are accepted.
 * <p>
 * So both sides announce before they check: each adds a {@link Reservation} to the named NCO's or body's references
 * document and reads, in the same atomic {@code findOneAndUpdate}, everything already there. Of two conflicting
 * commands, the later announcement sees the earlier; the record's side gives way to the lifespan's, which waits
 * for the record's command to land or let go, so exactly one of the two is recorded. Reservations are dropped
 * once the events are appended and the lookups updated (or on rollback), so what a command checks is always the
 * committed lookups plus the commands in flight. This holds for any number of instances on one MongoDB, with no
 * multi-document transaction.
 * <p>
 * A command that dies leaves its reservation behind; past its expiry (the property {@code civic.gate.reservation-ttl})
 * the next command that meets it replays the dead command's record from the store into the lookups, whether or not
 * its events made it, and drops it. A command may append only while a third of its reservation's time is left, so
 * an expired reservation's events, if any, are already in the store.
 * <p>
 * <b>Invariant.</b> At every moment from a record's announcement until its events are in the store, the references
 * document of each NCO or body it names shows the record on each day it names it on: as its reservation for that
 * day, as its count on that day, or both. So a lifespan's announcement, whenever it comes, sees either the record in
 * flight (and waits for it) or the record standing (and is refused). The record's side keeps this by writing, in
 * order: the announcement (the reservation); the events; the count with the record's marker (the lookups' update,
 * which runs after the append); and last, one write that both removes the marker and drops the reservation.
 * Dropping the reservation before the count is moved opens a gap in which a liquidation sees nothing and both are
 * recorded; dropping it only after the commit, as a separate write, is correct but costs one more round trip, which
 * is what the merged write saves. A command that rolls back replays its record from the store before it drops its
 * reservation, so that whatever was appended is counted first.
 * <p>
 * A decided grant names its NCO on two days, its application's and its decision's. A correction of it announces
 * both (it may name another NCO) and moves only the first: on a document that counted the decision's day, the same
 * atomic update that moves the application's leaves that count as it was, never lower for a moment. The reservation
 * for the decision's day, not the day the correction states, goes after the commit, once the record's events are
 * replayed into the lookups: the decision's own update may have died with its process, and a correction naming
 * another NCO would then have counted it on the application's day only.
 */
@Component
public class ReferenceGate {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceGate.class);
    /** Announcements a command makes before it gives up on a conflict with commands in flight. */
    private static final int ATTEMPTS = 5;
    /** How long a command waits for a conflicting one in flight, which normally takes milliseconds, per attempt. */
    private static final Duration LONGEST_WAIT = Duration.ofMillis(500);

    private final NcoLookup ncos;
    private final BodyLookup bodies;
    private final ActivityReferences references;
    private final RecordReplay replay;
    private final Clock wallClock;
    private final Duration ttl;

    @Autowired
    public ReferenceGate(NcoLookup ncos, BodyLookup bodies, ActivityReferences references, RecordReplay replay,
                         @Value("${civic.gate.reservation-ttl:30s}") Duration ttl) {
        this(ncos, bodies, references, replay, Clock.systemUTC(), ttl);
    }

    /** {@code wallClock} times reservations: it is the machines' clock, not the domain's (which tests may fix). */
    public ReferenceGate(NcoLookup ncos, BodyLookup bodies, ActivityReferences references, RecordReplay replay,
                         Clock wallClock, Duration ttl) {
        this.ncos = ncos;
        this.bodies = bodies;
        this.references = references;
        this.replay = replay;
        this.wallClock = wallClock;
        this.ttl = ttl;
    }

    /** The record {@code recordId} may name each NCO on {@code on}; items are named {@code field[i]}. */
    public void admitNcos(String field, String recordId, List<String> ncoIds, LocalDate on) {
        for (int i = 0; i < ncoIds.size(); i++) {
            admitNco(field + "[" + i + "]", recordId, ncoIds.get(i), on);
        }
    }

    /**
     * The NCO exists, was not withdrawn, had entered the registry by {@code on} and was not liquidated on or before
     * it.
     */
    public void admitNco(String field, String recordId, String ncoId, LocalDate on) {
        admit(field, recordId, ncoId, on, Detail.of(Problem.CONCURRENT_NCO_CHANGE, ncoId),
              () -> References.requireActiveNco(ncos, field, ncoId, on));
    }

    /**
     * The body exists, had been established by {@code on}, was not dissolved on or before it, and, when
     * {@code expectedKind} is not null, is of that kind.
     */
    public void admitBody(String field, String recordId, String bodyId, BodyKind expectedKind, LocalDate on) {
        admit(field, recordId, bodyId, on, Detail.of(Problem.CONCURRENT_BODY_CHANGE, bodyId),
              () -> References.requireActiveBody(bodies, field, bodyId, expectedKind, on));
    }

    /**
     * The NCO's or body's ({@code id}) lifespan may become {@code lifespan}: {@code standingCheck} finds no standing
     * record in the way (it throws a {@link RuleViolationException} naming one), and no command in flight is about to
     * name it on a day outside.
     */
    public void narrowLifespan(String field, String id, Lifespan lifespan, Consumer<List<Reference>> standingCheck) {
        Reservation mine = reservation(id, null, lifespan);
        Standing standing = references.announce(id, mine);
        for (int attempt = 1; ; attempt++) {
            try {
                standingCheck.accept(standing.references());
            } catch (RuntimeException refused) {
                references.release(id, mine.id());
                throw refused;
            }
            Optional<Reservation> conflict = standing.reservations().stream()
                    .filter(other -> !other.id().equals(mine.id()) && other.on() != null && !lifespan.contains(other.on()))
                    .findFirst();
            if (conflict.isEmpty()) {
                holdUntilSettled(id, mine);
                return;
            }
            // A record that announced first either lands, and stands in the way on the next look, or gives way. This
            // side keeps its own reservation meanwhile, so that only the record's side ever gives way: two commands
            // never wait for each other, and of two that meet, exactly one is recorded.
            try {
                settle(id, conflict.get(), attempt, field, Detail.of(Problem.CONCURRENT_RECORD, conflict.get().on()));
            } catch (RuntimeException refused) {
                references.release(id, mine.id());
                throw refused;
            }
            standing = references.standing(id);
        }
    }

    /** A standing activity that names {@code referencedId} on {@code on}, to name it in a refusal. */
    public Optional<String> recordNaming(String referencedId, LocalDate on) {
        return references.recordNaming(referencedId, on);
    }

    private void admit(String field, String recordId, String referencedId, LocalDate on, Detail refusal,
                       Runnable committedCheck) {
        for (int attempt = 1; ; attempt++) {
            Reservation mine = reservation(recordId, on, null);
            Standing standing = references.announce(referencedId, mine);
            try {
                // after the announcement: a lifespan that narrowed before it is in the lookups, one after it sees it
                committedCheck.run();
            } catch (RuntimeException refused) {
                // refusals are few; a look before the announcement cost every accepted command a read
                references.releaseLeavingNothing(referencedId, mine.id());
                throw refused;
            }
            Optional<Reservation> conflict = standing.reservations().stream()
                    .filter(other -> !other.id().equals(mine.id()) && other.lifespan() != null
                            && !other.lifespan().contains(on))
                    .findFirst();
            if (conflict.isEmpty()) {
                holdUntilSettled(referencedId, mine);
                return;
            }
            // the lifespan's side never gives way (see narrowLifespan), so this one does
            references.release(referencedId, mine.id());
            settle(referencedId, conflict.get(), attempt, field, refusal);
        }
    }

    private Reservation reservation(String recordId, LocalDate on, Lifespan lifespan) {
        return new Reservation(UUID.randomUUID().toString(), recordId, on, lifespan, wallClock.instant().plus(ttl));
    }

    /**
     * Keeps the reservation until the command's events are appended and its lookups updated, or until it rolls back.
     * A record's reservation usually goes with the last write of the subscribing {@link CommandLookupUpdater}'s update
     * of the record (see the class's invariant); if that did not drop it (the record's change had been applied
     * already, the store does not merge the writes, or the update did not count the record on its day), it goes after
     * the commit, once the record's events are replayed into the lookups.
     */
    private void holdUntilSettled(String referencedId, Reservation mine) {
        if (!CurrentUnitOfWork.isStarted()) {
            references.release(referencedId, mine.id());
            return;
        }
        HeldReservations held = HeldReservations.in(CurrentUnitOfWork.get());
        if (mine.on() != null) {
            held.hold(mine, referencedId);
        }
        CurrentUnitOfWork.get().onPrepareCommit(unitOfWork -> requireTimeLeft(mine));
        CurrentUnitOfWork.get().afterCommit(unitOfWork -> {
            // unless the record's lookup update dropped it already, in the write that ended it
            if (mine.on() == null) {
                references.release(referencedId, mine.id());
            } else if (held.holds(mine)) {
                try {
                    // the update did not count the record on this day: an earlier event of the record may state it
                    // and not be applied yet (a decision whose process died before its update, when a correction
                    // names another NCO), so the record is replayed before the day is left uncovered
                    held.replayOnce(mine.record(), replay);
                    references.release(referencedId, mine.id());
                } catch (RuntimeException e) {
                    LOG.warn("Reservation {} on {} is left to expire: {}", mine.id(), referencedId, e.toString());
                }
            }
        });
        CurrentUnitOfWork.get().onRollback(unitOfWork -> {
            try {
                // the append may have succeeded and the lookups' update failed
                held.replayOnce(mine.record(), replay);
                references.release(referencedId, mine.id());
            } catch (RuntimeException e) {
                LOG.warn("Reservation {} on {} is left to expire: {}", mine.id(), referencedId, e.toString());
            }
        });
    }

    private void requireTimeLeft(Reservation mine) {
        if (wallClock.instant().isAfter(mine.expires().minus(ttl.dividedBy(3)))) {
            throw new IllegalStateException("the command took too long to be appended safely; nothing was recorded");
        }
    }

    /**
     * Waits for a conflicting reservation to go, or settles it if its command died, before the next announcement;
     * refuses after {@link #ATTEMPTS} announcements.
     */
    private void settle(String referencedId, Reservation conflict, int attempt, String field, Detail refusal) {
        Instant now = wallClock.instant();
        if (conflict.expiredAt(now)) {
            LOG.warn("Settling the expired reservation {} of record {} on {}", conflict.id(), conflict.record(),
                     referencedId);
            replay.replay(conflict.record());
            references.release(referencedId, conflict.id());
            return;
        }
        if (attempt >= ATTEMPTS) {
            throw new RuleViolationException(field, refusal);
        }
        long giveUp = System.nanoTime() + LONGEST_WAIT.toNanos();
        long pauseMicros = 200;
        while (references.standing(referencedId).holds(conflict.id()) && System.nanoTime() - giveUp < 0
                && !conflict.expiredAt(wallClock.instant())) {
            pauseAbout(pauseMicros);
            pauseMicros = Math.min(pauseMicros * 2, 50_000);
        }
    }

    private static void pauseAbout(long micros) {
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(micros * 1_000));
    }
}
