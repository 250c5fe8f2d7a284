package ru.kogalym.civic.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import ru.kogalym.civic.command.audit.AuditMetadataProvider;

import java.security.Principal;
import java.util.UUID;

/**
 * Who issues a command and under which correlation id: the metadata every command carries into the events it
 * causes (see {@link AuditMetadataProvider}).
 */
public record CommandContext(String issuedBy, String correlationId) {

    /**
     * The caller of the current HTTP request: the authenticated principal, or {@code anonymous} (there is no
     * authentication yet), with the request's correlation id (see {@link CorrelationIdFilter}). Outside a request:
     * anonymous with a new correlation id.
     */
    public static CommandContext ofCurrentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return new CommandContext(AuditMetadataProvider.ANONYMOUS, UUID.randomUUID().toString());
        }
        HttpServletRequest request = servlet.getRequest();
        Principal principal = request.getUserPrincipal();
        String issuedBy = principal == null || principal.getName() == null || principal.getName().isBlank()
                ? AuditMetadataProvider.ANONYMOUS : principal.getName();
        return new CommandContext(issuedBy, CorrelationIdFilter.correlationId(request));
    }
}
