package ru.kogalym.civic.contract.nco;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The NCO's registration was recorded wrongly: it entered the municipal registry on {@code registeredOn} with these
 * names, legal form and community (the full corrected state of those fields), for {@code reason}. Later renamings
 * still apply from their dates.
 */
@Revision("1")
public record NcoRegistrationCorrectedEvent(
        String ncoId,
        String fullName,
        String shortName,
        String nameTranslation,
        LegalForm legalForm,
        String community,
        LocalDate registeredOn,
        String reason) {
}
