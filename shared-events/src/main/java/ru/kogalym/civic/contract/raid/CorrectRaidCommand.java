package ru.kogalym.civic.contract.raid;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Replace every field of a recorded raid with corrected values, saying why. */
public record CorrectRaidCommand(
        @TargetAggregateIdentifier String raidId,
        LocalDate heldOn,
        String location,
        String purpose,
        List<String> participantNcoIds,
        List<String> officials,
        int leafletsDistributed,
        Integer residentsReached,
        String reason) {
}
