package ru.kogalym.civic.command.lookup;

import ru.kogalym.civic.command.lookup.ActivityReferences.Reference;

import java.util.List;

/** What names an NCO or a body: the standing records and the reservations of commands in flight. */
record Standing(List<Reference> references, List<Reservation> reservations) {

    public static final Standing NOTHING = new Standing(List.of(), List.of());

    boolean holds(String reservationId) {
        return reservations.stream().anyMatch(reservation -> reservation.id().equals(reservationId));
    }
}
