package ru.kogalym.civic.command.meeting;

import ru.kogalym.civic.command.common.Checks;
import ru.kogalym.civic.contract.meeting.CorrectMeetingCommand;
import ru.kogalym.civic.contract.meeting.HoldMeetingCommand;
import ru.kogalym.civic.contract.meeting.MeetingKind;

import java.time.LocalDate;
import java.util.List;

/** The request bodies of {@link MeetingController}. */
public final class MeetingRequests {

    private MeetingRequests() {
    }

    /**
     * {@code POST /api/meetings}; {@code id} is optional. {@code participantNcoIds} must be given (it may be empty):
     * the aggregate takes an absent list as empty, the API wants the caller to say so.
     */
    public record HoldMeetingRequest(String id, MeetingKind kind, String topic, LocalDate heldOn, String venue,
                                     String bodyId, List<String> participantNcoIds, List<String> otherParticipants,
                                     String minutes) {

        HoldMeetingCommand toCommand(String meetingId) {
            Checks.present("participantNcoIds", participantNcoIds);
            return new HoldMeetingCommand(meetingId, kind, topic, heldOn, venue, bodyId, participantNcoIds,
                    otherParticipants, minutes);
        }
    }

    /** Every field of the meeting anew, and why. */
    public record CorrectMeetingRequest(MeetingKind kind, String topic, LocalDate heldOn, String venue, String bodyId,
                                        List<String> participantNcoIds, List<String> otherParticipants,
                                        String minutes, String reason) {

        CorrectMeetingCommand toCommand(String meetingId) {
            Checks.present("participantNcoIds", participantNcoIds);
            return new CorrectMeetingCommand(meetingId, kind, topic, heldOn, venue, bodyId, participantNcoIds,
                    otherParticipants, minutes, reason);
        }
    }
}
