package ru.kogalym.civic.command.support;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import ru.kogalym.civic.command.common.Limits;
import ru.kogalym.civic.contract.support.ChangeSupportRegisterEntryCommand;
import ru.kogalym.civic.contract.support.ExcludeFromSupportRegisterCommand;
import ru.kogalym.civic.contract.support.IncludeInSupportRegisterCommand;
import ru.kogalym.civic.contract.support.RegisterViolation;
import ru.kogalym.civic.contract.support.RegisterViolationKind;

import java.time.LocalDate;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The request bodies of {@link SupportRegisterController}. */
final class SupportRegisterRequests {

    private static final String BASIS = "Постановление Администрации города Когалыма от 01.04.2020 № 640";

    private SupportRegisterRequests() {
    }

    /** {@code POST /api/support-register/entries}: the register numbers the entry and dates it today. */
    public record InclusionRequest(
            @Schema(requiredMode = REQUIRED, example = "support-2020-04-01") String supportId,
            @Schema(requiredMode = REQUIRED, description = "The decision to give the support", example = BASIS)
            String basis,
            @Schema(requiredMode = REQUIRED, example = "2020-04-01") LocalDate decisionDate,
            // @Size only tells the contract (minItems, maxItems); the register enforces the rule
            @Schema(requiredMode = REQUIRED)
            @Size(min = 1, max = Limits.LIST) List<String> activityKinds) {

        IncludeInSupportRegisterCommand toCommand(String registerId) {
            return new IncludeInSupportRegisterCommand(registerId, supportId, basis, decisionDate, activityKinds);
        }
    }

    /** A violation found, as the register states it. */
    public record ViolationRequest(
            @Schema(requiredMode = REQUIRED) RegisterViolationKind kind,
            @Schema(requiredMode = REQUIRED, example = "2020-12-15") LocalDate foundOn,
            @Schema(requiredMode = REQUIRED, example = "Субсидия частично израсходована на цели, не предусмотренные "
                    + "соглашением") String description) {

        RegisterViolation toViolation() {
            return new RegisterViolation(kind, foundOn, description);
        }
    }

    /** Every field of the entry anew (earlier violations included), and why. */
    public record ChangeRequest(
            @Schema(requiredMode = REQUIRED, example = BASIS) String basis,
            @Schema(requiredMode = REQUIRED, example = "2020-04-01") LocalDate decisionDate,
            @Schema(requiredMode = REQUIRED)
            @Size(min = 1, max = Limits.LIST) List<String> activityKinds,
            @Schema(description = "The date support was stopped, if it was", example = "2020-12-20")
            LocalDate supportStoppedOn,
            List<ViolationRequest> violations,
            @Schema(requiredMode = REQUIRED, example = "Выявлено нецелевое использование субсидии") String reason) {

        ChangeSupportRegisterEntryCommand toCommand(String registerId, int entryNumber) {
            List<RegisterViolation> found = violations == null ? null
                    : violations.stream().map(v -> v == null ? null : v.toViolation()).toList();
            return new ChangeSupportRegisterEntryCommand(registerId, entryNumber, basis, decisionDate, activityKinds,
                    supportStoppedOn, found, reason);
        }
    }

    /** {@code POST /api/support-register/entries/{entryNumber}/exclusion}. */
    public record ExclusionRequest(
            @Schema(requiredMode = REQUIRED, example = "Постановление Администрации города Когалыма от 10.02.2024 № 210")
            String basis,
            @Schema(requiredMode = REQUIRED, example = "Прошло три года со дня окончания поддержки") String reason) {

        ExcludeFromSupportRegisterCommand toCommand(String registerId, int entryNumber) {
            return new ExcludeFromSupportRegisterCommand(registerId, entryNumber, basis, reason);
        }
    }
}
