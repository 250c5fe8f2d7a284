package ru.kogalym.civic.command.lookup;

import java.util.Optional;

/**
 * Who holds each OGRN and INN. A command handler claims an identifier before it applies the event that uses it, so
 * two concurrent registrations cannot both take it, and releases the claim if its unit of work rolls back.
 */
public interface IdentifierClaims {

    /**
     * Claims {@code value} for {@code ncoId}. True if it is now held by {@code ncoId}: it was free, already held by
     * the same NCO, or left behind by a writer that never registered its NCO (an NCO the {@link NcoLookup} doesn't
     * know), which the new claimant takes over. False if another NCO holds it.
     */
    boolean claim(IdentifierKind kind, String value, String ncoId);

    /** Gives the claim up, if {@code ncoId} holds it; otherwise does nothing. */
    void release(IdentifierKind kind, String value, String ncoId);

    /** The NCO holding {@code value}, if any. */
    Optional<String> holder(IdentifierKind kind, String value);
}
