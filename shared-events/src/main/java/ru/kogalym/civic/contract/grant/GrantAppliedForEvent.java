package ru.kogalym.civic.contract.grant;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An NCO applied for a grant on {@code appliedOn}. */
@Revision("1")
public record GrantAppliedForEvent(
        String grantApplicationId,
        String ncoId,
        GrantLevel level,
        String contest,
        String project,
        BigDecimal amountRequested,
        LocalDate appliedOn) {
}
