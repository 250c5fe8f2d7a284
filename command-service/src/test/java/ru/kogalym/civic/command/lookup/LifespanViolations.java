package ru.kogalym.civic.command.lookup;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The records in a log that name an NCO or a body outside its lifespan (after its liquidation or dissolution, before
 * its registration date, or at all once it was withdrawn), folded from the events alone, not from the lookups the
 * gate keeps.
 */
public final class LifespanViolations {

    private LifespanViolations() {
    }

    public static List<String> of(List<? extends EventMessage<?>> log, Collection<String> ids) throws Exception {
        InMemoryNcoLookup ncos = new InMemoryNcoLookup();
        InMemoryBodyLookup bodies = new InMemoryBodyLookup();
        InMemoryActivityReferences references = new InMemoryActivityReferences();
        AnnotationEventHandlerAdapter fold = new AnnotationEventHandlerAdapter(
                new CommandLookupUpdater(ncos, bodies, references, new InMemoryIdentifierClaims(ncos)));
        for (EventMessage<?> event : log) {
            fold.handle(event);
        }
        List<String> violations = new ArrayList<>();
        for (String id : ids) {
            List<LocalDate> named = references.referencesTo(id).stream().map(ActivityReferences.Reference::on).toList();
            ncos.find(id).ifPresentOrElse(nco -> named.forEach(on -> {
                if (nco.withdrawn() || on.isBefore(nco.registeredOn())
                        || nco.liquidatedOn() != null && !on.isBefore(nco.liquidatedOn())) {
                    violations.add(id + " (" + nco + ") is named on " + on);
                }
            }), () -> bodies.find(id).ifPresent(body -> named.forEach(on -> {
                if (body.dissolvedOn() != null && !on.isBefore(body.dissolvedOn())) {
                    violations.add(id + " (" + body + ") is named on " + on);
                }
            })));
        }
        return violations;
    }
}
