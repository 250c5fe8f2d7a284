package ru.kogalym.civic.contract.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Record a meeting held on {@code heldOn}; a commission or council session names its body in {@code bodyId}. */
public record HoldMeetingCommand(
        @TargetAggregateIdentifier String meetingId,
        MeetingKind kind,
        String topic,
        LocalDate heldOn,
        String venue,
        String bodyId,
        List<String> participantNcoIds,
        List<String> otherParticipants,
        String minutes) {
}
