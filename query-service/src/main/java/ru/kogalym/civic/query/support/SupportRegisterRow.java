package ru.kogalym.civic.query.support;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.lang.Nullable;
import ru.kogalym.civic.query.web.Money;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One entry of the municipal register of supported socially oriented NCOs (Federal Law 7-FZ, art. 31.2): who was
 * supported (name, address, OGRN, INN as of the support's date), the form and amount of support, its period,
 * the body that gave it, and the date it was given. {@code soncoOnDate} tells whether the NCO was socially oriented
 * (СОНКО) on that date.
 */
record SupportRegisterRow(
        String supportId,
        String ncoId,
        @Schema(example = "Местная общественная организация дагестанцев «Единство»") String ncoName,
        @Nullable String address,
        @Nullable String ogrn,
        @Nullable String inn,
        boolean soncoOnDate,
        String kind,
        @Schema(example = "финансовая") String kindLabel,
        @Schema(description = Money.ROUBLES, example = "150000.50") @Nullable BigDecimal amount,
        @Nullable LocalDate periodFrom,
        @Nullable LocalDate periodTo,
        @Schema(example = "Администрация города Когалыма") @Nullable String providedBy,
        @Nullable LocalDate providedOn,
        @Nullable String description) {
}
