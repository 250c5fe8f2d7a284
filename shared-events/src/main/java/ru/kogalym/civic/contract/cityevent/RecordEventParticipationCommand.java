package ru.kogalym.civic.contract.cityevent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Record that NCOs took part in a city event; {@code participantsCount} is the number of people, if known. */
public record RecordEventParticipationCommand(
        @TargetAggregateIdentifier String participationId,
        CityEventKind eventKind,
        String eventName,
        LocalDate heldOn,
        List<String> participantNcoIds,
        Integer participantsCount) {
}
