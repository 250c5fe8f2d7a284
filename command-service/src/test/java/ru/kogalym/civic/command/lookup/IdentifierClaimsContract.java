package ru.kogalym.civic.command.lookup;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link IdentifierClaims} does; each implementation's test extends this. */
abstract class IdentifierClaimsContract {

    private static final String OGRN = "1028600000001";
    private static final String INN = "8608000001";
    private static final String NCO_ID = "nco-edinstvo";
    private static final String OTHER_NCO_ID = "nco-vainakh";
    private static final String CRASHED_NCO_ID = "nco-never-registered";
    private static final LocalDate REGISTERED_ON = LocalDate.of(2015, 6, 1);
    private static final Duration STALE_AFTER = Duration.ofMinutes(1);

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2021-03-15T06:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private InMemoryNcoLookup ncoLookup;
    private IdentifierClaims claims;

    protected abstract IdentifierClaims create(NcoLookup ncoLookup, Clock clock, Duration staleAfter);

    @BeforeEach
    void setUpClaims() {
        ncoLookup = new InMemoryNcoLookup();
        claims = create(ncoLookup, clock, STALE_AFTER);
    }

    @Test
    void claimsAFreeIdentifier() {
        assertThat(claims.claim(IdentifierKind.OGRN, OGRN, NCO_ID)).isTrue();
        assertThat(claims.holder(IdentifierKind.OGRN, OGRN)).contains(NCO_ID);
    }

    @Test
    void claimsTheSameIdentifierAgainForTheSameNco() {
        claims.claim(IdentifierKind.OGRN, OGRN, NCO_ID);

        assertThat(claims.claim(IdentifierKind.OGRN, OGRN, NCO_ID)).isTrue();
    }

    @Test
    void refusesAnIdentifierAnotherRegisteredNcoHolds() {
        ncoLookup.recordRegistered(OTHER_NCO_ID, REGISTERED_ON);
        claims.claim(IdentifierKind.OGRN, OGRN, OTHER_NCO_ID);
        clock.advance(STALE_AFTER.multipliedBy(10));

        assertThat(claims.claim(IdentifierKind.OGRN, OGRN, NCO_ID)).isFalse();
        assertThat(claims.holder(IdentifierKind.OGRN, OGRN)).contains(OTHER_NCO_ID);
    }

    @Test
    void keepsOgrnAndInnApart() {
        claims.claim(IdentifierKind.OGRN, OGRN, OTHER_NCO_ID);

        assertThat(claims.claim(IdentifierKind.INN, OGRN, NCO_ID)).isTrue();
    }

    @Test
    void refusesAFreshClaimOfAnNcoNotRegisteredYet() {
        claims.claim(IdentifierKind.INN, INN, CRASHED_NCO_ID);
        clock.advance(STALE_AFTER.minusSeconds(1));

        assertThat(claims.claim(IdentifierKind.INN, INN, NCO_ID)).isFalse();
    }

    @Test
    void takesOverAStaleClaimOfAnNcoThatWasNeverRegistered() {
        claims.claim(IdentifierKind.INN, INN, CRASHED_NCO_ID);
        clock.advance(STALE_AFTER);

        assertThat(claims.claim(IdentifierKind.INN, INN, NCO_ID)).isTrue();
        assertThat(claims.holder(IdentifierKind.INN, INN)).contains(NCO_ID);
    }

    @Test
    void releasesItsOwnClaim() {
        claims.claim(IdentifierKind.OGRN, OGRN, NCO_ID);

        claims.release(IdentifierKind.OGRN, OGRN, NCO_ID);

        assertThat(claims.holder(IdentifierKind.OGRN, OGRN)).isEmpty();
        assertThat(claims.claim(IdentifierKind.OGRN, OGRN, OTHER_NCO_ID)).isTrue();
    }

    @Test
    void doesNotReleaseAnotherNcosClaim() {
        claims.claim(IdentifierKind.OGRN, OGRN, OTHER_NCO_ID);

        claims.release(IdentifierKind.OGRN, OGRN, NCO_ID);

        assertThat(claims.holder(IdentifierKind.OGRN, OGRN)).contains(OTHER_NCO_ID);
    }
}
