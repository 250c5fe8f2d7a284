package ru.kogalym.civic.command.council;

import ru.kogalym.civic.contract.council.AddBodyMemberCommand;
import ru.kogalym.civic.contract.council.CouncilArea;
import ru.kogalym.civic.contract.council.DissolveBodyCommand;
import ru.kogalym.civic.contract.council.EstablishCommissionCommand;
import ru.kogalym.civic.contract.council.EstablishCouncilCommand;
import ru.kogalym.civic.contract.council.RemoveBodyMemberCommand;

import java.time.LocalDate;

/** The request bodies of {@link BodyController}. */
public final class BodyRequests {

    private BodyRequests() {
    }

    /** {@code POST /api/councils}; {@code id} is optional. */
    public record EstablishCouncilRequest(String id, String name, CouncilArea area, LocalDate establishedOn) {

        EstablishCouncilCommand toCommand(String bodyId) {
            return new EstablishCouncilCommand(bodyId, name, area, establishedOn);
        }
    }

    /** {@code POST /api/commissions}; {@code id} is optional. */
    public record EstablishCommissionRequest(String id, String name, LocalDate establishedOn) {

        EstablishCommissionCommand toCommand(String bodyId) {
            return new EstablishCommissionCommand(bodyId, name, establishedOn);
        }
    }

    /**
     * A member: an NCO ({@code ncoId}) or a person ({@code person}, with a {@code role}). {@code memberId} is optional
     * (a UUID is generated); {@code addedOn} defaults to today.
     */
    public record AddMemberRequest(String memberId, String ncoId, String person, String role, LocalDate addedOn) {

        AddBodyMemberCommand toCommand(String bodyId, String memberIdToUse, LocalDate today) {
            return new AddBodyMemberCommand(bodyId, memberIdToUse, ncoId, person, role,
                    addedOn == null ? today : addedOn);
        }
    }

    /** {@code removedOn} defaults to today. */
    public record MemberRemovalRequest(LocalDate removedOn, String reason) {

        RemoveBodyMemberCommand toCommand(String bodyId, String memberId, LocalDate today) {
            return new RemoveBodyMemberCommand(bodyId, memberId, removedOn == null ? today : removedOn, reason);
        }
    }

    public record DissolutionRequest(LocalDate dissolvedOn, String reason) {

        DissolveBodyCommand toCommand(String bodyId) {
            return new DissolveBodyCommand(bodyId, dissolvedOn, reason);
        }
    }
}
