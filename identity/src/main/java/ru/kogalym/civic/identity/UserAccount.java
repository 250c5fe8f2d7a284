package ru.kogalym.civic.identity;

import ru.kogalym.civic.contract.identity.Role;

import java.util.List;

/**
 * A user as the services see it when authenticating: roles and enabled follow the account's events, the password
 * hash is kept beside the log (it never enters it). {@code passwordHash} is null until a password is set.
 */
public record UserAccount(String username, String passwordHash, List<Role> roles, boolean enabled) {

    /** The account's record id in the event store; its own namespace, since record ids never contain ':'. */
    public static String accountId(String username) {
        return "user:" + username;
    }
}
