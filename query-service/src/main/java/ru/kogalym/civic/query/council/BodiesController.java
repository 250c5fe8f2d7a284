package ru.kogalym.civic.query.council;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.contract.council.BodyKind;
import ru.kogalym.civic.query.projection.KnownAt;
import ru.kogalym.civic.query.web.NotFoundException;
import ru.kogalym.civic.query.web.Page;
import ru.kogalym.civic.query.web.PageParameters;
import ru.kogalym.civic.query.web.PageRequest;
import ru.kogalym.civic.query.web.Params;

import java.time.Instant;
import java.time.LocalDate;

/** Councils and commissions, each with its members as of a date (everything recorded when no date is given). */
@RestController
@Tag(name = "bodies", description = "Советы и комиссии")
class BodiesController {

    private final BodyViews views;

    BodiesController(BodyViews views) {
        this.views = views;
    }

    @GetMapping("/api/bodies")
    @Operation(operationId = "listBodies", summary = "Советы и комиссии с составом на дату")
    Page<BodyView> list(@Parameter(description = "совет или комиссия", schema = @Schema(implementation = BodyKind.class))
                        @RequestParam(required = false) String kind,
                        @Parameter(description = "состав на эту дату (по умолчанию — всё записанное)",
                                schema = @Schema(type = "string", format = "date", example = "2020-12-31"))
                        @RequestParam(required = false) String asOf,
                        @KnownAt.Parameter @RequestParam(required = false) String knownAt,
                        @ParameterObject PageParameters paging) {
        BodyKind bodyKind = Params.enumValue("kind", kind, BodyKind.class);
        LocalDate date = Params.date("asOf", asOf);
        Instant instant = KnownAt.parse(knownAt);
        PageRequest request = paging.request();
        return Page.of(views.find(bodyKind, date, instant), request);
    }

    @GetMapping("/api/bodies/{id}")
    @NotFoundException.Possible
    @Operation(operationId = "getBody", summary = "Совет или комиссия с составом на дату")
    BodyView one(@Parameter(description = "идентификатор совета или комиссии") @PathVariable String id,
                 @Parameter(description = "состав на эту дату (по умолчанию — всё записанное)",
                            schema = @Schema(type = "string", format = "date", example = "2020-12-31"))
                 @RequestParam(required = false) String asOf,
                 @KnownAt.Parameter @RequestParam(required = false) String knownAt) {
        LocalDate date = Params.date("asOf", asOf);
        Instant instant = KnownAt.parse(knownAt);
        return views.one(id, date, instant)
                    .orElseThrow(() -> new NotFoundException("id", "No council or commission with id " + id));
    }
}
