package ru.kogalym.civic.contract.nco;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RegisterNcoCommand(
        @TargetAggregateIdentifier String ncoId,
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
