package ru.kogalym.civic.contract.nco;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The NCO is no longer socially oriented (СОНКО) from {@code withdrawnOn}. */
@Revision("1")
public record NcoSoncoStatusWithdrawnEvent(
        String ncoId,
        LocalDate withdrawnOn,
        String reason) {
}
