package ru.kogalym.civic.command.nco;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.command.nco.NcoRequests.AddressChangeRequest;
import ru.kogalym.civic.command.nco.NcoRequests.CorrectRegistrationRequest;
import ru.kogalym.civic.command.nco.NcoRequests.IdentifiersRequest;
import ru.kogalym.civic.command.nco.NcoRequests.LeaderChangeRequest;
import ru.kogalym.civic.command.nco.NcoRequests.LiquidationRequest;
import ru.kogalym.civic.command.nco.NcoRequests.RegisterNcoRequest;
import ru.kogalym.civic.command.nco.NcoRequests.RenamingRequest;
import ru.kogalym.civic.command.nco.NcoRequests.SoncoRecognitionRequest;
import ru.kogalym.civic.command.nco.NcoRequests.SoncoWithdrawalRequest;
import ru.kogalym.civic.command.nco.NcoRequests.StateRegistrationRequest;
import ru.kogalym.civic.command.nco.NcoRequests.StateRegistryExclusionRequest;
import ru.kogalym.civic.command.web.AggregateType;
import ru.kogalym.civic.command.web.CommandSender;
import ru.kogalym.civic.command.web.IdResponse;
import ru.kogalym.civic.command.web.IdempotentCreation;
import ru.kogalym.civic.command.web.ReasonRequest;
import ru.kogalym.civic.contract.nco.NcoRegisteredEvent;
import ru.kogalym.civic.contract.nco.WithdrawNcoCommand;

/**
 * The municipal registry of NCOs: registration and everything that happens to an NCO afterwards, the correction of
 * its registration and the withdrawal of an NCO registered by mistake.
 */
@RestController
@Tag(name = "NCOs", description = "The municipal registry of NCOs")
@RequestMapping(path = NcoController.PATH, consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
public class NcoController {

    public static final String PATH = "/api/ncos";
    public static final AggregateType NCO = AggregateType.of("NCO", "/api/ncos/{id}", NcoRegisteredEvent.class)
            .withLookup((ncos, bodies, id) -> ncos.find(id).isPresent());

    private final CommandSender commands;
    private final IdempotentCreation creations;

    public NcoController(CommandSender commands, IdempotentCreation creations) {
        this.commands = commands;
        this.creations = creations;
    }

    @PostMapping
    @Operation(operationId = "registerNco", summary = "Register an NCO in the municipal registry")
    public ResponseEntity<IdResponse> register(@RequestBody RegisterNcoRequest request) {
        return creations.create(NCO, request.id(), request::toCommand).toResponse();
    }

    @PostMapping("/{id}/correction")
    @Operation(operationId = "correctNcoRegistration",
            summary = "Correct the NCO's registration: its date, legal form, community and names")
    public ResponseEntity<Void> correct(@PathVariable String id, @RequestBody CorrectRegistrationRequest request) {
        commands.update(NCO, id, request::toCommand);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(operationId = "withdrawNco", summary = "Withdraw an NCO registered by mistake")
    public ResponseEntity<Void> withdraw(@PathVariable String id, @RequestBody ReasonRequest request) {
        commands.update(NCO, id, ncoId -> new WithdrawNcoCommand(ncoId, request.reason()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/state-registration")
    @Operation(operationId = "recordNcoStateRegistration", summary = "Record the NCO's state (Ministry of Justice) registration")
    public ResponseEntity<Void> recordStateRegistration(@PathVariable String id,
                                                        @RequestBody StateRegistrationRequest request) {
        commands.update(NCO, id, request::toCommand);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/state-registration/exclusion")
    @Operation(operationId = "recordNcoStateRegistryExclusion", summary = "Record the NCO's exclusion from the state registry")
    public ResponseEntity<Void> recordStateRegistryExclusion(@PathVariable String id,
                                                             @RequestBody StateRegistryExclusionRequest request) {
        commands.update(NCO, id, request::toCommand);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/liquidation")
    @Operation(operationId = "liquidateNco", summary = "Record the NCO's liquidation")
    public ResponseEntity<Void> liquidate(@PathVariable String id, @RequestBody LiquidationRequest request) {
        commands.update(NCO, id, request::toCommand);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/renaming")
    @Operation(operationId = "renameNco", summary = "Rename the NCO")
    public ResponseEntity<Void> rename(@PathVariable String id, @RequestBody RenamingRequest request) {
        commands.update(NCO, id, request::toCommand);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/leader-change")
    @Operation(operationId = "changeNcoLeader", summary = "Record a new leader of the NCO")
    public ResponseEntity<Void> changeLeader(@PathVariable String id, @RequestBody LeaderChangeRequest request) {
        commands.update(NCO, id, request::toCommand);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/address-change")
    @Operation(operationId = "changeNcoAddress", summary = "Record a new address of the NCO")
    public ResponseEntity<Void> changeAddress(@PathVariable String id, @RequestBody AddressChangeRequest request) {
        commands.update(NCO, id, request::toCommand);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/identifiers")
    @Operation(operationId = "recordNcoIdentifiers", summary = "Record the NCO's OGRN and INN")
    public ResponseEntity<Void> recordIdentifiers(@PathVariable String id, @RequestBody IdentifiersRequest request) {
        commands.update(NCO, id, request::toCommand);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/sonco-recognition")
    @Operation(operationId = "recognizeSonco", summary = "Recognise the NCO as socially oriented (SONCO)")
    public ResponseEntity<Void> recognizeSonco(@PathVariable String id, @RequestBody SoncoRecognitionRequest request) {
        commands.update(NCO, id, request::toCommand);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/sonco-recognition/withdrawal")
    @Operation(operationId = "withdrawSoncoStatus", summary = "Withdraw the NCO's SONCO status")
    public ResponseEntity<Void> withdrawSonco(@PathVariable String id, @RequestBody SoncoWithdrawalRequest request) {
        commands.update(NCO, id, request::toCommand);
        return ResponseEntity.noContent().build();
    }
}
