package ru.kogalym.civic.contract.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Replace every field of a recorded meeting with corrected values, saying why. */
public record CorrectMeetingCommand(
        @TargetAggregateIdentifier String meetingId,
        MeetingKind kind,
        String topic,
        LocalDate heldOn,
        String venue,
        String bodyId,
        List<String> participantNcoIds,
        List<String> otherParticipants,
        String minutes,
        String reason) {
}
