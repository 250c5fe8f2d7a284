package ru.kogalym.civic.command.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.command.common.Detail;
import ru.kogalym.civic.command.common.Problem;

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
            return ProblemHandler.problem(HttpStatus.SERVICE_UNAVAILABLE, null, Detail.of(Problem.INCIDENT, incident),
                    null, request);
        }
        if (status == HttpStatus.NOT_FOUND) {
            return ProblemHandler.problem(status, null, Detail.of(Problem.NO_SUCH_RESOURCE), null, request);
        }
        // whatever else the container or a filter refused is named by its status alone
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(
                ProblemHandler.decorate(ProblemDetail.forStatusAndDetail(status, status.getReasonPhrase()), request));
    }
}
