package ru.kogalym.civic.query.identity;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import ru.kogalym.civic.contract.identity.Role;
import ru.kogalym.civic.identity.IdentityConfiguration;
import ru.kogalym.civic.identity.Roles;
import ru.kogalym.civic.query.opendata.OpenDataAccess;

import java.util.Arrays;

/**
 * Staff, analysts and auditors read the read models; only auditors read the audit trail and start rebuilds;
 * administrators read the metrics and nothing else. The art. 31.2 support register is open to everyone, as the law
 * (7-FZ) requires, and so are the open-data sets {@link OpenDataAccess} names.
 * <p>
 * Two filter chains. The API's is stateless (HTTP Basic or a JWT on every request, 401/403 as problem+json). The
 * dashboard's pages log in with a form against the same users, keep the login in a session and so defend their
 * forms against CSRF. The API's downloads the dashboard links to (CSV, reports) are read with that session, but only
 * from a browser already signed in with a role that may read them: every other request to {@code /api/**} goes the
 * API's way, as before.
 */
@Configuration(proxyBeanMethods = false)
@Import(IdentityConfiguration.class)
class QuerySecurityConfiguration {

    private static final Role[] READERS = {Role.STAFF, Role.ANALYST, Role.AUDITOR};
    private static final AuthorityAuthorizationManager<HttpServletRequest> READER =
            AuthorityAuthorizationManager.hasAnyRole(Roles.names(READERS));
    private static final String[] PAGES = {
            "/", "/login", "/logout", "/locale", "/forbidden", "/ncos", "/ncos/**", "/journal", "/bodies",
            "/bodies/**", "/summaries", "/summaries/**", "/open-data", "/dashboard/**", "/webjars/**"};
    private static final String[] PUBLIC_PAGES = {"/login", "/locale", "/dashboard/**", "/webjars/**"};
    private static final String[] DOWNLOADS = {"/api/ncos.csv", "/api/ncos.xlsx", "/api/activities.csv",
            "/api/activities.xlsx", "/api/summaries/*/report", "/api/open-data/*/", "/api/open-data/*/*"};

    @Bean
    @Order(1)
    SecurityFilterChain dashboardSecurity(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        RequestMatcher pages = new OrRequestMatcher(Arrays.stream(PAGES).map(path::matcher)
                                                                    .toArray(RequestMatcher[]::new));
        RequestMatcher downloads = new OrRequestMatcher(Arrays.stream(DOWNLOADS)
                .map(p -> path.matcher(HttpMethod.GET, p)).toArray(RequestMatcher[]::new));
        HttpSessionRequestCache afterLogin = new HttpSessionRequestCache();
        afterLogin.setMatchingRequestParameterName(null); // the page asked for, without a "?continue" in its address
        return http
                .securityMatcher(new OrRequestMatcher(pages, request -> downloads.matches(request) && signedInReader(request)))
                .requestCache(cache -> cache.requestCache(afterLogin))
                // the summary page previews the report in a frame of its own origin
                .headers(headers -> headers.frameOptions(frames -> frames.sameOrigin()))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(handling -> handling.accessDeniedPage("/forbidden"))
                .authorizeHttpRequests(authorize -> {
                    authorize.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                             .requestMatchers(PUBLIC_PAGES).permitAll();
                    readRules().customize(authorize);
                })
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain queryServiceSecurity(HttpSecurity http, IdentityConfiguration.CivicHttpSecurity civic)
            throws Exception {
        return civic.filterChain(http, readRules());
    }

    /** Who reads what, the same for the API's callers and the dashboard's users. */
    private static Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> readRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/support-register", "/api/support-register.csv",
                                 "/api/support-register.xlsx", "/api/support-register/entries/*").permitAll()
                .requestMatchers(HttpMethod.GET, OpenDataAccess.PUBLIC_PATHS).permitAll()
                .requestMatchers("/api/audit/**").hasRole(Role.AUDITOR.name())
                .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                .anyRequest().hasAnyRole(Roles.names(READERS));
    }

    /** Whether the request's session holds a login with a role that reads the read models. */
    private static boolean signedInReader(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null
            || !(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                         instanceof SecurityContext context)) {
            return false;
        }
        Authentication login = context.getAuthentication();
        return login != null && READER.authorize(() -> login, request).isGranted();
    }
}
