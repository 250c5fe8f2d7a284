package ru.kogalym.civic.command.cityevent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.command.cityevent.EventParticipationRequests.CorrectEventParticipationRequest;
import ru.kogalym.civic.command.cityevent.EventParticipationRequests.RecordEventParticipationRequest;
import ru.kogalym.civic.command.web.AggregateType;
import ru.kogalym.civic.command.web.CommandSender;
import ru.kogalym.civic.command.web.IdResponse;
import ru.kogalym.civic.command.web.IdempotentCreation;
import ru.kogalym.civic.command.web.ReasonRequest;
import ru.kogalym.civic.contract.cityevent.EventParticipationRecordedEvent;
import ru.kogalym.civic.contract.cityevent.WithdrawEventParticipationCommand;

/** NCOs' participation in city events: clean-up days, sports days, seminars, contests, festivals. */
@RestController
@Tag(name = "Event participations", description = "NCOs' part in city events")
@RequestMapping(path = EventParticipationController.PATH, consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
public class EventParticipationController {

    public static final String PATH = "/api/event-participations";
    public static final AggregateType PARTICIPATION = AggregateType.of("event participation",
            AggregateType.ACTIVITY_READ_PATH,
            EventParticipationRecordedEvent.class)
            .withTakenIdRefusedByTheAppend();

    private final CommandSender commands;
    private final IdempotentCreation creations;

    public EventParticipationController(CommandSender commands, IdempotentCreation creations) {
        this.commands = commands;
        this.creations = creations;
    }

    @PostMapping
    @Operation(operationId = "recordEventParticipation", summary = "Record NCOs' participation in a city event")
    public ResponseEntity<IdResponse> record(@RequestBody RecordEventParticipationRequest request) {
        return creations.create(PARTICIPATION, request.id(), request::toCommand).toResponse();
    }

    @PostMapping("/{id}/correction")
    @Operation(operationId = "correctEventParticipation", summary = "Correct a recorded event participation")
    public ResponseEntity<Void> correct(@PathVariable String id,
                                        @RequestBody CorrectEventParticipationRequest request) {
        commands.update(PARTICIPATION, id, request::toCommand);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(operationId = "withdrawEventParticipation", summary = "Withdraw an event participation recorded in error")
    public ResponseEntity<Void> withdraw(@PathVariable String id, @RequestBody ReasonRequest request) {
        commands.update(PARTICIPATION, id,
                participationId -> new WithdrawEventParticipationCommand(participationId, request.reason()));
        return ResponseEntity.noContent().build();
    }
}
