package ru.kogalym.civic.command.grant;

import io.swagger.v3.oas.annotations.media.Schema;
import ru.kogalym.civic.command.web.Amounts;
import ru.kogalym.civic.contract.grant.ApplyForGrantCommand;
import ru.kogalym.civic.contract.grant.AwardGrantCommand;
import ru.kogalym.civic.contract.grant.CorrectGrantApplicationCommand;
import ru.kogalym.civic.contract.grant.GrantLevel;
import ru.kogalym.civic.contract.grant.RejectGrantCommand;

import java.math.BigDecimal;
import java.time.LocalDate;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The request bodies of {@link GrantApplicationController}. */
final class GrantApplicationRequests {

    private GrantApplicationRequests() {
    }

    /** {@code POST /api/grant-applications}; {@code id} is optional; amounts in roubles. */
    public record ApplyForGrantRequest(
            @Schema(example = "grant-2020-druzhba") String id,
            @Schema(requiredMode = REQUIRED, example = "nco-edinstvo") String ncoId,
            @Schema(requiredMode = REQUIRED) GrantLevel level,
            @Schema(requiredMode = REQUIRED, example = "Конкурс грантов Губернатора Югры") String contest,
            @Schema(requiredMode = REQUIRED, example = "Дом Дружбы") String project,
            @Schema(requiredMode = REQUIRED, example = "500000", description = Amounts.DESCRIPTION,
                    minimum = Amounts.MINIMUM, maximum = Amounts.MAXIMUM, multipleOf = Amounts.KOPECK)
            BigDecimal amountRequested,
            @Schema(requiredMode = REQUIRED, example = "2020-03-01") LocalDate appliedOn) {

        ApplyForGrantCommand toCommand(String grantApplicationId) {
            return new ApplyForGrantCommand(grantApplicationId, ncoId, level, contest, project,
                    Amounts.kopecks("amountRequested", amountRequested), appliedOn);
        }
    }

    public record AwardRequest(
            @Schema(requiredMode = REQUIRED, example = "450000", description = Amounts.DESCRIPTION
                    + " At most the amount requested (409 beyond).", minimum = Amounts.MINIMUM,
                    maximum = Amounts.MAXIMUM, multipleOf = Amounts.KOPECK)
            BigDecimal amountAwarded,
            @Schema(requiredMode = REQUIRED, example = "2020-05-01") LocalDate decidedOn) {

        AwardGrantCommand toCommand(String grantApplicationId) {
            return new AwardGrantCommand(grantApplicationId, Amounts.kopecks("amountAwarded", amountAwarded), decidedOn);
        }
    }

    public record RejectionRequest(
            @Schema(requiredMode = REQUIRED, example = "2020-05-02") LocalDate decidedOn,
            @Schema(example = "Проект не прошёл отбор") String reason) {

        RejectGrantCommand toCommand(String grantApplicationId) {
            return new RejectGrantCommand(grantApplicationId, decidedOn, reason);
        }
    }

    /** Every field of the application anew, and why (its decision, if any, stays). */
    public record CorrectGrantApplicationRequest(
            @Schema(requiredMode = REQUIRED, example = "nco-edinstvo") String ncoId,
            @Schema(requiredMode = REQUIRED) GrantLevel level,
            @Schema(requiredMode = REQUIRED, example = "Президентский фонд грантов") String contest,
            @Schema(requiredMode = REQUIRED, example = "Дом Дружбы") String project,
            @Schema(requiredMode = REQUIRED, example = "500000", description = Amounts.DESCRIPTION
                    + " At least the amount awarded, if any (409 below).", minimum = Amounts.MINIMUM,
                    maximum = Amounts.MAXIMUM, multipleOf = Amounts.KOPECK)
            BigDecimal amountRequested,
            @Schema(requiredMode = REQUIRED, example = "2020-03-01") LocalDate appliedOn,
            @Schema(requiredMode = REQUIRED, example = "Исправлен уровень конкурса") String reason) {

        CorrectGrantApplicationCommand toCommand(String grantApplicationId) {
            return new CorrectGrantApplicationCommand(grantApplicationId, ncoId, level, contest, project,
                    Amounts.kopecks("amountRequested", amountRequested), appliedOn, reason);
        }
    }
}
