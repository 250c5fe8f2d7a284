package ru.kogalym.civic.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code civic.security.*}.
 *
 * @param users   {@code name:password:ROLE[+ROLE];...} ({@code CIVIC_USERS}): the users the command-service makes
 *                sure exist at start-up; empty: none
 * @param dataDir where a first start writes {@code initial-credentials.txt} ({@code CIVIC_DATA_DIR})
 * @param jwt     how a JWT's claims name the user and the roles
 * @param lockout how repeated failed logins are slowed
 */
@ConfigurationProperties("civic.security")
public record IdentityProperties(String users, Path dataDir, Jwt jwt, Lockout lockout) {

    public IdentityProperties {
        users = users == null ? "" : users;
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        jwt = jwt == null ? new Jwt(null, null) : jwt;
        lockout = lockout == null ? new Lockout(0, null, null) : lockout;
    }

    /**
     * @param usernameClaim the claim holding the user's name (falls back to {@code sub})
     * @param rolesClaim    the claim holding the roles, a list or a space-separated string; a dotted path such as
     *                      {@code realm_access.roles} reaches into nested claims
     */
    public record Jwt(String usernameClaim, String rolesClaim) {
        public Jwt {
            usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim;
            rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
        }
    }

    /**
     * @param threshold failed logins in a row before a name is locked
     * @param firstLock how long the first lock lasts; each further failure doubles it
     * @param maxLock   the longest lock
     */
    public record Lockout(int threshold, Duration firstLock, Duration maxLock) {
        public Lockout {
            threshold = threshold <= 0 ? 5 : threshold;
            firstLock = firstLock == null ? Duration.ofSeconds(30) : firstLock;
            maxLock = maxLock == null ? Duration.ofMinutes(15) : maxLock;
        }
    }
}
