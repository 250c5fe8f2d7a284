package ru.kogalym.civic.command.cityevent;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import ru.kogalym.civic.command.common.Limits;
import ru.kogalym.civic.contract.cityevent.CityEventKind;
import ru.kogalym.civic.contract.cityevent.CorrectEventParticipationCommand;
import ru.kogalym.civic.contract.cityevent.RecordEventParticipationCommand;

import java.time.LocalDate;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The request bodies of {@link EventParticipationController}. */
final class EventParticipationRequests {

    private EventParticipationRequests() {
    }

    /** {@code POST /api/event-participations}; {@code id} is optional. */
    public record RecordEventParticipationRequest(
            @Schema(example = "participation-2020-09-19") String id,
            @Schema(requiredMode = REQUIRED) CityEventKind eventKind,
            @Schema(requiredMode = REQUIRED, example = "Общегородской субботник") String eventName,
            @Schema(requiredMode = REQUIRED, example = "2020-09-19") LocalDate heldOn,
            // @Size only tells the contract (minItems, maxItems); the aggregate enforces the rule
            @Schema(requiredMode = REQUIRED) @Size(min = 1, max = Limits.LIST) List<String> participantNcoIds,
            @Schema(example = "25") Integer participantsCount) {

        RecordEventParticipationCommand toCommand(String participationId) {
            return new RecordEventParticipationCommand(participationId, eventKind, eventName, heldOn,
                    participantNcoIds, participantsCount);
        }
    }

    /** Every field of the participation anew, and why. */
    public record CorrectEventParticipationRequest(
            @Schema(requiredMode = REQUIRED) CityEventKind eventKind,
            @Schema(requiredMode = REQUIRED, example = "Общегородской субботник") String eventName,
            @Schema(requiredMode = REQUIRED, example = "2020-09-19") LocalDate heldOn,
            @Schema(requiredMode = REQUIRED) @Size(min = 1, max = Limits.LIST) List<String> participantNcoIds,
            @Schema(example = "30") Integer participantsCount,
            @Schema(requiredMode = REQUIRED, example = "Уточнено число участников") String reason) {

        CorrectEventParticipationCommand toCommand(String participationId) {
            return new CorrectEventParticipationCommand(participationId, eventKind, eventName, heldOn,
                    participantNcoIds, participantsCount, reason);
        }
    }
}
