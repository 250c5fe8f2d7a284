package ru.kogalym.civic.contract.nco;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The NCO's names as of {@code renamedOn}. */
@Revision("1")
public record NcoRenamedEvent(
        String ncoId,
        String fullName,
        String shortName,
        String nameTranslation,
        LocalDate renamedOn) {
}
