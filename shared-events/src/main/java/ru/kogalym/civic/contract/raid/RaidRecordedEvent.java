package ru.kogalym.civic.contract.raid;

import org.axonframework.serialization.Revision;
import ru.kogalym.civic.contract.activity.ActivityRecorded;

import java.time.LocalDate;
import java.util.List;

/** An awareness raid was held on {@code heldOn}. */
@Revision("1")
public record RaidRecordedEvent(
        String raidId,
        LocalDate heldOn,
        String location,
        String purpose,
        List<String> participantNcoIds,
        List<String> officials,
        int leafletsDistributed,
        Integer residentsReached) implements ActivityRecorded, RaidStatement {

    public RaidRecordedEvent {
        participantNcoIds = participantNcoIds == null ? List.of() : List.copyOf(participantNcoIds);
        officials = officials == null ? List.of() : List.copyOf(officials);
    }
}
