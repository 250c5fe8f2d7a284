package ru.kogalym.civic.command.raid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.command.raid.RaidRequests.CorrectRaidRequest;
import ru.kogalym.civic.command.raid.RaidRequests.RecordRaidRequest;
import ru.kogalym.civic.command.web.AggregateType;
import ru.kogalym.civic.command.web.CommandSender;
import ru.kogalym.civic.command.web.IdResponse;
import ru.kogalym.civic.command.web.IdempotentCreation;
import ru.kogalym.civic.command.web.ReasonRequest;
import ru.kogalym.civic.contract.raid.RaidRecordedEvent;
import ru.kogalym.civic.contract.raid.WithdrawRaidCommand;

/** Awareness raids (рейдовые мероприятия) by NCO leaders and officials. */
@RestController
@Tag(name = "Raids", description = "Awareness raids by NCO leaders and officials")
@RequestMapping(path = RaidController.PATH, consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
public class RaidController {

    public static final String PATH = "/api/raids";
    public static final AggregateType RAID = AggregateType.of("raid",
            AggregateType.ACTIVITY_READ_PATH, RaidRecordedEvent.class)
            .withTakenIdRefusedByTheAppend();

    private final CommandSender commands;
    private final IdempotentCreation creations;

    public RaidController(CommandSender commands, IdempotentCreation creations) {
        this.commands = commands;
        this.creations = creations;
    }

    @PostMapping
    @Operation(operationId = "recordRaid", summary = "Record an awareness raid")
    public ResponseEntity<IdResponse> record(@RequestBody RecordRaidRequest request) {
        return creations.create(RAID, request.id(), request::toCommand).toResponse();
    }

    @PostMapping("/{id}/correction")
    @Operation(operationId = "correctRaid", summary = "Correct a recorded raid")
    public ResponseEntity<Void> correct(@PathVariable String id, @RequestBody CorrectRaidRequest request) {
        commands.update(RAID, id, request::toCommand);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(operationId = "withdrawRaid", summary = "Withdraw a raid recorded in error")
    public ResponseEntity<Void> withdraw(@PathVariable String id, @RequestBody ReasonRequest request) {
        commands.update(RAID, id, raidId -> new WithdrawRaidCommand(raidId, request.reason()));
        return ResponseEntity.noContent().build();
    }
}
