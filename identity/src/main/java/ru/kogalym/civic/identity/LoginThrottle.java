package ru.kogalym.civic.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code threshold} failed logins in a row for one name, that name is locked for a
 * while, twice as long after each further failure up to {@code maxLock}; a successful login clears it. Every failure
 * is logged in one line. Kept per instance: with several instances a guesser gets a few more tries, not unlimited.
 */
public final class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_TRACKED_NAMES = 100_000;

    private record Failures(int inARow, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final int threshold;
    private final Duration firstLock;
    private final Duration maxLock;
    private final Clock clock;

    public LoginThrottle(int threshold, Duration firstLock, Duration maxLock, Clock clock) {
        this.threshold = threshold;
        this.firstLock = firstLock;
        this.maxLock = maxLock;
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        Failures known = failures.get(username);
        return known != null && known.lockedUntil() != null && clock.instant().isBefore(known.lockedUntil());
    }

    /** Seconds until the name may try again; 0 when it is not locked. */
    public long retryAfterSeconds(String username) {
        Failures known = failures.get(username);
        if (known == null || known.lockedUntil() == null) {
            return 0;
        }
        return Math.max(0, Duration.between(clock.instant(), known.lockedUntil()).toSeconds() + 1);
    }

    public void failed(String username) {
        if (failures.size() >= MAX_TRACKED_NAMES) {
            failures.entrySet().removeIf(entry -> !isLocked(entry.getKey()));
        }
        Failures now = failures.compute(username, (name, known) -> {
            int inARow = known == null ? 1 : known.inARow() + 1;
            Instant lockedUntil = inARow < threshold ? null : clock.instant().plus(lockFor(inARow - threshold));
            return new Failures(inARow, lockedUntil);
        });
        if (now.lockedUntil() == null) {
            LOG.warn("Failed login for '{}' ({} in a row)", printable(username), now.inARow());
        } else {
            LOG.warn("Failed login for '{}' ({} in a row): locked until {}", printable(username), now.inARow(),
                     now.lockedUntil());
        }
    }

    public void succeeded(String username) {
        failures.remove(username);
    }

    private Duration lockFor(int beyondThreshold) {
        Duration lock = firstLock;
        for (int i = 0; i < beyondThreshold && lock.compareTo(maxLock) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        failed(String.valueOf(event.getAuthentication().getName()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    /** A name as typed by anyone: no line breaks or other control characters in the log. */
    private static String printable(String username) {
        String shortened = username.length() > 100 ? username.substring(0, 100) + "…" : username;
        return shortened.replaceAll("\\p{Cntrl}", "?");
    }
}
