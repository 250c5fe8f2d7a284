package ru.kogalym.civic.query.nco;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.lang.Nullable;

import java.time.LocalDate;

/** An NCO as it stood on a date, folded from its history. */
public record NcoState(
        String id,
        @Schema(example = "Местная общественная организация дагестанцев «Единство»") String fullName,
        @Schema(example = "Единство") @Nullable String shortName,
        @Schema(example = "Unity") @Nullable String nameTranslation,
        @Nullable String legalForm,
        @Schema(example = "Дагестанская") @Nullable String community,
        @Nullable String ogrn,
        @Nullable String inn,
        @Schema(example = "г. Когалым, ул. Мира, 1") @Nullable String address,
        @Nullable String leader,
        @Nullable LocalDate registeredOn,
        boolean inRegistry,
        boolean stateRegistered,
        @Nullable LocalDate stateRegisteredOn,
        @Nullable String stateRegistrationNumber,
        @Nullable LocalDate excludedFromStateRegistryOn,
        boolean sonco,
        @Nullable LocalDate soncoSince,
        @Nullable LocalDate soncoWithdrawnOn,
        boolean liquidated,
        @Nullable LocalDate liquidatedOn) {

    /** The name to show: the short name when it has one. */
    public String name() {
        return shortName != null && !shortName.isBlank() ? shortName : fullName;
    }
}
