package ru.kogalym.civic.contract.upcasting;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import ru.kogalym.civic.contract.grant.GrantApplicationCorrectedEvent;
import ru.kogalym.civic.contract.grant.GrantAppliedForEvent;
import ru.kogalym.civic.contract.grant.GrantAwardedEvent;
import ru.kogalym.civic.contract.grant.GrantRejectedEvent;
import ru.kogalym.civic.contract.support.SupportCorrectedEvent;
import ru.kogalym.civic.contract.support.SupportRecordedEvent;

import java.util.List;

/**
 * The contract's history: every upcaster from an earlier revision of an event to the next, in the order they apply
 * (revision 1 to 2 before 2 to 3). Events whose form changes keep their old forms readable here, next to the records
 * that replaced them, and without Spring: {@code META-INF/services} names this chain, and the event store of either
 * service loads what the class path names ({@code EventStoreConfiguration.upcasters()}).
 */
public final class ContractUpcasters extends EventUpcasterChain {

    private static final List<RoublesToKopecks> UPCASTERS = List.of(
            new RoublesToKopecks(GrantAppliedForEvent.class, "amountRequested"),
            new RoublesToKopecks(GrantApplicationCorrectedEvent.class, "amountRequested"),
            new RoublesToKopecks(GrantAwardedEvent.class, "amountRequested", "amountAwarded"),
            new RoublesToKopecks(GrantRejectedEvent.class, "amountRequested"),
            new RoublesToKopecks(SupportRecordedEvent.class, "amount"),
            new RoublesToKopecks(SupportCorrectedEvent.class, "amount"));

    public ContractUpcasters() {
        super(UPCASTERS);
    }

    /** Whether an event stored as {@code type} (name and revision) is taken to a later revision here. */
    public static boolean upcasts(SerializedType type) {
        return UPCASTERS.stream().anyMatch(upcaster -> upcaster.from().equals(type));
    }
}
