package ru.kogalym.civic.command.lookup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A thread-safe {@link IdentifierClaims} in memory, for tests and single-process runs. A claim held by an NCO the
 * {@link NcoLookup} doesn't know is taken over once it is older than {@code staleAfter}.
 */
public class InMemoryIdentifierClaims implements IdentifierClaims {

    private record Claim(String ncoId, Instant claimedAt) {
    }

    private final Map<String, Claim> claims = new HashMap<>();
    private final NcoLookup ncoLookup;
    private final Clock clock;
    private final Duration staleAfter;

    /** Takes over an orphaned claim at once. */
    public InMemoryIdentifierClaims(NcoLookup ncoLookup) {
        this(ncoLookup, Clock.systemUTC(), Duration.ZERO);
    }

    public InMemoryIdentifierClaims(NcoLookup ncoLookup, Clock clock, Duration staleAfter) {
        this.ncoLookup = ncoLookup;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    @Override
    public synchronized boolean claim(IdentifierKind kind, String value, String ncoId) {
        String key = kind.key(value);
        Instant now = clock.instant();
        Claim held = claims.get(key);
        if (held == null || held.ncoId().equals(ncoId)) {
            claims.put(key, new Claim(ncoId, held == null ? now : held.claimedAt()));
            return true;
        }
        boolean orphaned = ncoLookup.find(held.ncoId()).isEmpty()
                && !held.claimedAt().plus(staleAfter).isAfter(now);
        if (orphaned) {
            claims.put(key, new Claim(ncoId, now));
            return true;
        }
        return false;
    }

    @Override
    public synchronized void release(IdentifierKind kind, String value, String ncoId) {
        String key = kind.key(value);
        Claim held = claims.get(key);
        if (held != null && held.ncoId().equals(ncoId)) {
            claims.remove(key);
        }
    }

    @Override
    public synchronized Optional<String> holder(IdentifierKind kind, String value) {
        return Optional.ofNullable(claims.get(kind.key(value))).map(Claim::ncoId);
    }
}
