package ru.kogalym.civic.query.council;

import org.springframework.stereotype.Component;
import ru.kogalym.civic.contract.council.BodyKind;
import ru.kogalym.civic.query.nco.NcoEntry;
import ru.kogalym.civic.query.nco.NcoRegistry;
import ru.kogalym.civic.query.nco.NcoState;
import ru.kogalym.civic.query.projection.KnownAt;
import ru.kogalym.civic.query.web.RussianCollation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Councils and commissions with their members as of a date. Whether an NCO is still a member also depends on the NCO
 * (liquidated, withdrawn): that is read from the NCO registry's read model, which the view already reads for the
 * members' names, so the bodies' projection keeps only the bodies' events.
 */
@Component
class BodyViews {

    private final Bodies bodies;
    private final NcoRegistry ncos;
    private final KnownAt known;

    BodyViews(Bodies bodies, NcoRegistry ncos, KnownAt known) {
        this.bodies = bodies;
        this.ncos = ncos;
        this.known = known;
    }

    /**
     * The bodies of that kind (null: both) established by {@code asOf} (null: everything recorded), by name, as the
     * records were known at {@code knownAt} (null: now).
     */
    List<BodyView> find(BodyKind kind, LocalDate asOf, Instant knownAt) {
        Map<String, NcoEntry> registry = registry(knownAt);
        return known.view(knownAt, bodies, Bodies::new).find(kind, asOf == null ? LocalDate.MAX : asOf).stream()
                    .map(b -> view(b, asOf, registry)).toList();
    }

    Optional<BodyView> one(String id, LocalDate asOf, Instant knownAt) {
        return known.view(knownAt, bodies, Bodies::new).body(id).map(b -> view(b, asOf, registry(knownAt)));
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
