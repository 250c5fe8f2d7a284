package ru.kogalym.civic.contract.grant;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A recorded grant application was corrected: the fields are its full corrected state. */
@Revision("1")
public record GrantApplicationCorrectedEvent(
        String grantApplicationId,
        String ncoId,
        GrantLevel level,
        String contest,
        String project,
        BigDecimal amountRequested,
        LocalDate appliedOn,
        String reason) {
}
