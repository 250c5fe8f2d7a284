package ru.kogalym.civic.contract.support;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Support was given to an NCO on {@code providedOn}. */
@Revision("1")
public record SupportRecordedEvent(
        String supportId,
        String ncoId,
        SupportKind kind,
        LocalDate providedOn,
        String description,
        BigDecimal amount,
        LocalDate periodFrom,
        LocalDate periodTo,
        String providedBy) {
}
