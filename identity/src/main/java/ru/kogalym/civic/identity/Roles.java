package ru.kogalym.civic.identity;

import ru.kogalym.civic.contract.identity.Role;

import java.util.Arrays;

/** Roles as Spring Security's authorities ({@code ROLE_STAFF}, ...). */
public final class Roles {

    static final String AUTHORITY_PREFIX = "ROLE_";

    private Roles() {
    }

    /** The role names for {@code hasAnyRole(...)}. */
    public static String[] names(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
