package ru.kogalym.civic.contract.grant;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A grant application was rejected on {@code decidedOn}; carries the application it answers. */
@Revision("1")
public record GrantRejectedEvent(
        String grantApplicationId,
        String ncoId,
        GrantLevel level,
        String contest,
        String project,
        BigDecimal amountRequested,
        LocalDate decidedOn,
        String reason) {
}
