package ru.kogalym.civic.command.staff;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import ru.kogalym.civic.contract.identity.Role;

/** Who may use the staff pages: the same users and roles as the API, logged in through a form. */
@Configuration(proxyBeanMethods = false)
class StaffSecurityConfiguration {

    /**
     * The staff pages: a login form and a session, so also CSRF protection. Its own chain, matching the pages' paths
     * only, so the API keeps its stateless HTTP Basic: a page's session cookie authenticates nothing under /api.
     */
    @Bean
    @Order(1)
    SecurityFilterChain staffPagesSecurity(HttpSecurity http) throws Exception {
        // after logging in, back to the page asked for, at its own address (no "?continue")
        HttpSessionRequestCache pageAskedFor = new HttpSessionRequestCache();
        pageAskedFor.setMatchingRequestParameterName(null);
        RequestMatcher submissions = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, StaffPages.PAGES);
        return http.securityMatcher(StaffPages.HOME, StaffPages.LOGIN, StaffPages.LOGOUT, StaffPages.PAGES)
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(StaffPages.LOGIN, StaffPages.ASSETS).permitAll()
                        .requestMatchers(StaffPages.HOME).authenticated()
                        .anyRequest().hasRole(Role.STAFF.name()))
                .requestCache(cache -> cache.requestCache(pageAskedFor))
                .formLogin(form -> form.loginPage(StaffPages.LOGIN).defaultSuccessUrl(StaffPages.HOME, false))
                .logout(logout -> logout.logoutUrl(StaffPages.LOGOUT).logoutSuccessUrl(StaffPages.LOGIN + "?logout"))
                // a form's script learns that its session ended (and with it the CSRF token, which is checked
                // first) instead of getting the login page as an answer
                .exceptionHandling(handling -> handling
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), submissions)
                        .defaultAccessDeniedHandlerFor((request, response, denied) -> response.sendError(
                                request.isRequestedSessionIdValid() ? HttpStatus.FORBIDDEN.value()
                                        : HttpStatus.UNAUTHORIZED.value()), submissions))
                .build();
    }
}
