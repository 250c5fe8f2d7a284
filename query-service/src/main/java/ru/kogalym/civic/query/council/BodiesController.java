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
import ru.kogalym.civic.query.nco.NcoEntry;
import ru.kogalym.civic.query.nco.NcoRegistry;
import ru.kogalym.civic.query.nco.NcoState;
import ru.kogalym.civic.query.projection.KnownAt;
import ru.kogalym.civic.query.web.NotFoundException;
import ru.kogalym.civic.query.web.Page;
import ru.kogalym.civic.query.web.PageParameters;
import ru.kogalym.civic.query.web.PageRequest;
import ru.kogalym.civic.query.web.Params;
import ru.kogalym.civic.query.web.RussianCollation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Councils and commissions, each with its members as of a date (everything recorded when no date is given). Whether
 * an NCO is still a member also depends on the NCO (liquidated, withdrawn): that is read from the NCO registry's read
 * model, which the view already reads for the members' names, so the bodies' projection keeps only the bodies' events.
 */
@RestController
@Tag(name = "bodies", description = "Советы и комиссии")
class BodiesController {

    private final Bodies bodies;
    private final NcoRegistry ncos;

    private final KnownAt known;

    BodiesController(Bodies bodies, NcoRegistry ncos, KnownAt known) {
        this.bodies = bodies;
        this.ncos = ncos;
        this.known = known;
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
        Map<String, NcoEntry> registry = registry(instant);
        List<BodyView> views = known.view(instant, bodies, Bodies::new).find(bodyKind, date == null ? LocalDate.MAX : date).stream()
                                                .map(b -> view(b, date, registry)).toList();
        return Page.of(views, request);
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
        BodyEntry body = known.view(instant, bodies, Bodies::new).body(id)
                              .orElseThrow(() -> new NotFoundException("id", "No council or commission with id " + id));
        return view(body, date, registry(instant));
    }

    private Map<String, NcoEntry> registry(Instant knownAt) {
        Map<String, NcoEntry> registry = new HashMap<>();
        known.view(knownAt, ncos, NcoRegistry::new).all().forEach(n -> registry.put(n.id(), n));
        return registry;
    }

    /**
     * The body on {@code asOf} with its members then: a membership ends with its removal, the body's dissolution or
     * the member NCO's liquidation, and an NCO withdrawn as registered by mistake was never a member.
     */
    private static BodyView view(BodyEntry body, LocalDate asOf, Map<String, NcoEntry> registry) {
        LocalDate date = asOf == null ? LocalDate.MAX : asOf;
        boolean dissolved = body.dissolvedBy(date);
        List<BodyView.Member> members = body.establishedBy(date) ? body.membersOn(date).stream().flatMap(m -> {
            NcoEntry nco = m.ncoId() == null ? null : registry.get(m.ncoId());
            NcoState state = nco == null ? null : nco.stateAsOf(date);
            if (nco != null && (nco.isWithdrawn() || state.liquidated())) {
                return Stream.empty();
            }
            return Stream.of(new BodyView.Member(m.memberId(), m.ncoId(), state != null ? state.fullName() : m.person(),
                                                 m.person(), m.role(), m.addedOn()));
        }).sorted(Comparator.comparing(BodyView.Member::name, RussianCollation.order())
                            .thenComparing(BodyView.Member::memberId, Comparator.nullsLast(Comparator.<String>naturalOrder())))
                .toList() : List.of();
        return new BodyView(body.id(), body.kind(), body.name(), body.area(), body.establishedOn(), asOf,
                            body.establishedBy(date), dissolved, dissolved ? body.dissolvedOn() : null,
                            dissolved ? body.dissolutionReason() : null, members);
    }
}
