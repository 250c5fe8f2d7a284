package ru.kogalym.civic.command.support;

import ru.kogalym.civic.command.web.Amounts;
import ru.kogalym.civic.contract.support.CorrectSupportCommand;
import ru.kogalym.civic.contract.support.RecordSupportCommand;
import ru.kogalym.civic.contract.support.SupportKind;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The request bodies of {@link SupportController}. */
public final class SupportRequests {

    private SupportRequests() {
    }

    /** {@code POST /api/support}; {@code id} is optional; {@code amount} (roubles) only for FINANCIAL support. */
    public record RecordSupportRequest(String id, String ncoId, SupportKind kind, LocalDate providedOn,
                                       String description, BigDecimal amount, LocalDate periodFrom,
                                       LocalDate periodTo, String providedBy) {

        RecordSupportCommand toCommand(String supportId) {
            return new RecordSupportCommand(supportId, ncoId, kind, providedOn, description,
                    Amounts.sane("amount", amount), periodFrom, periodTo, providedBy);
        }
    }

    /** Every field of the support anew, and why. */
    public record CorrectSupportRequest(String ncoId, SupportKind kind, LocalDate providedOn, String description,
                                        BigDecimal amount, LocalDate periodFrom, LocalDate periodTo,
                                        String providedBy, String reason) {

        CorrectSupportCommand toCommand(String supportId) {
            return new CorrectSupportCommand(supportId, ncoId, kind, providedOn, description,
                    Amounts.sane("amount", amount), periodFrom, periodTo, providedBy, reason);
        }
    }
}
