package ru.kogalym.civic.contract.nco;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The NCO is socially oriented (СОНКО) from {@code recognizedOn}. */
@Revision("1")
public record NcoRecognizedAsSoncoEvent(
        String ncoId,
        LocalDate recognizedOn) {
}
