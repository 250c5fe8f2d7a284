package ru.kogalym.civic.command.identity;

import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.command.web.CommandContext;
import ru.kogalym.civic.command.web.CommandFailure;
import ru.kogalym.civic.command.web.CommandSender;
import ru.kogalym.civic.contract.identity.Role;
import ru.kogalym.civic.eventstore.operations.OwnerOnlyFiles;
import ru.kogalym.civic.identity.IdentityProperties;
import ru.kogalym.civic.identity.UserAccount;
import ru.kogalym.civic.identity.UserDirectory;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Users at start-up. With {@code CIVIC_USERS} set, each user named there exists with those roles and that password
 * (the variable wins over earlier changes). Without it, the very first start creates one user per role with a random
 * password and writes the passwords, once, to {@code initial-credentials.txt} in the data directory, readable only by
 * its owner; the log shows the file's path, never a password. Changes are recorded as by the user {@value #ISSUER}.
 */
@Component
class UserBootstrap implements ApplicationRunner {

    static final String ISSUER = "system";
    static final String CREDENTIALS_FILE = "initial-credentials.txt";
    private static final Logger LOG = LoggerFactory.getLogger(UserBootstrap.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    record ConfiguredUser(String username, String password, List<Role> roles) {
        @Override
        public String toString() {
            return username + " " + roles;
        }
    }

    private final IdentityProperties properties;
    private final UserDirectory directory;
    private final Accounts accounts;
    private final CommandSender commands;

    UserBootstrap(IdentityProperties properties, UserDirectory directory, Accounts accounts, CommandSender commands) {
        this.properties = properties;
        this.directory = directory;
        this.accounts = accounts;
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        CommandSender system = commands.as(new CommandContext(ISSUER, "startup-" + UUID.randomUUID()));
        if (!properties.users().isBlank()) {
            for (ConfiguredUser user : parse(properties.users())) {
                ensure(system, user);
            }
        } else if (directory.isEmpty()) {
            createInitialUsers(system);
        }
    }

    /** {@code name:password:ROLE[+ROLE]} separated by {@code ;}; the password may itself contain ':'. */
    static List<ConfiguredUser> parse(String spec) {
        List<ConfiguredUser> users = new ArrayList<>();
        String[] entries = spec.split(";");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            if (entry.isEmpty()) {
                continue;
            }
            int first = entry.indexOf(':');
            int last = entry.lastIndexOf(':');
            if (first <= 0 || last == first) {
                throw new IllegalStateException("CIVIC_USERS entry " + (i + 1)
                        + " is not name:password:ROLE[+ROLE]");
            }
            String name = entry.substring(0, first);
            List<Role> roles = new ArrayList<>();
            for (String role : entry.substring(last + 1).split("\\+")) {
                try {
                    roles.add(Role.valueOf(role.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("CIVIC_USERS entry " + (i + 1) + " (" + name + "): '" + role
                            + "' is not one of " + EnumSet.allOf(Role.class), e);
                }
            }
            users.add(new ConfiguredUser(name, entry.substring(first + 1, last), List.copyOf(EnumSet.copyOf(roles))));
        }
        return users;
    }

    private void ensure(CommandSender system, ConfiguredUser user) {
        try {
            UserAccount existing = directory.find(user.username()).orElse(null);
            if (existing == null) {
                try {
                    accounts.create(system, user.username(), user.password(), user.roles());
                    LOG.info("Created user {} from CIVIC_USERS", user);
                    return;
                } catch (CommandFailure e) {
                    if (!createdMeanwhile(e)) {
                        throw e;
                    }
                }
                // another instance starting from the same CIVIC_USERS won the race: check what it made
                existing = directory.find(user.username()).orElse(null);
                if (existing == null) {
                    LOG.info("User {} is being created by another instance", user);
                    return;
                }
            }
            if (!existing.roles().equals(user.roles())) {
                accounts.changeRoles(system, user.username(), user.roles());
            }
            if (!existing.enabled()) {
                accounts.enable(system, user.username(), "named in CIVIC_USERS");
            }
            if (!accounts.passwordMatches(existing, user.password())) {
                accounts.resetPassword(system, user.username(), user.password());
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException("CIVIC_USERS user " + user.username() + ": " + e.getMessage(), e);
        }
    }

    private void createInitialUsers(CommandSender system) {
        StringBuilder file = new StringBuilder("# The first users of this civic tracker, one per role. Log in, then\n"
                + "# change these passwords (PUT /api/admin/users/{username}/password) and delete this file.\n");
        int created = 0;
        for (Role role : Role.values()) {
            String username = role.name().toLowerCase(Locale.ROOT);
            String password = randomPassword();
            try {
                accounts.create(system, username, password, List.of(role));
            } catch (CommandFailure e) {
                if (!createdMeanwhile(e)) {
                    throw e;
                }
                // another instance starting at the same moment created it: its file has the password
                LOG.info("User {} was created meanwhile by another instance", username);
                continue;
            }
            file.append(username).append(':').append(password).append(':').append(role.name()).append('\n');
            created++;
        }
        if (created > 0) {
            Path written = OwnerOnlyFiles.write(properties.dataDir().resolve(CREDENTIALS_FILE), file.toString());
            LOG.warn("First start: created one user per role; their passwords are in {} (readable only by its owner)",
                     written.toAbsolutePath());
        }
    }

    /** Several instances may start at once: the creation that loses the race finds the account's stream taken. */
    private static boolean createdMeanwhile(CommandFailure e) {
        return e.failure() instanceof AggregateStreamCreationException || e.failure() instanceof ConcurrencyException;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
