package ru.kogalym.civic.command.lookup;

import ru.kogalym.civic.command.common.Problem;
import ru.kogalym.civic.command.common.RuleViolationException;
import ru.kogalym.civic.contract.council.BodyKind;

import java.time.LocalDate;

/**
 * What the committed lookups say of an NCO or a body a record names on a day: each throws
 * {@link RuleViolationException} naming the field. {@link ReferenceGate} adds the commands in flight; a check that
 * records nothing (the scenario's look before it leaps) may use these alone.
 */
public final class References {

    private References() {
    }

    /**
     * The NCO exists, was not withdrawn, had entered the registry by {@code on} and was not liquidated on or before
     * it.
     */
    public static void requireActiveNco(NcoLookup lookup, String field, String ncoId, LocalDate on) {
        NcoStatus status = lookup.find(ncoId)
                .orElseThrow(() -> new RuleViolationException(field, Problem.UNKNOWN_NCO, ncoId));
        if (status.withdrawn()) {
            throw new RuleViolationException(field, Problem.NCO_WITHDRAWN_AS_MISTAKE, ncoId);
        }
        if (status.registeredOn().isAfter(on)) {
            throw new RuleViolationException(field, Problem.NCO_REGISTERED_AFTER, ncoId, status.registeredOn(), on);
        }
        if (status.liquidatedOn() != null && !status.liquidatedOn().isAfter(on)) {
            throw new RuleViolationException(field, Problem.NCO_LIQUIDATED, ncoId, status.liquidatedOn());
        }
    }

    /**
     * The body exists, had been established by {@code on}, was not dissolved on or before it, and, when
     * {@code expectedKind} is not null, is of that kind.
     */
    public static void requireActiveBody(BodyLookup lookup, String field, String bodyId, BodyKind expectedKind,
                                         LocalDate on) {
        BodyStatus status = lookup.find(bodyId)
                .orElseThrow(() -> new RuleViolationException(field, Problem.UNKNOWN_BODY, bodyId));
        if (expectedKind != null && status.kind() != expectedKind) {
            throw new RuleViolationException(field, Problem.BODY_WRONG_KIND, bodyId, kindName(status.kind()),
                    kindName(expectedKind));
        }
        if (status.establishedOn().isAfter(on)) {
            throw new RuleViolationException(field, Problem.BODY_ESTABLISHED_ON, bodyId, kindName(status.kind()),
                    status.establishedOn(), on);
        }
        if (status.dissolvedOn() != null && !status.dissolvedOn().isAfter(on)) {
            throw new RuleViolationException(field, Problem.BODY_DISSOLVED_ON, bodyId, kindName(status.kind()),
                    status.dissolvedOn());
        }
    }

    private static String kindName(BodyKind kind) {
        return kind.name().toLowerCase();
    }
}
