package ru.kogalym.civic.contract.support;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An entry was excluded from the support register on {@code excludedOn} by the decision {@code basis}. */
@Revision("1")
public record SupportRegisterEntryExcludedEvent(
        String registerId,
        int entryNumber,
        LocalDate excludedOn,
        String basis,
        String reason) {
}
