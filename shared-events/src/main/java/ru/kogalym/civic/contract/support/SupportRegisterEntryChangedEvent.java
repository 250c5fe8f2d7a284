package ru.kogalym.civic.contract.support;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** An entry of the support register was changed on {@code changedOn}: the fields are its full new state. */
@Revision("1")
public record SupportRegisterEntryChangedEvent(
        String registerId,
        int entryNumber,
        LocalDate changedOn,
        String basis,
        LocalDate decisionDate,
        List<String> activityKinds,
        LocalDate supportStoppedOn,
        List<RegisterViolation> violations,
        String reason) {
}
