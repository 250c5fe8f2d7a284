package ru.kogalym.civic.eventstore.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.security.Principal;

/** Puts the request's authenticated user, when there is one, into the logging context ({@value #MDC_KEY}). */
public class UserLoggingFilter extends OncePerRequestFilter {

    public static final String MDC_KEY = "user";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Principal principal = request.getUserPrincipal();
        if (principal == null || principal.getName() == null) {
            chain.doFilter(request, response);
            return;
        }
        try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, principal.getName())) {
            chain.doFilter(request, response);
        }
    }
}
