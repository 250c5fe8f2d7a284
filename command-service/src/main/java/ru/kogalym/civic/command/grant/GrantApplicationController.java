package ru.kogalym.civic.command.grant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.command.grant.GrantApplicationRequests.ApplyForGrantRequest;
import ru.kogalym.civic.command.grant.GrantApplicationRequests.AwardRequest;
import ru.kogalym.civic.command.grant.GrantApplicationRequests.CorrectGrantApplicationRequest;
import ru.kogalym.civic.command.grant.GrantApplicationRequests.RejectionRequest;
import ru.kogalym.civic.command.web.AggregateType;
import ru.kogalym.civic.command.web.CommandSender;
import ru.kogalym.civic.command.web.IdResponse;
import ru.kogalym.civic.command.web.IdempotentCreation;
import ru.kogalym.civic.command.web.ReasonRequest;
import ru.kogalym.civic.contract.grant.GrantAppliedForEvent;
import ru.kogalym.civic.contract.grant.WithdrawGrantApplicationCommand;

/** NCOs' applications to grant contests and the contests' decisions. */
@RestController
@Tag(name = "Grant applications", description = "NCOs' grant applications and the contests' decisions")
@RequestMapping(path = GrantApplicationController.PATH, consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
class GrantApplicationController {

    public static final String PATH = "/api/grant-applications";
    public static final AggregateType GRANT_APPLICATION = AggregateType.of("grant application",
            AggregateType.ACTIVITY_READ_PATH,
            GrantAppliedForEvent.class)
            .withTakenIdRefusedByTheAppend();

    private final CommandSender commands;
    private final IdempotentCreation creations;

    public GrantApplicationController(CommandSender commands, IdempotentCreation creations) {
        this.commands = commands;
        this.creations = creations;
    }

    @PostMapping
    @Operation(operationId = "recordGrantApplication", summary = "Record an NCO's application to a grant contest")
    public ResponseEntity<IdResponse> apply(@RequestBody ApplyForGrantRequest request) {
        return creations.create(GRANT_APPLICATION, request.id(), request::toCommand).toResponse();
    }

    @PostMapping("/{id}/award")
    @Operation(operationId = "awardGrant", summary = "Record that the grant was awarded")
    public ResponseEntity<Void> award(@PathVariable String id, @RequestBody AwardRequest request) {
        commands.update(GRANT_APPLICATION, id, request::toCommand);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/rejection")
    @Operation(operationId = "rejectGrantApplication", summary = "Record that the application was rejected")
    public ResponseEntity<Void> reject(@PathVariable String id, @RequestBody RejectionRequest request) {
        commands.update(GRANT_APPLICATION, id, request::toCommand);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/correction")
    @Operation(operationId = "correctGrantApplication", summary = "Correct a recorded grant application")
    public ResponseEntity<Void> correct(@PathVariable String id, @RequestBody CorrectGrantApplicationRequest request) {
        commands.update(GRANT_APPLICATION, id, request::toCommand);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(operationId = "withdrawGrantApplication", summary = "Withdraw a grant application recorded in error")
    public ResponseEntity<Void> withdraw(@PathVariable String id, @RequestBody ReasonRequest request) {
        commands.update(GRANT_APPLICATION, id,
                grantApplicationId -> new WithdrawGrantApplicationCommand(grantApplicationId, request.reason()));
        return ResponseEntity.noContent().build();
    }
}
