package ru.kogalym.civic.contract.cityevent;

import org.axonframework.serialization.Revision;
import ru.kogalym.civic.contract.activity.ActivityCorrected;

import java.time.LocalDate;
import java.util.List;

/** A recorded participation was corrected: the fields are its full corrected state. */
@Revision("1")
public record EventParticipationCorrectedEvent(
        String participationId,
        CityEventKind eventKind,
        String eventName,
        LocalDate heldOn,
        List<String> participantNcoIds,
        Integer participantsCount,
        String reason) implements ActivityCorrected, EventParticipationStatement {

    public EventParticipationCorrectedEvent {
        participantNcoIds = participantNcoIds == null ? List.of() : List.copyOf(participantNcoIds);
    }
}
