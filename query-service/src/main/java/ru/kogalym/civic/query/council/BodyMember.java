package ru.kogalym.civic.query.council;

import java.time.LocalDate;

/** A membership of a body: an NCO ({@code ncoId}) or a person, from {@code addedOn} until {@code removedOn} if it ended. */
record BodyMember(String memberId, String ncoId, String person, String role, LocalDate addedOn,
                        LocalDate removedOn, String removalReason) {

    /** Whether the membership held at the end of {@code date}. */
    public boolean activeOn(LocalDate date) {
        return (addedOn == null || !addedOn.isAfter(date)) && (removedOn == null || removedOn.isAfter(date));
    }

    BodyMember removed(LocalDate on, String reason) {
        return new BodyMember(memberId, ncoId, person, role, addedOn, on, reason);
    }
}
