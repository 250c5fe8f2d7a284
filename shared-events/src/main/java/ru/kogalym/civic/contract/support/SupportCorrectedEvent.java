package ru.kogalym.civic.contract.support;

import org.axonframework.serialization.Revision;
import ru.kogalym.civic.contract.activity.ActivityCorrected;

import java.time.LocalDate;

/**
 * A recorded support was corrected: the fields are its full corrected state.
 *
 * <p>Revision 2: sums in whole kopecks. Revision 1 held BigDecimal roubles in {@code amount};
 * {@link ru.kogalym.civic.contract.upcasting.ContractUpcasters} reads it as revision 2.
 */
@Revision("2")
public record SupportCorrectedEvent(
        String supportId,
        String ncoId,
        SupportKind kind,
        LocalDate providedOn,
        String description,
        Long amountKopecks,
        LocalDate periodFrom,
        LocalDate periodTo,
        String providedBy,
        String reason) implements ActivityCorrected, SupportStatement {
}
