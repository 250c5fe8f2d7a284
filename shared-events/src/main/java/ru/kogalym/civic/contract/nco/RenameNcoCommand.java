package ru.kogalym.civic.contract.nco;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The NCO took a new name on {@code renamedOn}; the short name and its translation are replaced too (null: none). */
public record RenameNcoCommand(
        @TargetAggregateIdentifier String ncoId,
        String fullName,
        String shortName,
        String nameTranslation,
        LocalDate renamedOn) {
}
