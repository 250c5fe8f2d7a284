package ru.kogalym.civic.contract.nco;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the OGRN and/or INN of an NCO that were not known when it was registered (null: still unknown). */
public record RecordNcoIdentifiersCommand(
        @TargetAggregateIdentifier String ncoId,
        String ogrn,
        String inn) {
}
