package ru.kogalym.civic.command.support;

import io.swagger.v3.oas.annotations.media.Schema;
import ru.kogalym.civic.command.web.Amounts;
import ru.kogalym.civic.contract.support.CorrectSupportCommand;
import ru.kogalym.civic.contract.support.RecordSupportCommand;
import ru.kogalym.civic.contract.support.SupportKind;

import java.math.BigDecimal;
import java.time.LocalDate;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The request bodies of {@link SupportController}. */
public final class SupportRequests {

    private SupportRequests() {
    }

    /** {@code POST /api/support}; {@code id} is optional; {@code amount} (roubles) only for FINANCIAL support. */
    public record RecordSupportRequest(
            @Schema(example = "support-2020-04-01") String id,
            @Schema(requiredMode = REQUIRED, example = "nco-edinstvo") String ncoId,
            @Schema(requiredMode = REQUIRED) SupportKind kind,
            @Schema(requiredMode = REQUIRED, example = "2020-04-01") LocalDate providedOn,
            @Schema(requiredMode = REQUIRED, example = "Субсидия на проведение праздника") String description,
            @Schema(example = "150000.50", description = Amounts.DESCRIPTION + " Only for FINANCIAL support, and "
                    + "required there.", minimum = Amounts.MINIMUM, maximum = Amounts.MAXIMUM,
                    multipleOf = Amounts.KOPECK)
            BigDecimal amount,
            @Schema(example = "2020-04-01") LocalDate periodFrom,
            @Schema(example = "2020-12-31") LocalDate periodTo,
            @Schema(requiredMode = REQUIRED, example = "Администрация города Когалыма") String providedBy) {

        RecordSupportCommand toCommand(String supportId) {
            return new RecordSupportCommand(supportId, ncoId, kind, providedOn, description,
                    Amounts.kopecks("amount", amount), periodFrom, periodTo, providedBy);
        }
    }

    /** Every field of the support anew, and why. */
    public record CorrectSupportRequest(
            @Schema(requiredMode = REQUIRED, example = "nco-edinstvo") String ncoId,
            @Schema(requiredMode = REQUIRED) SupportKind kind,
            @Schema(requiredMode = REQUIRED, example = "2020-04-01") LocalDate providedOn,
            @Schema(requiredMode = REQUIRED, example = "Субсидия на проведение праздника") String description,
            @Schema(example = "175000.00", description = Amounts.DESCRIPTION + " Only for FINANCIAL support, and "
                    + "required there.", minimum = Amounts.MINIMUM, maximum = Amounts.MAXIMUM,
                    multipleOf = Amounts.KOPECK)
            BigDecimal amount,
            @Schema(example = "2020-04-01") LocalDate periodFrom,
            @Schema(example = "2020-12-31") LocalDate periodTo,
            @Schema(requiredMode = REQUIRED, example = "Администрация города Когалыма") String providedBy,
            @Schema(requiredMode = REQUIRED, example = "Исправлена сумма") String reason) {

        CorrectSupportCommand toCommand(String supportId) {
            return new CorrectSupportCommand(supportId, ncoId, kind, providedOn, description,
                    Amounts.kopecks("amount", amount), periodFrom, periodTo, providedBy, reason);
        }
    }
}
