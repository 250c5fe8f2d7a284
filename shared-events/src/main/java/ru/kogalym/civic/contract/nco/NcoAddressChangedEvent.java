package ru.kogalym.civic.contract.nco;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The NCO's address as of {@code changedOn}. */
@Revision("1")
public record NcoAddressChangedEvent(
        String ncoId,
        String address,
        LocalDate changedOn) {
}
