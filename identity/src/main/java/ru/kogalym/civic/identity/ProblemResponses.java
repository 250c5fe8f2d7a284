package ru.kogalym.civic.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;

import java.io.IOException;
import java.net.URI;

/**
 * 401 and 403 as {@code application/problem+json}, like every other error of the API. A user directory that cannot
 * be read is no wrong password: that is a 503 the client may retry.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final String RETRY_UNAVAILABLE_SECONDS = "5";
    private static final BasicAuthenticationConverter BASIC = new BasicAuthenticationConverter();

    private final ObjectMapper json;
    private final LoginThrottle throttle;
    private final String challenge;

    ProblemResponses(ObjectMapper json, LoginThrottle throttle, boolean bearerTokens) {
        this.json = json;
        this.throttle = throttle;
        this.challenge = bearerTokens ? "Basic realm=\"civic\", Bearer" : "Basic realm=\"civic\"";
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof InternalAuthenticationServiceException) {
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_UNAVAILABLE_SECONDS);
            write(request, response, HttpStatus.SERVICE_UNAVAILABLE,
                  "The user directory cannot be reached just now; try again shortly");
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        if (failure instanceof LockedException) {
            UsernamePasswordAuthenticationToken attempt = BASIC.convert(request);
            long seconds = attempt == null ? 0 : throttle.retryAfterSeconds(attempt.getName());
            if (seconds > 0) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            }
            write(request, response, HttpStatus.UNAUTHORIZED,
                  "Too many failed logins for this user: it is locked for a while; try again later");
            return;
        }
        write(request, response, HttpStatus.UNAUTHORIZED, "Log in: this needs valid credentials "
                + "(HTTP Basic, or a bearer token where the identity provider is configured)");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "Your roles do not allow this");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
