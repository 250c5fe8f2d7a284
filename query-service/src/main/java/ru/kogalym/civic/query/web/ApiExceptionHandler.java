package ru.kogalym.civic.query.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import ru.kogalym.civic.eventstore.operations.StoreUnavailable;

/**
 * The error contract of the query API: problem+json always; a bad parameter is a 400 with the parameter's
 * name in {@code field}; an unknown record a 404 naming the path variable; anything unexpected a 503 that reveals nothing inside
 * (never a 500, as on the command side: the client may retry, and the log has the cause).
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(BadParameterException.class)
    ResponseEntity<Object> badParameter(BadParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad query parameter", e.getMessage(), e.field());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), e.field());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), e.field());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (StoreUnavailable.causedBy(e)) {
            // no incident: the client only needs to try again
            log.warn("MongoDB unreachable answering a query: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                                 .header(HttpHeaders.RETRY_AFTER, Long.toString(StoreUnavailable.RETRY_AFTER.toSeconds()))
                                 .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                                 .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                                         "The store cannot be reached at the moment; try again later"));
        }
        log.error("Unexpected error answering a query", e);
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", "The query could not be answered", null);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        return problem(HttpStatus.BAD_REQUEST, "Bad query parameter", field + " has a bad value", field);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "Missing query parameter",
                       ex.getParameterName() + " is required", ex.getParameterName());
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response == null) {
            return null;
        }
        return ResponseEntity.status(response.getStatusCode())
                             .headers(response.getHeaders())
                             .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                             .body(response.getBody());
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
