package ru.kogalym.civic.contract.nco;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An NCO entered the municipal registry on {@code registeredOn}; it may already be in the state registry. */
@Revision("1")
public record NcoRegisteredEvent(
        String ncoId,
        String fullName,
        String shortName,
        String nameTranslation,
        LegalForm legalForm,
        String community,
        String ogrn,
        String inn,
        String address,
        String leader,
        LocalDate registeredOn,
        StateRegistration stateRegistration) {
}
