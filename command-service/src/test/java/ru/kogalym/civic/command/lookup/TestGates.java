package ru.kogalym.civic.command.lookup;

import java.time.Clock;
import java.time.Duration;

/** A {@link ReferenceGate} over in-memory lookups, for aggregate fixtures: no command dies there, so nothing to replay. */
public final class TestGates {

    private TestGates() {
    }

    public static ReferenceGate over(NcoLookup ncos, BodyLookup bodies, ActivityReferences references) {
        return new ReferenceGate(ncos, bodies, references, recordId -> { }, Clock.systemUTC(), Duration.ofSeconds(30));
    }
}
