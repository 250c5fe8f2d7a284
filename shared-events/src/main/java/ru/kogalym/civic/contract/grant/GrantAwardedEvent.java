package ru.kogalym.civic.contract.grant;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A grant was awarded on {@code decidedOn}; carries the application it answers. */
@Revision("1")
public record GrantAwardedEvent(
        String grantApplicationId,
        String ncoId,
        GrantLevel level,
        String contest,
        String project,
        BigDecimal amountRequested,
        BigDecimal amountAwarded,
        LocalDate decidedOn) {
}
