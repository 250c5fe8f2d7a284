package ru.kogalym.civic.command.raid;

import io.swagger.v3.oas.annotations.media.Schema;
import ru.kogalym.civic.command.common.Checks;
import ru.kogalym.civic.contract.raid.CorrectRaidCommand;
import ru.kogalym.civic.contract.raid.RecordRaidCommand;

import java.time.LocalDate;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The request bodies of {@link RaidController}. */
public final class RaidRequests {

    private RaidRequests() {
    }

    /**
     * {@code POST /api/raids}; {@code id} is optional. {@code participantNcoIds} and {@code leafletsDistributed} must
     * be given: the command's count is a primitive {@code int} that cannot say "missing", and the aggregate takes an
     * absent list as empty.
     */
    public record RecordRaidRequest(
            @Schema(example = "raid-2020-06-19") String id,
            @Schema(requiredMode = REQUIRED, example = "2020-06-19") LocalDate heldOn,
            @Schema(requiredMode = REQUIRED, example = "Площадь по улице Мира") String location,
            @Schema(requiredMode = REQUIRED, example = "Масочный режим, раздача памяток") String purpose,
            @Schema(requiredMode = REQUIRED) List<String> participantNcoIds,
            List<String> officials,
            @Schema(requiredMode = REQUIRED, example = "150") Integer leafletsDistributed,
            @Schema(example = "120") Integer residentsReached) {

        RecordRaidCommand toCommand(String raidId) {
            Checks.present("participantNcoIds", participantNcoIds);
            int leaflets = Checks.present("leafletsDistributed", leafletsDistributed);
            return new RecordRaidCommand(raidId, heldOn, location, purpose, participantNcoIds, officials, leaflets,
                    residentsReached);
        }
    }

    /** Every field of the raid anew, and why. */
    public record CorrectRaidRequest(
            @Schema(requiredMode = REQUIRED, example = "2020-06-19") LocalDate heldOn,
            @Schema(requiredMode = REQUIRED, example = "Площадь по улице Мира") String location,
            @Schema(requiredMode = REQUIRED, example = "Масочный режим, раздача памяток") String purpose,
            @Schema(requiredMode = REQUIRED) List<String> participantNcoIds,
            List<String> officials,
            @Schema(requiredMode = REQUIRED, example = "160") Integer leafletsDistributed,
            @Schema(example = "120") Integer residentsReached,
            @Schema(requiredMode = REQUIRED, example = "Пересчитали памятки") String reason) {

        CorrectRaidCommand toCommand(String raidId) {
            Checks.present("participantNcoIds", participantNcoIds);
            int leaflets = Checks.present("leafletsDistributed", leafletsDistributed);
            return new CorrectRaidCommand(raidId, heldOn, location, purpose, participantNcoIds, officials, leaflets,
                    residentsReached, reason);
        }
    }
}
