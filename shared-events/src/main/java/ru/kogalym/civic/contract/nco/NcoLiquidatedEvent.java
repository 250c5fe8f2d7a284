package ru.kogalym.civic.contract.nco;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The NCO was liquidated on {@code liquidatedOn}. */
@Revision("1")
public record NcoLiquidatedEvent(
        String ncoId,
        LocalDate liquidatedOn,
        String reason) {
}
