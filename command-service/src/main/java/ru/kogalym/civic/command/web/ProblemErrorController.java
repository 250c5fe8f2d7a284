package ru.kogalym.civic.command.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * Errors that never reach a controller (raised by the servlet container or a filter) as problem+json too, in place
 * of Spring Boot's default error page; a server error is logged and answered with 503, never 500.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public ResponseEntity<Object> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.resolve(value) : HttpStatus.NOT_FOUND;
        if (status.is5xxServerError()) {
            String incident = UUID.randomUUID().toString();
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            LOG.error("Incident {} on {} {}", incident, request.getMethod(), uri,
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
            return ProblemHandler.problem(HttpStatus.SERVICE_UNAVAILABLE,
                    "The request could not be processed; the failure was logged as incident " + incident, null, request);
        }
        String detail = status == HttpStatus.NOT_FOUND ? "No such resource" : status.getReasonPhrase();
        return ProblemHandler.problem(status, detail, null, request);
    }
}
