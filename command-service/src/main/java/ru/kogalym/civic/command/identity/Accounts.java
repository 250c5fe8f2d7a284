package ru.kogalym.civic.command.identity;

import ru.kogalym.civic.command.common.Problem;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.command.common.InvalidCommandException;
import ru.kogalym.civic.command.web.CommandSender;
import ru.kogalym.civic.contract.identity.ChangeUserRolesCommand;
import ru.kogalym.civic.contract.identity.CreateUserAccountCommand;
import ru.kogalym.civic.contract.identity.DisableUserAccountCommand;
import ru.kogalym.civic.contract.identity.EnableUserAccountCommand;
import ru.kogalym.civic.contract.identity.ResetUserPasswordCommand;
import ru.kogalym.civic.contract.identity.Role;
import ru.kogalym.civic.identity.UserAccount;
import ru.kogalym.civic.identity.UserDirectory;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Account changes as the administrators' API and the start-up both make them: the event first, then the password
 * hash beside the log. A process killed in between leaves an account without its new password, never a password
 * without its record; setting the password again mends it.
 */
@Component
class Accounts {

    static final String USERNAME = "username";
    static final int MIN_PASSWORD = 12;
    /** bcrypt reads no more than 72 bytes, and Spring Security refuses longer passwords rather than cut them. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final UserDirectory directory;
    private final PasswordEncoder passwords;

    Accounts(UserDirectory directory, PasswordEncoder passwords) {
        this.directory = directory;
        this.passwords = passwords;
    }

    void create(CommandSender sender, String username, String password, List<Role> roles) {
        String name = Account.username(username);
        String checked = password(password);
        sender.send(new CreateUserAccountCommand(UserAccount.accountId(name), name, roles), USERNAME);
        directory.setPasswordHash(name, passwords.encode(checked));
    }

    void resetPassword(CommandSender sender, String username, String password) {
        String checked = password(password);
        sender.send(new ResetUserPasswordCommand(UserAccount.accountId(username)), USERNAME);
        directory.setPasswordHash(username, passwords.encode(checked));
    }

    void changeRoles(CommandSender sender, String username, List<Role> roles) {
        sender.send(new ChangeUserRolesCommand(UserAccount.accountId(username), roles), USERNAME);
    }

    void disable(CommandSender sender, String username, String reason) {
        sender.send(new DisableUserAccountCommand(UserAccount.accountId(username), reason), USERNAME);
    }

    void enable(CommandSender sender, String username, String reason) {
        sender.send(new EnableUserAccountCommand(UserAccount.accountId(username), reason), USERNAME);
    }

    boolean passwordMatches(UserAccount account, String password) {
        return account.passwordHash() != null && passwords.matches(password, account.passwordHash());
    }

    /** Long enough to resist guessing, short enough for bcrypt, no control characters. */
    static String password(String value) {
        if (value == null || value.isEmpty()) {
            throw new InvalidCommandException("password", Problem.REQUIRED);
        }
        if (value.codePointCount(0, value.length()) < MIN_PASSWORD) {
            throw new InvalidCommandException("password", Problem.PASSWORD_TOO_SHORT, MIN_PASSWORD);
        }
        if (value.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidCommandException("password", Problem.PASSWORD_TOO_LONG, MAX_PASSWORD_BYTES);
        }
        if (value.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.isSurrogate((char) c))) {
            throw new InvalidCommandException("password", Problem.PASSWORD_BAD_CHARACTER);
        }
        return value;
    }
}
