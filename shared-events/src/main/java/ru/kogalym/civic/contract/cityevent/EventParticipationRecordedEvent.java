package ru.kogalym.civic.contract.cityevent;

import org.axonframework.serialization.Revision;
import ru.kogalym.civic.contract.activity.ActivityRecorded;

import java.time.LocalDate;
import java.util.List;

/** NCOs took part in a city event held on {@code heldOn}. */
@Revision("1")
public record EventParticipationRecordedEvent(
        String participationId,
        CityEventKind eventKind,
        String eventName,
        LocalDate heldOn,
        List<String> participantNcoIds,
        Integer participantsCount) implements ActivityRecorded, EventParticipationStatement {

    public EventParticipationRecordedEvent {
        participantNcoIds = participantNcoIds == null ? List.of() : List.copyOf(participantNcoIds);
    }
}
