package ru.kogalym.civic.command.cityevent;

import ru.kogalym.civic.contract.cityevent.CityEventKind;
import ru.kogalym.civic.contract.cityevent.CorrectEventParticipationCommand;
import ru.kogalym.civic.contract.cityevent.RecordEventParticipationCommand;

import java.time.LocalDate;
import java.util.List;

/** The request bodies of {@link EventParticipationController}. */
public final class EventParticipationRequests {

    private EventParticipationRequests() {
    }

    /** {@code POST /api/event-participations}; {@code id} is optional. */
    public record RecordEventParticipationRequest(String id, CityEventKind eventKind, String eventName,
                                                  LocalDate heldOn, List<String> participantNcoIds,
                                                  Integer participantsCount) {

        RecordEventParticipationCommand toCommand(String participationId) {
            return new RecordEventParticipationCommand(participationId, eventKind, eventName, heldOn,
                    participantNcoIds, participantsCount);
        }
    }

    /** Every field of the participation anew, and why. */
    public record CorrectEventParticipationRequest(CityEventKind eventKind, String eventName, LocalDate heldOn,
                                                   List<String> participantNcoIds, Integer participantsCount,
                                                   String reason) {

        CorrectEventParticipationCommand toCommand(String participationId) {
            return new CorrectEventParticipationCommand(participationId, eventKind, eventName, heldOn,
                    participantNcoIds, participantsCount, reason);
        }
    }
}
