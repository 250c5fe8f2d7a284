package ru.kogalym.civic.query.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import ru.kogalym.civic.contract.identity.Role;
import ru.kogalym.civic.identity.IdentityConfiguration;
import ru.kogalym.civic.identity.Roles;
import ru.kogalym.civic.query.opendata.OpenDataAccess;

/**
 * Staff, analysts and auditors read the read models; only auditors read the audit trail and start rebuilds;
 * administrators read the metrics and nothing else. The art. 31.2 support register is open to everyone, as the law
 * (7-FZ) requires, and so are the open-data sets {@link OpenDataAccess} names.
 */
@Configuration(proxyBeanMethods = false)
@Import(IdentityConfiguration.class)
class QuerySecurityConfiguration {

    @Bean
    SecurityFilterChain queryServiceSecurity(HttpSecurity http, IdentityConfiguration.CivicHttpSecurity civic)
            throws Exception {
        return civic.filterChain(http, rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/support-register", "/api/support-register.csv",
                                 "/api/support-register.xlsx", "/api/support-register/entries/*").permitAll()
                .requestMatchers(HttpMethod.GET, OpenDataAccess.PUBLIC_PATHS).permitAll()
                .requestMatchers("/api/audit/**").hasRole(Role.AUDITOR.name())
                .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                .anyRequest().hasAnyRole(Roles.names(Role.STAFF, Role.ANALYST, Role.AUDITOR)));
    }
}
