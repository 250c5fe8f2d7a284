package ru.kogalym.civic.command.identity;

import ru.kogalym.civic.command.common.Problem;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import ru.kogalym.civic.command.common.Checks;
import ru.kogalym.civic.command.common.InvalidCommandException;
import ru.kogalym.civic.command.common.Limits;
import ru.kogalym.civic.command.common.RuleViolationException;
import ru.kogalym.civic.contract.identity.ChangeUserRolesCommand;
import ru.kogalym.civic.contract.identity.CreateUserAccountCommand;
import ru.kogalym.civic.contract.identity.DisableUserAccountCommand;
import ru.kogalym.civic.contract.identity.EnableUserAccountCommand;
import ru.kogalym.civic.contract.identity.ResetUserPasswordCommand;
import ru.kogalym.civic.contract.identity.Role;
import ru.kogalym.civic.contract.identity.UserAccountCreatedEvent;
import ru.kogalym.civic.contract.identity.UserAccountDisabledEvent;
import ru.kogalym.civic.contract.identity.UserAccountEnabledEvent;
import ru.kogalym.civic.contract.identity.UserPasswordResetEvent;
import ru.kogalym.civic.contract.identity.UserRolesChangedEvent;
import ru.kogalym.civic.identity.UserAccount;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A user's account: its roles and whether it may log in. Every change is an event, so the log tells who gave whom
 * which rights, when; the password is kept beside the log, never in it.
 */
@Aggregate
class Account {

    /** Lower case only, so that two accounts never differ by case alone. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

    @AggregateIdentifier
    private String accountId;
    private String username;
    private Set<Role> roles;
    private boolean enabled;

    protected Account() {
        // for Axon
    }

    @CommandHandler
    public Account(CreateUserAccountCommand command) {
        String name = username(command.username());
        if (!UserAccount.accountId(name).equals(command.accountId())) {
            throw new InvalidCommandException("accountId", Problem.ACCOUNT_ID_MISMATCH, name);
        }
        List<Role> given = roles(command.roles());

        apply(new UserAccountCreatedEvent(command.accountId(), name, given));
    }

    @CommandHandler
    public void handle(ChangeUserRolesCommand command) {
        List<Role> given = roles(command.roles());

        if (roles.equals(EnumSet.copyOf(given))) {
            throw new RuleViolationException("roles", Problem.ROLES_UNCHANGED, username);
        }

        apply(new UserRolesChangedEvent(accountId, username, given));
    }

    @CommandHandler
    public void handle(DisableUserAccountCommand command) {
        String reason = Checks.required("reason", command.reason(), Limits.FREE_TEXT);

        if (!enabled) {
            throw new RuleViolationException("accountId", Problem.ACCOUNT_DISABLED_ALREADY, username);
        }

        apply(new UserAccountDisabledEvent(accountId, username, reason));
    }

    @CommandHandler
    public void handle(EnableUserAccountCommand command) {
        String reason = Checks.required("reason", command.reason(), Limits.FREE_TEXT);

        if (enabled) {
            throw new RuleViolationException("accountId", Problem.ACCOUNT_ENABLED_ALREADY, username);
        }

        apply(new UserAccountEnabledEvent(accountId, username, reason));
    }

    @CommandHandler
    public void handle(ResetUserPasswordCommand command) {
        apply(new UserPasswordResetEvent(accountId, username));
    }

    static String username(String value) {
        String name = Checks.required("username", value, Limits.SHORT_TEXT);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidCommandException("username", Problem.USERNAME_FORMAT);
        }
        return name;
    }

    /** At least one role, each once, in the enum's order (so equal sets make equal events). */
    static List<Role> roles(List<Role> value) {
        if (value == null || value.isEmpty()) {
            throw new InvalidCommandException("roles", Problem.ROLES_REQUIRED, List.of(Role.values()).toString());
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i) == null) {
                throw new InvalidCommandException("roles[" + i + "]", Problem.NOT_A_ROLE);
            }
        }
        return List.copyOf(EnumSet.copyOf(value));
    }

    @EventSourcingHandler
    void on(UserAccountCreatedEvent event) {
        accountId = event.accountId();
        username = event.username();
        roles = EnumSet.copyOf(event.roles());
        enabled = true;
    }

    @EventSourcingHandler
    void on(UserRolesChangedEvent event) {
        roles = EnumSet.copyOf(event.roles());
    }

    @EventSourcingHandler
    void on(UserAccountDisabledEvent event) {
        enabled = false;
    }

    @EventSourcingHandler
    void on(UserAccountEnabledEvent event) {
        enabled = true;
    }
}
