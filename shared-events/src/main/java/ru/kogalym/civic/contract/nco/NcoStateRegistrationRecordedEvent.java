package ru.kogalym.civic.contract.nco;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The NCO entered the state (Ministry of Justice) registry on {@code registeredOn}. */
@Revision("1")
public record NcoStateRegistrationRecordedEvent(
        String ncoId,
        LocalDate registeredOn,
        String number) {
}
