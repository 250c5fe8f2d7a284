package ru.kogalym.civic.contract.nco;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The NCO's leader as of {@code changedOn}. */
@Revision("1")
public record NcoLeaderChangedEvent(
        String ncoId,
        String leader,
        LocalDate changedOn) {
}
