package ru.kogalym.civic.contract.raid;

import org.axonframework.serialization.Revision;
import ru.kogalym.civic.contract.activity.ActivityCorrected;

import java.time.LocalDate;
import java.util.List;

/** A recorded raid was corrected: the fields are the raid's full corrected state. */
@Revision("1")
public record RaidCorrectedEvent(
        String raidId,
        LocalDate heldOn,
        String location,
        String purpose,
        List<String> participantNcoIds,
        List<String> officials,
        int leafletsDistributed,
        Integer residentsReached,
        String reason) implements ActivityCorrected, RaidStatement {

    public RaidCorrectedEvent {
        participantNcoIds = participantNcoIds == null ? List.of() : List.copyOf(participantNcoIds);
        officials = officials == null ? List.of() : List.copyOf(officials);
    }
}
