package ru.kogalym.civic.contract.meeting;

import org.axonframework.serialization.Revision;
import ru.kogalym.civic.contract.activity.ActivityCorrected;

import java.time.LocalDate;
import java.util.List;

/** A recorded meeting was corrected: the fields are the meeting's full corrected state. */
@Revision("1")
public record MeetingCorrectedEvent(
        String meetingId,
        MeetingKind kind,
        String topic,
        LocalDate heldOn,
        String venue,
        String bodyId,
        List<String> participantNcoIds,
        List<String> otherParticipants,
        String minutes,
        String reason) implements ActivityCorrected, MeetingStatement {

    public MeetingCorrectedEvent {
        participantNcoIds = participantNcoIds == null ? List.of() : List.copyOf(participantNcoIds);
        otherParticipants = otherParticipants == null ? List.of() : List.copyOf(otherParticipants);
    }
}
