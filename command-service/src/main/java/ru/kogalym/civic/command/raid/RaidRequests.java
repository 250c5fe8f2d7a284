package ru.kogalym.civic.command.raid;

import ru.kogalym.civic.command.common.Checks;
import ru.kogalym.civic.contract.raid.CorrectRaidCommand;
import ru.kogalym.civic.contract.raid.RecordRaidCommand;

import java.time.LocalDate;
import java.util.List;

/** The request bodies of {@link RaidController}. */
public final class RaidRequests {

    private RaidRequests() {
    }

    /**
     * {@code POST /api/raids}; {@code id} is optional. {@code participantNcoIds} and {@code leafletsDistributed} must
     * be given: the command's count is a primitive {@code int} that cannot say "missing", and the aggregate takes an
     * absent list as empty.
     */
    public record RecordRaidRequest(String id, LocalDate heldOn, String location, String purpose,
                                    List<String> participantNcoIds, List<String> officials,
                                    Integer leafletsDistributed, Integer residentsReached) {

        RecordRaidCommand toCommand(String raidId) {
            Checks.present("participantNcoIds", participantNcoIds);
            int leaflets = Checks.present("leafletsDistributed", leafletsDistributed);
            return new RecordRaidCommand(raidId, heldOn, location, purpose, participantNcoIds, officials, leaflets,
                    residentsReached);
        }
    }

    /** Every field of the raid anew, and why. */
    public record CorrectRaidRequest(LocalDate heldOn, String location, String purpose, List<String> participantNcoIds,
                                     List<String> officials, Integer leafletsDistributed, Integer residentsReached,
                                     String reason) {

        CorrectRaidCommand toCommand(String raidId) {
            Checks.present("participantNcoIds", participantNcoIds);
            int leaflets = Checks.present("leafletsDistributed", leafletsDistributed);
            return new CorrectRaidCommand(raidId, heldOn, location, purpose, participantNcoIds, officials, leaflets,
                    residentsReached, reason);
        }
    }
}
