package ru.kogalym.civic.identity;

import com.mongodb.client.MongoDatabase;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import ru.kogalym.civic.contract.identity.Role;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One user per role for the tests, with passwords made up afresh in every run (none is in the repository). */
public final class TestUsers {

    /** A user's name and password, and the HTTP Basic header that presents them. */
    public record Credentials(String username, String password, List<Role> roles) {

        public String basic() {
            return "Basic " + Base64.getEncoder()
                                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    public static final Credentials STAFF = user("test-staff", Role.STAFF);
    public static final Credentials ANALYST = user("test-analyst", Role.ANALYST);
    public static final Credentials AUDITOR = user("test-auditor", Role.AUDITOR);
    public static final Credentials ADMIN = user("test-admin", Role.ADMIN);
    /** Records facts and reads everything, for end-to-end tests that do both through one client. */
    public static final Credentials CLERK = user("test-clerk", Role.STAFF, Role.AUDITOR);

    private TestUsers() {
    }

    public static List<Credentials> all() {
        return List.of(STAFF, ANALYST, AUDITOR, ADMIN, CLERK);
    }

    /** The users as {@code CIVIC_USERS} names them, for the command-service's start-up. */
    public static String spec() {
        return all().stream().map(user -> user.username() + ":" + user.password() + ":"
                + user.roles().stream().map(Role::name).collect(Collectors.joining("+")))
                    .collect(Collectors.joining(";"));
    }

    /** Puts the users straight into the directory, for a query-service under test with no command-service. */
    public static void seed(MongoDatabase database) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        UserDirectory directory = new UserDirectory(database);
        for (Credentials user : all()) {
            directory.recordCreated(user.username(), user.roles(), 0);
            directory.setPasswordHash(user.username(), encoder.encode(user.password()));
        }
    }

    /** A user whose password is new in each run; any other user of the tests may be made this way too. */
    public static Credentials user(String username, Role... roles) {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return new Credentials(username, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
                               Stream.of(roles).toList());
    }
}
