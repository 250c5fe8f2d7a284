package ru.kogalym.civic.command.council;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.command.common.CivicClock;
import ru.kogalym.civic.command.council.BodyRequests.AddMemberRequest;
import ru.kogalym.civic.command.council.BodyRequests.DissolutionRequest;
import ru.kogalym.civic.command.council.BodyRequests.EstablishCommissionRequest;
import ru.kogalym.civic.command.council.BodyRequests.EstablishCouncilRequest;
import ru.kogalym.civic.command.council.BodyRequests.MemberRemovalRequest;
import ru.kogalym.civic.command.web.AggregateType;
import ru.kogalym.civic.command.web.CommandSender;
import ru.kogalym.civic.command.web.IdResponse;
import ru.kogalym.civic.command.web.IdempotentCreation;
import ru.kogalym.civic.command.web.PartType;
import ru.kogalym.civic.contract.council.BodyEstablishedEvent;
import ru.kogalym.civic.contract.council.BodyKind;
import ru.kogalym.civic.contract.council.BodyMemberAddedEvent;

import java.time.Clock;

/**
 * Public councils ({@code /api/councils}) and standing commissions ({@code /api/commissions}): establishment, members,
 * dissolution. A council's id under {@code /api/commissions} (or the reverse) is not found.
 */
@RestController
@Tag(name = "Councils and commissions", description = "Public councils and standing commissions")
@RequestMapping(path = "/api", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
public class BodyController {

    private static final String BODY_READ_PATH = "/api/bodies/{id}";
    public static final AggregateType COUNCIL = body("council", BodyKind.COUNCIL);
    public static final AggregateType COMMISSION = body("commission", BodyKind.COMMISSION);
    public static final PartType MEMBER = PartType.of("member", "members", "memberId", BodyMemberAddedEvent.class,
            (event, memberId) -> memberId.equals(event.memberId()));

    private final CommandSender commands;
    private final IdempotentCreation creations;
    private final Clock clock;

    public BodyController(CommandSender commands, IdempotentCreation creations, Clock clock) {
        this.commands = commands;
        this.creations = creations;
        this.clock = clock;
    }

    private static AggregateType body(String name, BodyKind kind) {
        return AggregateType.of(name, BODY_READ_PATH, BodyEstablishedEvent.class, event -> event.kind() == kind)
                .withLookup((ncos, bodies, id) -> bodies.find(id).filter(body -> body.kind() == kind).isPresent());
    }

    @PostMapping("/councils")
    @Operation(operationId = "establishCouncil", summary = "Establish a public council")
    public ResponseEntity<IdResponse> establishCouncil(@RequestBody EstablishCouncilRequest request) {
        return creations.create(COUNCIL, request.id(), request::toCommand).toResponse();
    }

    @PostMapping("/commissions")
    @Operation(operationId = "establishCommission", summary = "Establish a standing commission")
    public ResponseEntity<IdResponse> establishCommission(@RequestBody EstablishCommissionRequest request) {
        return creations.create(COMMISSION, request.id(), request::toCommand).toResponse();
    }

    @PostMapping("/councils/{id}/members")
    @Operation(operationId = "addCouncilMember", summary = "Add a member (an NCO or a person) to the council")
    public ResponseEntity<IdResponse> addCouncilMember(@PathVariable String id, @RequestBody AddMemberRequest request) {
        return addMember(COUNCIL, id, request);
    }

    @PostMapping("/commissions/{id}/members")
    @Operation(operationId = "addCommissionMember", summary = "Add a member (an NCO or a person) to the commission")
    public ResponseEntity<IdResponse> addCommissionMember(@PathVariable String id,
                                                          @RequestBody AddMemberRequest request) {
        return addMember(COMMISSION, id, request);
    }

    @PostMapping("/councils/{id}/members/{memberId}/removal")
    @Operation(operationId = "removeCouncilMember", summary = "Record that a member left the council")
    public ResponseEntity<Void> removeCouncilMember(@PathVariable String id, @PathVariable String memberId,
                                                    @RequestBody MemberRemovalRequest request) {
        return removeMember(COUNCIL, id, memberId, request);
    }

    @PostMapping("/commissions/{id}/members/{memberId}/removal")
    @Operation(operationId = "removeCommissionMember", summary = "Record that a member left the commission")
    public ResponseEntity<Void> removeCommissionMember(@PathVariable String id, @PathVariable String memberId,
                                                       @RequestBody MemberRemovalRequest request) {
        return removeMember(COMMISSION, id, memberId, request);
    }

    @PostMapping("/councils/{id}/dissolution")
    @Operation(operationId = "dissolveCouncil", summary = "Record the council's dissolution")
    public ResponseEntity<Void> dissolveCouncil(@PathVariable String id, @RequestBody DissolutionRequest request) {
        return dissolve(COUNCIL, id, request);
    }

    @PostMapping("/commissions/{id}/dissolution")
    @Operation(operationId = "dissolveCommission", summary = "Record the commission's dissolution")
    public ResponseEntity<Void> dissolveCommission(@PathVariable String id, @RequestBody DissolutionRequest request) {
        return dissolve(COMMISSION, id, request);
    }

    private ResponseEntity<IdResponse> addMember(AggregateType type, String id, AddMemberRequest request) {
        return creations.createPart(type, id, MEMBER, request.memberId(),
                (bodyId, memberId) -> request.toCommand(bodyId, memberId, CivicClock.today(clock)), request)
                .toResponse();
    }

    private ResponseEntity<Void> removeMember(AggregateType type, String id, String memberId,
                                              MemberRemovalRequest request) {
        commands.updatePart(type, id, MEMBER, memberId,
                (bodyId, member) -> request.toCommand(bodyId, member, CivicClock.today(clock)));
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<Void> dissolve(AggregateType type, String id, DissolutionRequest request) {
        commands.update(type, id, request::toCommand);
        return ResponseEntity.noContent().build();
    }
}
