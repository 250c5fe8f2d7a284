package ru.kogalym.civic.contract.support;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A recorded support was corrected: the fields are its full corrected state. */
@Revision("1")
public record SupportCorrectedEvent(
        String supportId,
        String ncoId,
        SupportKind kind,
        LocalDate providedOn,
        String description,
        BigDecimal amount,
        LocalDate periodFrom,
        LocalDate periodTo,
        String providedBy,
        String reason) {
}
