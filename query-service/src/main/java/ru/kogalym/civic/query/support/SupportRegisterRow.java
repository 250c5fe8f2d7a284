package ru.kogalym.civic.query.support;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.lang.Nullable;
import ru.kogalym.civic.query.web.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One entry of the municipal register of supported socially oriented NCOs (Federal Law 7-FZ, art. 31.2), in the
 * layout of the Order of the Ministry of Economic Development No. 223 of 17.05.2011: the entry's number and date of
 * inclusion, its basis (the decision), the NCO (name, address, OGRN, INN as of the inclusion; its kinds of activity),
 * the form, amount and term of support and the body that gave it, the date support was stopped and the violations
 * found. {@code includedLate}: the entry was made more than 30 days after the decision.
 */
record SupportRegisterRow(
        @Schema(example = "1") int entryNumber,
        @Schema(example = "2020-04-10") LocalDate includedOn,
        @Schema(example = "Постановление Администрации города Когалыма от 01.04.2020 № 640") String basis,
        @Schema(example = "2020-04-01") LocalDate decisionDate,
        boolean includedLate,
        @Nullable String ncoId,
        @Schema(example = "Местная общественная организация дагестанцев «Единство»") @Nullable String ncoName,
        @Nullable String address,
        @Nullable String ogrn,
        @Nullable String inn,
        boolean soncoOnDate,
        List<String> activityKinds,
        String supportId,
        @Schema(description = "SupportKind", example = "FINANCIAL") @Nullable String form,
        @Schema(example = "финансовая") @Nullable String formLabel,
        @Schema(description = Money.ROUBLES, example = "150000.50") @Nullable BigDecimal amount,
        @Nullable LocalDate periodFrom,
        @Nullable LocalDate periodTo,
        @Schema(example = "Администрация города Когалыма") @Nullable String providedBy,
        @Nullable LocalDate providedOn,
        @Nullable String description,
        @Schema(description = "The recorded support was withdrawn after its inclusion; the entry awaits exclusion")
        boolean supportWithdrawn,
        @Nullable LocalDate supportStoppedOn,
        List<Violation> violations,
        @Nullable LocalDate excludedOn,
        @Nullable String exclusionBasis) {

    /** A violation found, with its kind as a code and as people read it. */
    record Violation(
            @Schema(example = "MISUSE_OF_FUNDS") String kind,
            @Schema(example = "нецелевое использование предоставленных средств") String kindLabel,
            LocalDate foundOn,
            String description) {
    }
}
