package ru.kogalym.civic.contract.grant;

import org.axonframework.serialization.Revision;
import ru.kogalym.civic.contract.activity.ActivityDecided;

import java.time.LocalDate;

/**
 * A grant was awarded on {@code decidedOn}; carries the application it answers.
 *
 * <p>Revision 2: sums in whole kopecks. Revision 1 held BigDecimal roubles in {@code amountRequested} and
 * {@code amountAwarded}; {@link ru.kogalym.civic.contract.upcasting.ContractUpcasters} reads it as revision 2.
 */
@Revision("2")
public record GrantAwardedEvent(
        String grantApplicationId,
        String ncoId,
        GrantLevel level,
        String contest,
        String project,
        long amountRequestedKopecks,
        long amountAwardedKopecks,
        LocalDate decidedOn) implements ActivityDecided, GrantStatement {

    @Override
    public LocalDate occurredOn() {
        return decidedOn;
    }
}
