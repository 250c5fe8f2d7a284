package ru.kogalym.civic.contract.grant;

import org.axonframework.serialization.Revision;
import ru.kogalym.civic.contract.activity.ActivityCorrected;

import java.time.LocalDate;

/**
 * A recorded grant application was corrected: the fields are its full corrected state.
 *
 * <p>Revision 2: sums in whole kopecks. Revision 1 held BigDecimal roubles in {@code amountRequested};
 * {@link ru.kogalym.civic.contract.upcasting.ContractUpcasters} reads it as revision 2.
 */
@Revision("2")
public record GrantApplicationCorrectedEvent(
        String grantApplicationId,
        String ncoId,
        GrantLevel level,
        String contest,
        String project,
        long amountRequestedKopecks,
        LocalDate appliedOn,
        String reason) implements ActivityCorrected, GrantStatement {

    @Override
    public LocalDate occurredOn() {
        return appliedOn;
    }
}
