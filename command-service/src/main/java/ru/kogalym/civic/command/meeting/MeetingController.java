package ru.kogalym.civic.command.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.command.meeting.MeetingRequests.CorrectMeetingRequest;
import ru.kogalym.civic.command.meeting.MeetingRequests.HoldMeetingRequest;
import ru.kogalym.civic.command.web.AggregateType;
import ru.kogalym.civic.command.web.CommandSender;
import ru.kogalym.civic.command.web.IdResponse;
import ru.kogalym.civic.command.web.IdempotentCreation;
import ru.kogalym.civic.command.web.ReasonRequest;
import ru.kogalym.civic.contract.meeting.MeetingHeldEvent;
import ru.kogalym.civic.contract.meeting.WithdrawMeetingCommand;

/** Meetings held with NCOs: working meetings, commission and council sessions, consultations, seminars. */
@RestController
@Tag(name = "Meetings", description = "Meetings, commission and council sessions, consultations, seminars")
@RequestMapping(path = MeetingController.PATH, consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
public class MeetingController {

    public static final String PATH = "/api/meetings";
    public static final AggregateType MEETING = AggregateType.of("meeting",
            AggregateType.ACTIVITY_READ_PATH, MeetingHeldEvent.class)
            .withTakenIdRefusedByTheAppend();

    private final CommandSender commands;
    private final IdempotentCreation creations;

    public MeetingController(CommandSender commands, IdempotentCreation creations) {
        this.commands = commands;
        this.creations = creations;
    }

    @PostMapping
    @Operation(operationId = "recordMeeting", summary = "Record a meeting held with NCOs")
    public ResponseEntity<IdResponse> hold(@RequestBody HoldMeetingRequest request) {
        return creations.create(MEETING, request.id(), request::toCommand).toResponse();
    }

    @PostMapping("/{id}/correction")
    @Operation(operationId = "correctMeeting", summary = "Correct a recorded meeting")
    public ResponseEntity<Void> correct(@PathVariable String id, @RequestBody CorrectMeetingRequest request) {
        commands.update(MEETING, id, request::toCommand);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(operationId = "withdrawMeeting", summary = "Withdraw a meeting recorded in error")
    public ResponseEntity<Void> withdraw(@PathVariable String id, @RequestBody ReasonRequest request) {
        commands.update(MEETING, id, meetingId -> new WithdrawMeetingCommand(meetingId, request.reason()));
        return ResponseEntity.noContent().build();
    }
}
