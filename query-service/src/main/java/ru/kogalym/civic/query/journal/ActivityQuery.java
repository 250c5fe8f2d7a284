package ru.kogalym.civic.query.journal;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import ru.kogalym.civic.query.web.BadParameterException;
import ru.kogalym.civic.query.projection.KnownAt;
import ru.kogalym.civic.query.web.Params;


/** The journal's filter as sent in the query string; parsed here so a bad value is a 400 naming it. */
record ActivityQuery(
        @Parameter(description = "вид записи", schema = @Schema(implementation = ActivityKind.class))
        String kind,
        @Parameter(description = "с этой даты включительно", schema = @Schema(type = "string", format = "date",
                example = "2020-01-01"))
        String from,
        @Parameter(description = "по эту дату включительно, не раньше from", schema = @Schema(type = "string",
                format = "date", example = "2020-12-31"))
        String to,
        @Parameter(description = "только записи, в которых участвовала эта НКО", example = "n-edinstvo")
        String ncoId,
        @Parameter(description = "включать отозванные записи", schema = @Schema(type = "boolean", defaultValue = "false"))
        String includeWithdrawn,
        @Parameter(description = KnownAt.DESCRIPTION, schema = @Schema(type = "string", format = "date-time",
                example = KnownAt.EXAMPLE))
        String knownAt) {

    ActivityFilter filter() {
        ActivityFilter filter = new ActivityFilter(Params.enumValue("kind", kind, ActivityKind.class),
                                                   Params.date("from", from), Params.date("to", to),
                                                   Params.text(ncoId),
                                                   Boolean.TRUE.equals(Params.bool("includeWithdrawn", includeWithdrawn)));
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new BadParameterException("to", "to must not be before from");
        }
        return filter;
    }
}
