package ru.kogalym.civic.contract.raid;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Record an awareness raid (рейдовое мероприятие) held by NCO leaders and officials. */
public record RecordRaidCommand(
        @TargetAggregateIdentifier String raidId,
        LocalDate heldOn,
        String location,
        String purpose,
        List<String> participantNcoIds,
        List<String> officials,
        int leafletsDistributed,
        Integer residentsReached) {
}
