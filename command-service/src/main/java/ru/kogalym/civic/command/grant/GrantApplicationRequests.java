package ru.kogalym.civic.command.grant;

import ru.kogalym.civic.command.web.Amounts;
import ru.kogalym.civic.contract.grant.ApplyForGrantCommand;
import ru.kogalym.civic.contract.grant.AwardGrantCommand;
import ru.kogalym.civic.contract.grant.CorrectGrantApplicationCommand;
import ru.kogalym.civic.contract.grant.GrantLevel;
import ru.kogalym.civic.contract.grant.RejectGrantCommand;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The request bodies of {@link GrantApplicationController}. */
public final class GrantApplicationRequests {

    private GrantApplicationRequests() {
    }

    /** {@code POST /api/grant-applications}; {@code id} is optional; amounts in roubles. */
    public record ApplyForGrantRequest(String id, String ncoId, GrantLevel level, String contest, String project,
                                       BigDecimal amountRequested, LocalDate appliedOn) {

        ApplyForGrantCommand toCommand(String grantApplicationId) {
            return new ApplyForGrantCommand(grantApplicationId, ncoId, level, contest, project,
                    Amounts.sane("amountRequested", amountRequested), appliedOn);
        }
    }

    public record AwardRequest(BigDecimal amountAwarded, LocalDate decidedOn) {

        AwardGrantCommand toCommand(String grantApplicationId) {
            return new AwardGrantCommand(grantApplicationId, Amounts.sane("amountAwarded", amountAwarded), decidedOn);
        }
    }

    public record RejectionRequest(LocalDate decidedOn, String reason) {

        RejectGrantCommand toCommand(String grantApplicationId) {
            return new RejectGrantCommand(grantApplicationId, decidedOn, reason);
        }
    }

    /** Every field of the application anew, and why (its decision, if any, stays). */
    public record CorrectGrantApplicationRequest(String ncoId, GrantLevel level, String contest, String project,
                                                 BigDecimal amountRequested, LocalDate appliedOn, String reason) {

        CorrectGrantApplicationCommand toCommand(String grantApplicationId) {
            return new CorrectGrantApplicationCommand(grantApplicationId, ncoId, level, contest, project,
                    Amounts.sane("amountRequested", amountRequested), appliedOn, reason);
        }
    }
}
