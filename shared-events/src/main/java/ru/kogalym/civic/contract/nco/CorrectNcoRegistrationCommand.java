package ru.kogalym.civic.contract.nco;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Replace what the NCO's registration recorded wrongly (its date, legal form, community and the names it entered the
 * registry with) by the corrected values, saying why. Every field is given anew; the identifiers, address, leader and
 * state registration are not corrected here.
 */
public record CorrectNcoRegistrationCommand(
        @TargetAggregateIdentifier String ncoId,
        String fullName,
        String shortName,
        String nameTranslation,
        LegalForm legalForm,
        String community,
        LocalDate registeredOn,
        String reason) {
}
