package ru.kogalym.civic.command.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import ru.kogalym.civic.command.common.Checks;
import ru.kogalym.civic.contract.meeting.CorrectMeetingCommand;
import ru.kogalym.civic.contract.meeting.HoldMeetingCommand;
import ru.kogalym.civic.contract.meeting.MeetingKind;

import java.time.LocalDate;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The request bodies of {@link MeetingController}. */
public final class MeetingRequests {

    private MeetingRequests() {
    }

    /**
     * {@code POST /api/meetings}; {@code id} is optional. {@code participantNcoIds} must be given (it may be empty):
     * the aggregate takes an absent list as empty, the API wants the caller to say so.
     */
    public record HoldMeetingRequest(
            @Schema(example = "meeting-2020-03-12") String id,
            @Schema(requiredMode = REQUIRED) MeetingKind kind,
            @Schema(requiredMode = REQUIRED, example = "Заседание комиссии по межнациональным отношениям") String topic,
            @Schema(requiredMode = REQUIRED, example = "2020-03-12") LocalDate heldOn,
            @Schema(example = "Администрация города Когалыма") String venue,
            @Schema(example = "commission-harmony") String bodyId,
            @Schema(requiredMode = REQUIRED) List<String> participantNcoIds,
            List<String> otherParticipants,
            @Schema(example = "Протокол № 1") String minutes) {

        HoldMeetingCommand toCommand(String meetingId) {
            Checks.present("participantNcoIds", participantNcoIds);
            return new HoldMeetingCommand(meetingId, kind, topic, heldOn, venue, bodyId, participantNcoIds,
                    otherParticipants, minutes);
        }
    }

    /** Every field of the meeting anew, and why. */
    public record CorrectMeetingRequest(
            @Schema(requiredMode = REQUIRED) MeetingKind kind,
            @Schema(requiredMode = REQUIRED, example = "Заседание комиссии по межнациональным отношениям") String topic,
            @Schema(requiredMode = REQUIRED, example = "2020-03-12") LocalDate heldOn,
            @Schema(example = "Администрация города Когалыма") String venue,
            @Schema(example = "commission-harmony") String bodyId,
            @Schema(requiredMode = REQUIRED) List<String> participantNcoIds,
            List<String> otherParticipants,
            @Schema(example = "Протокол № 1") String minutes,
            @Schema(requiredMode = REQUIRED, example = "Уточнена тема") String reason) {

        CorrectMeetingCommand toCommand(String meetingId) {
            Checks.present("participantNcoIds", participantNcoIds);
            return new CorrectMeetingCommand(meetingId, kind, topic, heldOn, venue, bodyId, participantNcoIds,
                    otherParticipants, minutes, reason);
        }
    }
}
