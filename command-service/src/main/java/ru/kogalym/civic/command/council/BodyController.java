package ru.kogalym.civic.command.council;

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
@RequestMapping(path = "/api", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
public class BodyController {

    public static final AggregateType COUNCIL = AggregateType.of("council", "/api/councils",
            BodyEstablishedEvent.class, event -> event.kind() == BodyKind.COUNCIL);
    public static final AggregateType COMMISSION = AggregateType.of("commission", "/api/commissions",
            BodyEstablishedEvent.class, event -> event.kind() == BodyKind.COMMISSION);
    public static final PartType MEMBER = PartType.of("member", "members", "memberId", BodyMemberAddedEvent.class,
            (event, memberId) -> memberId.equals(event.memberId()));

    private static final String BODIES = "/{bodies:councils|commissions}/{id}";

    private final CommandSender commands;
    private final Clock clock;

    public BodyController(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/councils")
    public ResponseEntity<IdResponse> establishCouncil(@RequestBody EstablishCouncilRequest request) {
        return commands.create(COUNCIL, request.id(), request::toCommand).toResponse();
    }

    @PostMapping("/commissions")
    public ResponseEntity<IdResponse> establishCommission(@RequestBody EstablishCommissionRequest request) {
        return commands.create(COMMISSION, request.id(), request::toCommand).toResponse();
    }

    @PostMapping(BODIES + "/members")
    public ResponseEntity<IdResponse> addMember(@PathVariable String bodies, @PathVariable String id,
                                                @RequestBody AddMemberRequest request) {
        return commands.createPart(type(bodies), id, MEMBER, request.memberId(),
                (bodyId, memberId) -> request.toCommand(bodyId, memberId, CivicClock.today(clock)), request)
                .toResponse();
    }

    @PostMapping(BODIES + "/members/{memberId}/removal")
    public ResponseEntity<Void> removeMember(@PathVariable String bodies, @PathVariable String id,
                                             @PathVariable String memberId,
                                             @RequestBody MemberRemovalRequest request) {
        commands.updatePart(type(bodies), id, MEMBER, memberId,
                (bodyId, member) -> request.toCommand(bodyId, member, CivicClock.today(clock)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(BODIES + "/dissolution")
    public ResponseEntity<Void> dissolve(@PathVariable String bodies, @PathVariable String id,
                                         @RequestBody DissolutionRequest request) {
        commands.update(type(bodies), id, request::toCommand);
        return ResponseEntity.noContent().build();
    }

    private static AggregateType type(String bodies) {
        return "councils".equals(bodies) ? COUNCIL : COMMISSION;
    }
}
