package ru.kogalym.civic.contract.grant;

import org.axonframework.serialization.Revision;
import ru.kogalym.civic.contract.activity.ActivityRecorded;

import java.time.LocalDate;

/**
 * An NCO applied for a grant on {@code appliedOn}.
 *
 * <p>Revision 2: sums in whole kopecks. Revision 1 held BigDecimal roubles in {@code amountRequested};
 * {@link ru.kogalym.civic.contract.upcasting.ContractUpcasters} reads it as revision 2.
 */
@Revision("2")
public record GrantAppliedForEvent(
        String grantApplicationId,
        String ncoId,
        GrantLevel level,
        String contest,
        String project,
        long amountRequestedKopecks,
        LocalDate appliedOn) implements ActivityRecorded, GrantStatement {

    @Override
    public LocalDate occurredOn() {
        return appliedOn;
    }
}
