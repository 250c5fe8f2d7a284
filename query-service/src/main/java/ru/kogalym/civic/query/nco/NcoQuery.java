package ru.kogalym.civic.query.nco;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import ru.kogalym.civic.contract.nco.LegalForm;
import ru.kogalym.civic.query.web.BadParameterException;
import ru.kogalym.civic.query.projection.KnownAt;
import ru.kogalym.civic.query.web.Params;


/** The registry's filter and order as sent in the query string; parsed here so a bad value is a 400 naming it. */
record NcoQuery(
        @Parameter(description = "только зарегистрированные (true) или не зарегистрированные (false) в Минюсте",
                schema = @Schema(type = "boolean"))
        String stateRegistered,
        @Parameter(description = "национальная общность, без учёта регистра", example = "Дагестанская")
        String community,
        @Parameter(description = "организационно-правовая форма", schema = @Schema(implementation = LegalForm.class))
        String legalForm,
        @Parameter(description = "только СОНКО (true) или только не СОНКО (false)", schema = @Schema(type = "boolean"))
        String sonco,
        @Parameter(description = "часть наименования или перевода, без учёта регистра и ё/е", example = "единство")
        String q,
        @Parameter(description = "реестр на эту дату (по умолчанию — всё записанное)",
                schema = @Schema(type = "string", format = "date", example = "2020-12-31"))
        String asOf,
        @Parameter(description = "включать ликвидированные", schema = @Schema(type = "boolean", defaultValue = "false"))
        String includeLiquidated,
        @Parameter(description = "порядок: по полному или по краткому наименованию",
                schema = @Schema(type = "string", allowableValues = {"fullName", "shortName"}, defaultValue = "fullName"))
        String sort,
        @Parameter(description = KnownAt.DESCRIPTION, schema = @Schema(type = "string", format = "date-time",
                example = KnownAt.EXAMPLE))
        String knownAt) {

    NcoFilter filter() {
        LegalForm form = Params.enumValue("legalForm", legalForm, LegalForm.class);
        return new NcoFilter(Params.date("asOf", asOf), Params.bool("stateRegistered", stateRegistered),
                             Params.text(community), form == null ? null : form.name(), Params.bool("sonco", sonco),
                             Params.text(q), Boolean.TRUE.equals(Params.bool("includeLiquidated", includeLiquidated)));
    }

    NcoRegistry.Sort order() {
        String value = Params.text(sort);
        if (value == null || value.equals("fullName")) {
            return NcoRegistry.Sort.FULL_NAME;
        }
        if (value.equals("shortName")) {
            return NcoRegistry.Sort.SHORT_NAME;
        }
        throw new BadParameterException("sort", "sort must be fullName or shortName");
    }
}
