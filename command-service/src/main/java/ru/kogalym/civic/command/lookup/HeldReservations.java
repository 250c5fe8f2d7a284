package ru.kogalym.civic.command.lookup;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The reservations a command's unit of work holds for the records it is about to append, so that the lookups' update
 * of that record can drop them in the write that ends it (see {@link ReferenceGate}). Kept on the root unit of work:
 * the subscribing updater runs in a unit of work nested in the command's.
 */
final class HeldReservations {

    private static final String RESOURCE = HeldReservations.class.getName();

    /** Reservation id to the id of the NCO or body it is on, by record. */
    private final Map<String, Map<String, String>> byRecord = new HashMap<>();

    private HeldReservations() {
    }

    static HeldReservations in(UnitOfWork<?> unitOfWork) {
        return unitOfWork.root().getOrComputeResource(RESOURCE, key -> new HeldReservations());
    }

    /** What the current unit of work holds for the record: reservation id to the id it is on; empty outside one. */
    static Map<String, String> heldFor(String recordId) {
        if (!CurrentUnitOfWork.isStarted()) {
            return Map.of();
        }
        HeldReservations held = CurrentUnitOfWork.get().root().getResource(RESOURCE);
        return held == null ? Map.of() : Map.copyOf(held.byRecord.getOrDefault(recordId, Map.of()));
    }

    /** The reservations were dropped with the record's update: there is nothing left to release for them. */
    static void dropped(String recordId, Collection<String> reservationIds) {
        if (reservationIds.isEmpty() || !CurrentUnitOfWork.isStarted()) {
            return;
        }
        HeldReservations held = CurrentUnitOfWork.get().root().getResource(RESOURCE);
        Map<String, String> ofRecord = held == null ? null : held.byRecord.get(recordId);
        if (ofRecord != null) {
            reservationIds.forEach(ofRecord::remove);
        }
    }

    void hold(Reservation reservation, String referencedId) {
        byRecord.computeIfAbsent(reservation.record(), record -> new HashMap<>()).put(reservation.id(), referencedId);
    }

    boolean holds(Reservation reservation) {
        return byRecord.getOrDefault(reservation.record(), Map.of()).containsKey(reservation.id());
    }
}
