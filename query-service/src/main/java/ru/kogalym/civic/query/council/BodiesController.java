package ru.kogalym.civic.query.council;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.contract.council.BodyKind;
import ru.kogalym.civic.query.nco.NcoEntry;
import ru.kogalym.civic.query.nco.NcoRegistry;
import ru.kogalym.civic.query.web.NotFoundException;
import ru.kogalym.civic.query.web.Page;
import ru.kogalym.civic.query.web.PageRequest;
import ru.kogalym.civic.query.web.Params;
import ru.kogalym.civic.query.web.RussianCollation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Councils and commissions, each with its members as of a date (everything recorded when no date is given). */
@RestController
class BodiesController {

    private final Bodies bodies;
    private final NcoRegistry ncos;

    BodiesController(Bodies bodies, NcoRegistry ncos) {
        this.bodies = bodies;
        this.ncos = ncos;
    }

    @GetMapping("/api/bodies")
    Page<Map<String, Object>> list(@RequestParam(required = false) String kind,
                                   @RequestParam(required = false) String asOf,
                                   @RequestParam(required = false) String page,
                                   @RequestParam(required = false) String size) {
        BodyKind bodyKind = Params.enumValue("kind", kind, BodyKind.class);
        LocalDate date = Params.date("asOf", asOf);
        PageRequest request = PageRequest.parse(page, size);
        Map<String, NcoEntry> registry = registry();
        List<Map<String, Object>> views = bodies.find(bodyKind, date == null ? LocalDate.MAX : date).stream()
                                                .map(b -> view(b, date, registry)).toList();
        return Page.of(views, request);
    }

    @GetMapping("/api/bodies/{id}")
    Map<String, Object> one(@PathVariable String id, @RequestParam(required = false) String asOf) {
        LocalDate date = Params.date("asOf", asOf);
        BodyEntry body = bodies.body(id)
                               .orElseThrow(() -> new NotFoundException("id", "No council or commission with id " + id));
        return view(body, date, registry());
    }

    private Map<String, NcoEntry> registry() {
        Map<String, NcoEntry> registry = new HashMap<>();
        ncos.all().forEach(n -> registry.put(n.id(), n));
        return registry;
    }

    private static Map<String, Object> view(BodyEntry body, LocalDate asOf, Map<String, NcoEntry> registry) {
        LocalDate date = asOf == null ? LocalDate.MAX : asOf;
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", body.id());
        view.put("kind", body.kind());
        view.put("name", body.name());
        view.put("area", body.area());
        view.put("establishedOn", body.establishedOn());
        view.put("asOf", asOf);
        view.put("established", body.establishedBy(date));
        boolean dissolved = body.dissolvedBy(date);
        view.put("dissolved", dissolved);
        view.put("dissolvedOn", dissolved ? body.dissolvedOn() : null);
        view.put("dissolutionReason", dissolved ? body.dissolutionReason() : null);
        List<Map<String, Object>> members = body.establishedBy(date) ? body.membersOn(date).stream().map(m -> {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("memberId", m.memberId());
            member.put("ncoId", m.ncoId());
            NcoEntry nco = m.ncoId() == null ? null : registry.get(m.ncoId());
            member.put("name", nco != null ? nco.stateAsOf(date).fullName() : m.person());
            member.put("person", m.person());
            member.put("role", m.role());
            member.put("addedOn", m.addedOn());
            return member;
        }).sorted(Comparator.comparing((Map<String, Object> m) -> (String) m.get("name"), RussianCollation.order())
                            .thenComparing(m -> (String) m.get("memberId"), Comparator.nullsLast(Comparator.<String>naturalOrder())))
                .toList() : List.of();
        view.put("members", members);
        return view;
    }
}
