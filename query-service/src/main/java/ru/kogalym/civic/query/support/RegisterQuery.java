package ru.kogalym.civic.query.support;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import ru.kogalym.civic.query.web.BadParameterException;
import ru.kogalym.civic.query.web.Params;

/** Which entries of the support register to show: by the year of the decision, with or without excluded ones. */
record RegisterQuery(
        @Parameter(description = "только записи о решениях этого года",
                   schema = @Schema(type = "integer", format = "int32", minimum = "1900", maximum = "9999"))
        String year,
        @Parameter(description = "показать и исключённые из реестра записи", schema = @Schema(type = "boolean"))
        String includeExcluded) {

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 9999;

    Integer decisionYear() {
        Integer y = Params.integer("year", year);
        if (y != null && (y < FIRST_YEAR || y > LAST_YEAR)) {
            throw new BadParameterException("year", "year must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        return y;
    }

    boolean excluded() {
        return Boolean.TRUE.equals(Params.bool("includeExcluded", includeExcluded));
    }

    String filename(String extension) {
        Integer y = decisionYear();
        return (y == null ? "support-register" : "support-register-" + y) + "." + extension;
    }

    static int entryNumber(String value) {
        Integer number = Params.integer("entryNumber", value);
        if (number == null || number < 1) {
            throw new BadParameterException("entryNumber", "an entry number is a whole number from 1");
        }
        return number;
    }
}
