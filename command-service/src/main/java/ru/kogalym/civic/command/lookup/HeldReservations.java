package ru.kogalym.civic.command.lookup;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reservations a command's unit of work holds for the records it is about to append, so that the lookups' update
 * of that record can drop them in the write that ends it (see {@link ReferenceGate}). Kept on the root unit of work:
 * the subscribing updater runs in a unit of work nested in the command's.
 */
final class HeldReservations {

    private static final String RESOURCE = HeldReservations.class.getName();

    /** Reservation id to the NCO or body it is on and its day, by record. */
    private final Map<String, Map<String, Held>> byRecord = new HashMap<>();
    /** The records whose events this unit of work has replayed into the lookups after it rolled back. */
    private final Set<String> replayed = new HashSet<>();

    private record Held(String referencedId, LocalDate on) {
    }

    private HeldReservations() {
    }

    static HeldReservations in(UnitOfWork<?> unitOfWork) {
        return unitOfWork.root().getOrComputeResource(RESOURCE, key -> new HeldReservations());
    }

    /**
     * What the current unit of work holds for the record on the day an update counts it: reservation id to the id it
     * is on; empty outside one. Only that day's: a reservation for another day of the same record is not counted yet,
     * or (the decision's day, held by a correction of a decided grant) goes after the commit, once the record is
     * replayed ({@link ReferenceGate}).
     */
    static Map<String, String> heldFor(String recordId, LocalDate on) {
        if (!CurrentUnitOfWork.isStarted()) {
            return Map.of();
        }
        HeldReservations held = CurrentUnitOfWork.get().root().getResource(RESOURCE);
        if (held == null) {
            return Map.of();
        }
        return held.byRecord.getOrDefault(recordId, Map.of()).entrySet().stream()
                            .filter(reservation -> reservation.getValue().on().equals(on))
                            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                                                                  reservation -> reservation.getValue().referencedId()));
    }

    /** The reservations were dropped with the record's update: there is nothing left to release for them. */
    static void dropped(String recordId, Collection<String> reservationIds) {
        if (reservationIds.isEmpty() || !CurrentUnitOfWork.isStarted()) {
            return;
        }
        HeldReservations held = CurrentUnitOfWork.get().root().getResource(RESOURCE);
        Map<String, Held> ofRecord = held == null ? null : held.byRecord.get(recordId);
        if (ofRecord != null) {
            reservationIds.forEach(ofRecord::remove);
        }
    }

    void hold(Reservation reservation, String referencedId) {
        byRecord.computeIfAbsent(reservation.record(), record -> new HashMap<>())
                .put(reservation.id(), new Held(referencedId, reservation.on()));
    }

    /**
     * Replays the record into the lookups unless this unit of work already has: a rolled-back command holds a
     * reservation per NCO or body it names, and one replay counts whatever was appended for all of them. Not marked
     * when the replay fails, so the next reservation's handler tries again before it releases.
     */
    void replayOnce(String record, RecordReplay replay) {
        if (!replayed.contains(record)) {
            replay.replay(record);
            replayed.add(record);
        }
    }

    boolean holds(Reservation reservation) {
        return byRecord.getOrDefault(reservation.record(), Map.of()).containsKey(reservation.id());
    }
}
