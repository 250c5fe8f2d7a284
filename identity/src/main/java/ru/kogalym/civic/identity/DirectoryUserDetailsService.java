package ru.kogalym.civic.identity;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * HTTP Basic's view of the {@link UserDirectory}, read on every request so that a disabled account or a changed role
 * takes effect at once on every instance. An account without a password yet cannot log in.
 */
final class DirectoryUserDetailsService implements UserDetailsService {

    private final UserDirectory directory;
    private final LoginThrottle throttle;

    DirectoryUserDetailsService(UserDirectory directory, LoginThrottle throttle) {
        this.directory = directory;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = directory.find(username)
                .filter(found -> found.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(account.username())
                   .password(account.passwordHash())
                   .authorities(account.roles().stream()
                                       .map(role -> new SimpleGrantedAuthority(Roles.AUTHORITY_PREFIX + role.name()))
                                       .toList())
                   .disabled(!account.enabled())
                   .accountLocked(throttle.isLocked(username))
                   .build();
    }
}
