package ru.kogalym.civic.contract.support;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Exclude an entry from the support register on the decision {@code basis}, saying why; its number is not reused. */
public record ExcludeFromSupportRegisterCommand(
        @TargetAggregateIdentifier String registerId,
        int entryNumber,
        String basis,
        String reason) {
}
