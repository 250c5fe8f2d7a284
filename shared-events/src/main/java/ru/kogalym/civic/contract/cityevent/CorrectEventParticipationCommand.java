package ru.kogalym.civic.contract.cityevent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Replace every field of a recorded participation with corrected values, saying why. */
public record CorrectEventParticipationCommand(
        @TargetAggregateIdentifier String participationId,
        CityEventKind eventKind,
        String eventName,
        LocalDate heldOn,
        List<String> participantNcoIds,
        Integer participantsCount,
        String reason) {
}
