package ru.kogalym.civic.contract.support;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * A recorded support entered the register of supported SONCOs as entry {@code entryNumber} (1, 2, 3, … in the order
 * of inclusion, never reused) on {@code includedOn}.
 */
@Revision("1")
public record SupportRegisterEntryIncludedEvent(
        String registerId,
        int entryNumber,
        String supportId,
        LocalDate includedOn,
        String basis,
        LocalDate decisionDate,
        List<String> activityKinds) {
}
