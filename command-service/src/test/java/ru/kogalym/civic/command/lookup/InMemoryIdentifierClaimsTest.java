package ru.kogalym.civic.command.lookup;

import java.time.Clock;
import java.time.Duration;

class InMemoryIdentifierClaimsTest extends IdentifierClaimsContract {

    @Override
    protected IdentifierClaims create(NcoLookup ncoLookup, Clock clock, Duration staleAfter) {
        return new InMemoryIdentifierClaims(ncoLookup, clock, staleAfter);
    }
}
