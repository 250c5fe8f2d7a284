package ru.kogalym.civic.command.lookup;

import ru.kogalym.civic.command.common.Detail;
import ru.kogalym.civic.command.common.Problem;
import ru.kogalym.civic.command.common.RuleViolationException;
import ru.kogalym.civic.command.lookup.ActivityReferences.Reference;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rules that hold an NCO or a body to the standing records naming it (see {@link ActivityReferences}) when its
 * lifespan narrows: liquidation, dissolution, withdrawal, a later registration date. Each is given the standing
 * records as {@link ReferenceGate#narrowLifespan} read them, atomically with its reservation.
 */
public final class StandingRecords {

    private StandingRecords() {
    }

    /**
     * Nothing names the NCO: no standing activity, and no membership of a council or commission that still holds,
     * i.e. has not ended by its removal, the body's dissolution or the NCO's liquidation ({@code liquidatedOn}, null
     * if not liquidated). Otherwise a {@link RuleViolationException} on {@code field} names a record that does.
     */
    public static void requireNoneNames(List<Reference> references, BodyLookup bodies, ReferenceGate gate,
                                        String field, String ncoId, LocalDate liquidatedOn) {
        references.stream()
                  .filter(reference -> !reference.isMembership() || holds(reference, bodies, liquidatedOn))
                  .min(Comparator.comparing(Reference::on).thenComparing(Reference::recordId,
                                                                           Comparator.nullsFirst(Comparator.naturalOrder())))
                  .ifPresent(reference -> {
                      throw new RuleViolationException(field, reference.isMembership()
                              ? Detail.of(Problem.NCO_IS_MEMBER, ncoId, reference.bodyId(), reference.on())
                              : named(reference, gate, ncoId));
                  });
    }

    /**
     * No standing record naming the NCO (an activity, or a membership, ended or not) is dated before
     * {@code registeredOn}; otherwise a {@link RuleViolationException} on {@code field}.
     */
    public static void requireNoneBefore(List<Reference> references, String field, String ncoId,
                                         LocalDate registeredOn) {
        references.stream().map(Reference::on).min(Comparator.naturalOrder())
                  .filter(on -> on.isBefore(registeredOn)).ifPresent(on -> {
            throw new RuleViolationException(field, Problem.RECORD_BEFORE_REGISTRATION, on, ncoId, registeredOn);
        });
    }

    /**
     * No standing record naming the NCO or body is dated on or after {@code closedOn}; otherwise a
     * {@link RuleViolationException} on {@code field} with {@code refusal} for the latest such date.
     */
    public static void requireNoneFrom(List<Reference> references, String field, LocalDate closedOn,
                                       Function<LocalDate, Detail> refusal) {
        references.stream().map(Reference::on).filter(on -> !on.isBefore(closedOn)).max(Comparator.naturalOrder())
                  .ifPresent(on -> {
                      throw new RuleViolationException(field, refusal.apply(on));
                  });
    }

    private static Detail named(Reference activity, ReferenceGate gate, String ncoId) {
        return Optional.ofNullable(activity.recordId()).or(() -> gate.recordNaming(ncoId, activity.on()))
                       .map(id -> Detail.of(Problem.RECORD_NAMES_NCO, id, activity.on(), ncoId))
                       .orElseGet(() -> Detail.of(Problem.SOME_RECORD_NAMES_NCO, activity.on(), ncoId));
    }

    private static boolean holds(Reference membership, BodyLookup bodies, LocalDate liquidatedOn) {
        return membership.until() == null && liquidatedOn == null
                && bodies.find(membership.bodyId()).map(body -> body.dissolvedOn() == null).orElse(true);
    }
}
