package ru.kogalym.civic.command.support;

import ru.kogalym.civic.command.common.Detail;
import ru.kogalym.civic.command.common.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.command.support.SupportRegisterRequests.ChangeRequest;
import ru.kogalym.civic.command.support.SupportRegisterRequests.ExclusionRequest;
import ru.kogalym.civic.command.support.SupportRegisterRequests.InclusionRequest;
import ru.kogalym.civic.command.web.AggregateType;
import ru.kogalym.civic.command.web.CommandFailure;
import ru.kogalym.civic.command.web.CommandSender;
import ru.kogalym.civic.command.web.Created;
import ru.kogalym.civic.command.web.IdResponse;
import ru.kogalym.civic.command.web.IdempotentCreation;
import ru.kogalym.civic.command.web.PartType;
import ru.kogalym.civic.contract.support.SupportRegisterEntryIncludedEvent;

/** The register of supported SONCOs (7-FZ art. 31.2, Order No. 223): inclusion, change and exclusion of entries. */
@RestController
@Tag(name = "Support register", description = "The art. 31.2 register of supported socially oriented NCOs")
@RequestMapping(path = SupportRegisterController.PATH, consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
class SupportRegisterController {

    public static final String PATH = "/api/support-register/entries";
    static final AggregateType ENTRY = AggregateType.of("support register entry",
            "/api/support-register/entries/{id}", SupportRegisterEntryIncludedEvent.class);
    private static final Detail REGISTER = Detail.of(Problem.NAME_THE_SUPPORT_REGISTER);
    static final PartType ENTRY_PART = PartType.of("entry", "entries", "entryNumber",
            SupportRegisterEntryIncludedEvent.class, (included, number) -> number.equals(
                    String.valueOf(included.entryNumber())));

    /**
     * Inclusions that lose the race for the next number are sent again, as the register stands after the winner's:
     * for the client a concurrent inclusion is no conflict. Each retry loads the register anew, so a few suffice
     * even with many writers; the last loss is answered as the usual 409.
     */
    private static final int INCLUSION_ATTEMPTS = 20;

    private final CommandSender commands;
    private final IdempotentCreation creations;

    SupportRegisterController(CommandSender commands, IdempotentCreation creations) {
        this.commands = commands;
        this.creations = creations;
    }

    @PostMapping
    @Operation(operationId = "includeInSupportRegister", summary = "Include a recorded support in the register",
            description = "The register gives the entry the next number (1, 2, 3, …) and today's date; the answer's id "
                    + "is that number. An entry made more than 30 days after the decision is flagged as late in the "
                    + "register. A support stands in the register at most once (409 on supportId), and must be "
                    + "recorded and not withdrawn.")
    public ResponseEntity<IdResponse> include(@RequestBody InclusionRequest request) {
        for (int attempt = 1; ; attempt++) {
            try {
                int number = commands.ask(request.toCommand(SoncoSupportRegister.ID), "supportId");
                String id = String.valueOf(number);
                return new Created(id, creations.location(ENTRY, id), false).toResponse();
            } catch (CommandFailure failure) {
                if (attempt >= INCLUSION_ATTEMPTS || !lostTheRace(failure.failure())) {
                    throw failure;
                }
            }
        }
    }

    @PostMapping("/{entryNumber}/change")
    @Operation(operationId = "changeSupportRegisterEntry", summary = "Change an entry of the register",
            description = "Every field anew: the basis, the decision date, the kinds of activity, the date support was "
                    + "stopped and all the violations found (including misuse of funds or property), with a reason.")
    public ResponseEntity<Void> change(@PathVariable int entryNumber, @RequestBody ChangeRequest request) {
        commands.updateOwnRecordPart(SoncoSupportRegister.ID, REGISTER, ENTRY_PART,
                String.valueOf(entryNumber), (register, number) -> request.toCommand(register, entryNumber));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{entryNumber}/exclusion")
    @Operation(operationId = "excludeFromSupportRegister", summary = "Exclude an entry from the register",
            description = "The entry stays in the register's history, marked excluded; its number is not reused.")
    public ResponseEntity<Void> exclude(@PathVariable int entryNumber, @RequestBody ExclusionRequest request) {
        commands.updateOwnRecordPart(SoncoSupportRegister.ID, REGISTER, ENTRY_PART,
                String.valueOf(entryNumber), (register, number) -> request.toCommand(register, entryNumber));
        return ResponseEntity.noContent().build();
    }

    private static boolean lostTheRace(RuntimeException failure) {
        return failure instanceof ConcurrencyException || failure instanceof AggregateStreamCreationException;
    }
}
