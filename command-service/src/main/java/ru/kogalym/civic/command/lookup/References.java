package ru.kogalym.civic.command.lookup;

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
                .orElseThrow(() -> new RuleViolationException(field, "unknown NCO " + ncoId));
        if (status.withdrawn()) {
            throw new RuleViolationException(field, "NCO " + ncoId + " was withdrawn as registered by mistake");
        }
        if (status.registeredOn().isAfter(on)) {
            throw new RuleViolationException(field, "NCO " + ncoId + " entered the registry on "
                    + status.registeredOn() + ", after " + on);
        }
        if (status.liquidatedOn() != null && !status.liquidatedOn().isAfter(on)) {
            throw new RuleViolationException(field, "NCO " + ncoId + " was liquidated on " + status.liquidatedOn());
        }
    }

    /**
     * The body exists, had been established by {@code on}, was not dissolved on or before it, and, when
     * {@code expectedKind} is not null, is of that kind.
     */
    public static void requireActiveBody(BodyLookup lookup, String field, String bodyId, BodyKind expectedKind,
                                         LocalDate on) {
        BodyStatus status = lookup.find(bodyId)
                .orElseThrow(() -> new RuleViolationException(field, "unknown council or commission " + bodyId));
        if (expectedKind != null && status.kind() != expectedKind) {
            throw new RuleViolationException(field, bodyId + " is a " + status.kind().name().toLowerCase()
                    + ", not a " + expectedKind.name().toLowerCase());
        }
        if (status.establishedOn().isAfter(on)) {
            throw new RuleViolationException(field, bodyId + " was established on " + status.establishedOn()
                    + ", after " + on);
        }
        if (status.dissolvedOn() != null && !status.dissolvedOn().isAfter(on)) {
            throw new RuleViolationException(field, bodyId + " was dissolved on " + status.dissolvedOn());
        }
    }
}
