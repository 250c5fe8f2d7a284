package ru.kogalym.civic.command.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import ru.kogalym.civic.command.audit.AuditMetadataProvider;

import java.util.UUID;

/**
 * Who issues a command and under which correlation id: the metadata every command carries into the events it
 * causes (see {@link AuditMetadataProvider}).
 */
public record CommandContext(String issuedBy, String correlationId) {

    /**
     * The caller of the current HTTP request: the authenticated user (the security rules let no one else send a
     * command), with the request's correlation id (see {@link CorrelationIdFilter}). Outside a request:
     * {@code anonymous} with a new correlation id.
     */
    public static CommandContext ofCurrentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        String correlationId = attributes instanceof ServletRequestAttributes servlet
                ? CorrelationIdFilter.correlationId(servlet.getRequest()) : UUID.randomUUID().toString();
        return new CommandContext(caller(), correlationId);
    }

    private static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken
                || authentication.getName() == null || authentication.getName().isBlank()) {
            return AuditMetadataProvider.ANONYMOUS;
        }
        return authentication.getName();
    }
}
