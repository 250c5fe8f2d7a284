package ru.kogalym.civic.contract.meeting;

import org.axonframework.serialization.Revision;
import ru.kogalym.civic.contract.activity.ActivityRecorded;

import java.time.LocalDate;
import java.util.List;

/** A meeting was held on {@code heldOn}. */
@Revision("1")
public record MeetingHeldEvent(
        String meetingId,
        MeetingKind kind,
        String topic,
        LocalDate heldOn,
        String venue,
        String bodyId,
        List<String> participantNcoIds,
        List<String> otherParticipants,
        String minutes) implements ActivityRecorded, MeetingStatement {

    public MeetingHeldEvent {
        participantNcoIds = participantNcoIds == null ? List.of() : List.copyOf(participantNcoIds);
        otherParticipants = otherParticipants == null ? List.of() : List.copyOf(otherParticipants);
    }
}
