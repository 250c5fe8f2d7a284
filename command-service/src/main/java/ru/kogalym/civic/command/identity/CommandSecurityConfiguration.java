package ru.kogalym.civic.command.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import ru.kogalym.civic.contract.identity.Role;
import ru.kogalym.civic.identity.IdentityConfiguration;

/**
 * Staff record facts; administrators manage users and read the metrics, and do nothing else. The staff pages log in
 * through a form, in a chain of their own ({@code staff.StaffSecurityConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@Import(IdentityConfiguration.class)
class CommandSecurityConfiguration {

    @Bean
    SecurityFilterChain commandServiceSecurity(HttpSecurity http, IdentityConfiguration.CivicHttpSecurity civic)
            throws Exception {
        return civic.filterChain(http, rules -> rules
                .requestMatchers(AccountController.PATH, AccountController.PATH + "/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                .anyRequest().hasRole(Role.STAFF.name()));
    }
}
