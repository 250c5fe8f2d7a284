package ru.kogalym.civic.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import java.time.Clock;

/**
 * Who the caller is, the same way on both services: HTTP Basic against the {@link UserDirectory}, and bearer JWTs
 * from an identity provider when one is configured ({@code CIVIC_JWT_ISSUER_URI}, or Spring's
 * {@code spring.security.oauth2.resourceserver.jwt.*}). No sessions, no cookies, so no CSRF to defend. Each service
 * says in its own {@link #filterChain} which roles may do what.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
public class IdentityConfiguration {

    /** Open to anyone: health for orchestrators, the API description, Swagger UI, and error rendering. */
    private static final String[] PUBLIC_PATHS = {
            "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
            "/swagger-ui.html", "/swagger-ui/**", "/error"};

    /**
     * Spring Security's firewall, but letting an encoded '/' or line break through to the controllers (Tomcat passes
     * an encoded '/' on undecoded, so the servlet path holds a '%'): ids are checked there, and the client learns
     * which field was wrong instead of a bare 400.
     */
    @Bean
    public HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowUrlEncodedSlash(true);
        firewall.setAllowUrlEncodedPercent(true);
        firewall.setAllowUrlEncodedLineFeed(true);
        firewall.setAllowUrlEncodedCarriageReturn(true);
        return firewall;
    }

    /**
     * Without Spring Security's observations of each filter, authentication and authorization: nobody reads them, and
     * they cost every request (README, Benchmark). A request is still timed whole, as {@code http.server.requests}.
     */
    @Bean
    public SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    public UserDirectory userDirectory(MongoDatabase database) {
        return new UserDirectory(database);
    }

    @Bean
    public LoginThrottle loginThrottle(IdentityProperties properties) {
        IdentityProperties.Lockout lockout = properties.lockout();
        return new LoginThrottle(lockout.threshold(), lockout.firstLock(), lockout.maxLock(), Clock.systemUTC());
    }

    /** bcrypt, with the {@code {bcrypt}} prefix so that a later algorithm can take over hash by hash. */
    @Bean
    public PasswordEncoder passwordEncoder() {
        return new CachingPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    @Bean
    public UserDetailsService userDetailsService(UserDirectory directory, LoginThrottle throttle) {
        return new DirectoryUserDetailsService(directory, throttle);
    }

    @Bean
    public CivicHttpSecurity civicHttpSecurity(ObjectMapper json, LoginThrottle throttle,
                                               ObjectProvider<JwtDecoder> jwtDecoder, IdentityProperties properties) {
        return new CivicHttpSecurity(json, throttle, jwtDecoder.getIfAvailable() != null, properties.jwt());
    }

    /** The common part of both services' security; the service adds its rules for paths. */
    public static final class CivicHttpSecurity {

        private final ProblemResponses problems;
        private final boolean bearerTokens;
        private final JwtRoles jwtRoles;

        CivicHttpSecurity(ObjectMapper json, LoginThrottle throttle, boolean bearerTokens,
                          IdentityProperties.Jwt claims) {
            this.problems = new ProblemResponses(json, throttle, bearerTokens);
            this.bearerTokens = bearerTokens;
            this.jwtRoles = new JwtRoles(claims);
        }

        public SecurityFilterChain filterChain(
                HttpSecurity http,
                Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> rules)
                throws Exception {
            http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems)
                                                       .accessDeniedHandler(problems))
                .authorizeHttpRequests(authorize -> {
                    authorize.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                             .requestMatchers(PUBLIC_PATHS).permitAll();
                    rules.customize(authorize);
                });
            if (bearerTokens) {
                http.oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtRoles))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
            }
            return http.build();
        }
    }
}
