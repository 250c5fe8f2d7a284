package ru.kogalym.civic.contract.nco;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The NCO was excluded from the state registry on {@code excludedOn}. */
@Revision("1")
public record NcoExcludedFromStateRegistryEvent(
        String ncoId,
        LocalDate excludedOn,
        String reason) {
}
