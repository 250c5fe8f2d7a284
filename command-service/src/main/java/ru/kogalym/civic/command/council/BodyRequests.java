package ru.kogalym.civic.command.council;

import io.swagger.v3.oas.annotations.media.Schema;
import ru.kogalym.civic.contract.council.AddBodyMemberCommand;
import ru.kogalym.civic.contract.council.CouncilArea;
import ru.kogalym.civic.contract.council.DissolveBodyCommand;
import ru.kogalym.civic.contract.council.EstablishCommissionCommand;
import ru.kogalym.civic.contract.council.EstablishCouncilCommand;
import ru.kogalym.civic.contract.council.RemoveBodyMemberCommand;

import java.time.LocalDate;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The request bodies of {@link BodyController}. */
final class BodyRequests {

    private BodyRequests() {
    }

    /** {@code POST /api/councils}; {@code id} is optional. */
    public record EstablishCouncilRequest(
            @Schema(example = "council-culture") String id,
            @Schema(requiredMode = REQUIRED, example = "Общественный совет по вопросам культуры") String name,
            @Schema(requiredMode = REQUIRED) CouncilArea area,
            @Schema(requiredMode = REQUIRED, example = "2010-01-01") LocalDate establishedOn) {

        EstablishCouncilCommand toCommand(String bodyId) {
            return new EstablishCouncilCommand(bodyId, name, area, establishedOn);
        }
    }

    /** {@code POST /api/commissions}; {@code id} is optional. */
    public record EstablishCommissionRequest(
            @Schema(example = "commission-harmony") String id,
            @Schema(requiredMode = REQUIRED, example = "Комиссия по межнациональным отношениям") String name,
            @Schema(requiredMode = REQUIRED, example = "2010-01-01") LocalDate establishedOn) {

        EstablishCommissionCommand toCommand(String bodyId) {
            return new EstablishCommissionCommand(bodyId, name, establishedOn);
        }
    }

    /**
     * A member: an NCO ({@code ncoId}) or a person ({@code person}, with a {@code role}). {@code memberId} is optional
     * (a UUID is generated); {@code addedOn} defaults to today.
     */
    public record AddMemberRequest(
            @Schema(example = "member-1") String memberId,
            @Schema(example = "nco-edinstvo") String ncoId,
            @Schema(example = "Сидорова Анна Андреевна") String person,
            @Schema(example = "секретарь") String role,
            @Schema(example = "2019-12-16") LocalDate addedOn) {

        AddBodyMemberCommand toCommand(String bodyId, String memberIdToUse, LocalDate today) {
            return new AddBodyMemberCommand(bodyId, memberIdToUse, ncoId, person, role,
                    addedOn == null ? today : addedOn);
        }
    }

    /** {@code removedOn} defaults to today. */
    public record MemberRemovalRequest(
            @Schema(example = "2020-12-31") LocalDate removedOn,
            @Schema(example = "Выход по собственному желанию") String reason) {

        RemoveBodyMemberCommand toCommand(String bodyId, String memberId, LocalDate today) {
            return new RemoveBodyMemberCommand(bodyId, memberId, removedOn == null ? today : removedOn, reason);
        }
    }

    public record DissolutionRequest(
            @Schema(requiredMode = REQUIRED, example = "2021-01-15") LocalDate dissolvedOn,
            @Schema(example = "Реорганизация") String reason) {

        DissolveBodyCommand toCommand(String bodyId) {
            return new DissolveBodyCommand(bodyId, dissolvedOn, reason);
        }
    }
}
