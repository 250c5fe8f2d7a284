package ru.kogalym.civic.query.nco;

import java.time.LocalDate;

/** An NCO as it stood on a date, folded from its history. */
public record NcoState(
        String id,
        String fullName,
        String shortName,
        String nameTranslation,
        String legalForm,
        String community,
        String ogrn,
        String inn,
        String address,
        String leader,
        LocalDate registeredOn,
        boolean inRegistry,
        boolean stateRegistered,
        LocalDate stateRegisteredOn,
        String stateRegistrationNumber,
        LocalDate excludedFromStateRegistryOn,
        boolean sonco,
        LocalDate soncoSince,
        LocalDate soncoWithdrawnOn,
        boolean liquidated,
        LocalDate liquidatedOn) {

    /** The name to show: the short name when it has one. */
    public String name() {
        return shortName != null && !shortName.isBlank() ? shortName : fullName;
    }
}
