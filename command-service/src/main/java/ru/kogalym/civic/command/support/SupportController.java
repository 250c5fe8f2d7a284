package ru.kogalym.civic.command.support;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.command.support.SupportRequests.CorrectSupportRequest;
import ru.kogalym.civic.command.support.SupportRequests.RecordSupportRequest;
import ru.kogalym.civic.command.web.AggregateType;
import ru.kogalym.civic.command.web.CommandSender;
import ru.kogalym.civic.command.web.IdResponse;
import ru.kogalym.civic.command.web.IdempotentCreation;
import ru.kogalym.civic.command.web.ReasonRequest;
import ru.kogalym.civic.contract.support.SupportRecordedEvent;
import ru.kogalym.civic.contract.support.WithdrawSupportCommand;

/** Support given to NCOs: consultative, informational, property, financial. */
@RestController
@Tag(name = "Support", description = "Support the administration gives to NCOs")
@RequestMapping(path = SupportController.PATH, consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
public class SupportController {

    public static final String PATH = "/api/support";
    public static final AggregateType SUPPORT = AggregateType.of("support",
            AggregateType.ACTIVITY_READ_PATH, SupportRecordedEvent.class)
            .withTakenIdRefusedByTheAppend();

    private final CommandSender commands;
    private final IdempotentCreation creations;

    public SupportController(CommandSender commands, IdempotentCreation creations) {
        this.commands = commands;
        this.creations = creations;
    }

    @PostMapping
    @Operation(operationId = "recordSupport", summary = "Record support given to an NCO")
    public ResponseEntity<IdResponse> record(@RequestBody RecordSupportRequest request) {
        return creations.create(SUPPORT, request.id(), request::toCommand).toResponse();
    }

    @PostMapping("/{id}/correction")
    @Operation(operationId = "correctSupport", summary = "Correct recorded support")
    public ResponseEntity<Void> correct(@PathVariable String id, @RequestBody CorrectSupportRequest request) {
        commands.update(SUPPORT, id, request::toCommand);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(operationId = "withdrawSupport", summary = "Withdraw support recorded in error")
    public ResponseEntity<Void> withdraw(@PathVariable String id, @RequestBody ReasonRequest request) {
        commands.update(SUPPORT, id, supportId -> new WithdrawSupportCommand(supportId, request.reason()));
        return ResponseEntity.noContent().build();
    }
}
