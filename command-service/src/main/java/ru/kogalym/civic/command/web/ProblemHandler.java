package ru.kogalym.civic.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import ru.kogalym.civic.command.common.Detail;
import ru.kogalym.civic.command.common.InvalidCommandException;
import ru.kogalym.civic.command.common.Problem;
import ru.kogalym.civic.command.common.ProblemMessages;
import ru.kogalym.civic.command.common.RuleViolationException;
import ru.kogalym.civic.eventstore.operations.StoreUnavailable;

import java.net.URI;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every error of the API as {@code application/problem+json} (RFC 9457): {@code title}, {@code status},
 * {@code detail}, {@code instance}, the request's {@code correlationId} and, when the problem is about one, the
 * {@code field} of the request (a JSON path such as {@code stateRegistration.registeredOn} or
 * {@code participantNcoIds[1]}, a path variable, or {@code body} for the body as a whole), and its {@code code} (a
 * {@link Problem}; what Spring MVC refuses by itself, 405, 406 and 415, is named by its status). The detail is
 * worded from the bundles {@code command-service/problems*.properties} in the language of the request's
 * {@code Accept-Language} header, English or Russian; English without one (the staff pages' cookie does not count).
 *
 * <p>400: unreadable body (malformed JSON, wrong type, unknown field, bad enum value, missing body), invalid id,
 * invalid command. 404: unknown record or path. 405, 406, 415 as Spring MVC decides. 409: rule violation, id reuse,
 * concurrent change. Nothing is ever a 500: an unexpected failure is logged with an incident id and answered with
 * 503.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    public static final String FIELD = "field";
    public static final String BODY = "body";
    static final String CODE = "code";
    static final String METHOD = "method";
    static final String PATH = "path";
    private static final String ID = "id";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);
    private static final int MAX_ECHO = 100;

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Object> apiProblem(ApiProblem problem, HttpServletRequest request) {
        return problem(problem.status(), problem.prefix(), problem.detail(), problem.field(), request);
    }

    /** A command's failure: mapped like the same failure thrown directly, with the record's id under the request's name. */
    @ExceptionHandler(CommandFailure.class)
    ResponseEntity<Object> commandFailure(CommandFailure e, HttpServletRequest request) {
        return refusal(e.failure(), e.idField(), e.idParam(), request);
    }

    @ExceptionHandler({InvalidCommandException.class, RuleViolationException.class, AggregateNotFoundException.class,
            IncompatibleAggregateException.class, AggregateStreamCreationException.class, ConcurrencyException.class})
    ResponseEntity<Object> refused(RuntimeException e, HttpServletRequest request) {
        return refusal(e, null, ID, request);
    }

    /**
     * The one mapping of the domain's and Axon's refusals to problems. A refusal about the command's id field
     * ({@code idField}, e.g. {@code ncoId}) names the request's {@code idParam} instead (e.g. {@code id}).
     */
    private ResponseEntity<Object> refusal(RuntimeException failure, String idField, String idParam,
                                           HttpServletRequest request) {
        if (failure instanceof InvalidCommandException invalid) {
            return renamed(HttpStatus.BAD_REQUEST, invalid.field(), invalid.detail(), idField, idParam, request);
        }
        if (failure instanceof RuleViolationException violation) {
            return renamed(HttpStatus.CONFLICT, violation.field(), violation.detail(), idField, idParam, request);
        }
        if (failure instanceof AggregateNotFoundException || failure instanceof IncompatibleAggregateException) {
            // Axon reports a record of another type under the id as an IncompatibleAggregateException
            return problem(HttpStatus.NOT_FOUND, idParam, Detail.of(Problem.NOT_FOUND), idParam, request);
        }
        if (failure instanceof AggregateStreamCreationException) {
            return problem(HttpStatus.CONFLICT, idParam, Detail.of(Problem.ID_OF_ANOTHER_RECORD), idParam, request);
        }
        if (failure instanceof ConcurrencyException) {
            return problem(HttpStatus.CONFLICT, idParam, Detail.of(Problem.CONCURRENT_CHANGE), idParam, request);
        }
        if (failure instanceof ApiProblem problem) {
            return apiProblem(problem, request);
        }
        return unexpected(failure, request);
    }

    private static ResponseEntity<Object> renamed(HttpStatus status, String field, Detail detail, String idField,
                                                  String idParam, HttpServletRequest request) {
        String named = field != null && field.equals(idField) ? idParam : field;
        return problem(status, named, detail, named, request);
    }

    /** The safety net: whatever else went wrong is logged and answered without leaking internals, never as 500. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
        if (declared != null && !declared.code().is5xxServerError()) {
            ProblemDetail body = ProblemDetail.forStatusAndDetail(declared.code(), declared.reason().isEmpty()
                    ? declared.code().getReasonPhrase() : declared.reason());
            return ResponseEntity.status(declared.code()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(decorate(body, request));
        }
        if (StoreUnavailable.causedBy(e)) {
            return storeUnavailable(e, request);
        }
        return incident(e, request.getMethod() + " " + request.getRequestURI(), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (NestedExceptionUtils.getMostSpecificCause(ex) instanceof StreamConstraintsException tooLarge) {
            // the body exceeds a limit of the parser (StrictJsonConfiguration): its length, nesting or a number's
            // digits; reading stopped there
            ProblemDetail body = body(HttpStatus.PAYLOAD_TOO_LARGE, BODY,
                    Detail.of(Problem.TOO_LARGE, firstLine(tooLarge.getOriginalMessage())), language(request));
            body.setProperty(FIELD, BODY);
            return handleExceptionInternal(ex, body, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
        }
        Unreadable unreadable = Unreadable.of(ex);
        ProblemDetail body = body(HttpStatus.BAD_REQUEST, unreadable.field(), unreadable.detail(), language(request));
        body.setProperty(FIELD, unreadable.field());
        return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        ProblemDetail body = body(HttpStatus.NOT_FOUND, null,
                Detail.of(Problem.NO_ENDPOINT, ex.getHttpMethod().name(), ex.getResourcePath()), language(request));
        return handleExceptionInternal(ex, body, headers, HttpStatus.NOT_FOUND, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : ex.getPropertyName();
        ProblemDetail body = body(HttpStatus.BAD_REQUEST, field,
                Detail.of(Problem.TYPE_MISMATCH, echo(ex.getValue()), typeName(ex.getRequiredType())), language(request));
        body.setProperty(FIELD, field);
        return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        HttpServletRequest servletRequest = request instanceof NativeWebRequest nativeRequest
                ? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
        if (statusCode.is5xxServerError() && statusCode.value() != HttpStatus.SERVICE_UNAVAILABLE.value()) {
            return incident(ex, request.getDescription(false), servletRequest);
        }
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail
                : ProblemDetail.forStatusAndDetail(statusCode, ex.getMessage());
        Detail refusal = refusal(ex);
        if (refusal != null) {
            problem.setDetail(ProblemMessages.shared().render(refusal, language(servletRequest)));
        }
        String field = requestPartAtFault(ex);
        if (field != null && (problem.getProperties() == null || !problem.getProperties().containsKey(FIELD))) {
            problem.setProperty(FIELD, field);
        }
        return super.handleExceptionInternal(ex, decorate(problem, servletRequest), headers, statusCode, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.putAll(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body, problemHeaders, statusCode);
    }

    /** What Spring MVC refuses by itself, worded as the API's other problems are (its code stays the status's name). */
    private static Detail refusal(Exception ex) {
        if (ex instanceof HttpRequestMethodNotSupportedException e) {
            return Detail.of(Problem.METHOD_NOT_ALLOWED, e.getMethod(), listed(e.getSupportedHttpMethods()));
        }
        if (ex instanceof HttpMediaTypeNotSupportedException e) {
            return Detail.of(Problem.UNSUPPORTED_MEDIA_TYPE,
                             e.getContentType() == null ? "none" : e.getContentType().toString(),
                             listed(e.getSupportedMediaTypes()));
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException e) {
            return Detail.of(Problem.NOT_ACCEPTABLE, listed(e.getSupportedMediaTypes()));
        }
        return null;
    }

    private static String listed(Collection<?> values) {
        return values == null ? "" : values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** What a refusal by Spring MVC itself is about: a header, the method or the path, where the body is fine. */
    private static String requestPartAtFault(Exception ex) {
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return HttpHeaders.CONTENT_TYPE;
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return HttpHeaders.ACCEPT;
        }
        if (ex instanceof HttpRequestMethodNotSupportedException) {
            return METHOD;
        }
        if (ex instanceof NoResourceFoundException) {
            return PATH;
        }
        return null;
    }

    private ResponseEntity<Object> incident(Exception e, String what, HttpServletRequest request) {
        String incident = UUID.randomUUID().toString();
        LOG.error("Incident {} on {}", incident, what, e);
        ProblemDetail body = body(HttpStatus.SERVICE_UNAVAILABLE, null, Detail.of(Problem.INCIDENT, incident),
                language(request));
        body.setProperty("incident", incident);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(decorate(body, request));
    }

    /** MongoDB is out of reach: no incident, the client only needs to try again. */
    private static ResponseEntity<Object> storeUnavailable(Exception e, HttpServletRequest request) {
        LOG.warn("MongoDB unreachable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        ProblemDetail body = body(HttpStatus.SERVICE_UNAVAILABLE, null, Detail.of(Problem.STORE_UNAVAILABLE),
                language(request));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(StoreUnavailable.RETRY_AFTER.toSeconds()))
                .body(decorate(body, request));
    }

    /**
     * A problem about {@code field} (null: none) whose detail is {@code detail} in the request's language, after
     * {@code "<prefix>: "} unless {@code prefix} is null.
     */
    static ResponseEntity<Object> problem(HttpStatusCode status, String prefix, Detail detail, String field,
                                          HttpServletRequest request) {
        ProblemDetail body = body(status, prefix, detail, language(request));
        if (field != null) {
            body.setProperty(FIELD, field);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(decorate(body, request));
    }

    private static ProblemDetail body(HttpStatusCode status, String prefix, Detail detail, Locale language) {
        String worded = ProblemMessages.shared().render(detail, language);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, prefix == null ? worded : prefix + ": " + worded);
        body.setProperty(CODE, detail.code());
        return body;
    }

    /** The language of the request's problems: its {@code Accept-Language}, English or Russian; English by default. */
    static Locale language(HttpServletRequest request) {
        return ProblemMessages.language(request == null ? null : request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static Locale language(WebRequest request) {
        return ProblemMessages.language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    static ProblemDetail decorate(ProblemDetail body, HttpServletRequest request) {
        if (body.getProperties() == null || !body.getProperties().containsKey(CODE)) {
            // what Spring MVC refuses by itself (405, 406, 415, ...) is named by its status
            HttpStatus known = HttpStatus.resolve(body.getStatus());
            body.setProperty(CODE, known == null ? String.valueOf(body.getStatus()) : known.name());
        }
        if (body.getTitle() == null) {
            HttpStatus known = HttpStatus.resolve(body.getStatus());
            body.setTitle(known == null ? "Error" : known.getReasonPhrase());
        }
        if (request != null) {
            if (body.getInstance() == null) {
                Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
                try {
                    body.setInstance(URI.create(original instanceof String uri ? uri : request.getRequestURI()));
                } catch (IllegalArgumentException ignored) {
                    // a path that is no valid URI is not worth echoing
                }
            }
            body.setProperty("correlationId", CorrelationIdFilter.correlationId(request));
        }
        if (HttpStatusCode.valueOf(body.getStatus()).is4xxClientError()) {
            logRefusal(body, request);
        }
        return body;
    }

    /**
     * A refused request is the client's to fix and its answer says why: one line, no stack trace (Axon's own warning
     * with a stack trace for every refused creation is turned off in command-service.yml). Field names can come from
     * the client (an unknown field), so control characters are not written to the log.
     */
    private static void logRefusal(ProblemDetail body, HttpServletRequest request) {
        Object field = body.getProperties() == null ? null : body.getProperties().get(FIELD);
        LOG.info("Refused {} {} with {} about {} (correlation id {})",
                request == null ? "" : request.getMethod(), body.getInstance(), body.getStatus(),
                field == null ? "the request" : String.valueOf(field).replaceAll("\\p{Cntrl}", "?"),
                request == null ? "" : CorrelationIdFilter.correlationId(request));
    }

    /** What was wrong with an unreadable body, and where; the detail follows {@code "<field>: "}. */
    private record Unreadable(String field, Detail detail) {

        static Unreadable of(HttpMessageNotReadableException ex) {
            Throwable cause = ex.getCause();
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return new Unreadable(path(unknown), Detail.of(Problem.UNKNOWN_FIELD,
                        new TreeSet<>(names(unknown.getKnownPropertyIds())).toString()));
            }
            if (cause instanceof InvalidFormatException format) {
                return new Unreadable(path(format),
                        Detail.of(Problem.NOT_VALID, echo(format.getValue()), expected(format.getTargetType())));
            }
            if (cause instanceof MismatchedInputException mismatch) {
                if (mismatch.getPath().isEmpty()) {
                    return new Unreadable(BODY, Detail.of(Problem.EXPECTED, Detail.of(Problem.EXPECTED_OBJECT)));
                }
                return new Unreadable(path(mismatch), Detail.of(Problem.EXPECTED, expected(mismatch.getTargetType())));
            }
            if (cause instanceof JsonMappingException mapping) {
                String field = path(mapping);
                Throwable inner = mapping.getCause();
                if (inner instanceof InputCoercionException) {
                    return new Unreadable(field, Detail.of(Problem.NUMBER_OUT_OF_RANGE));
                }
                return new Unreadable(field, Detail.of(Problem.UNREADABLE_VALUE, firstLine(mapping.getOriginalMessage())));
            }
            if (cause instanceof InputCoercionException coercion) {
                return new Unreadable(BODY,
                        Detail.of(Problem.BODY_NUMBER_OUT_OF_RANGE, firstLine(coercion.getOriginalMessage())));
            }
            if (cause instanceof JsonProcessingException parse) {
                String message = firstLine(parse.getOriginalMessage());
                return new Unreadable(BODY, parse.getLocation() == null ? Detail.of(Problem.MALFORMED_JSON, message)
                        : Detail.of(Problem.MALFORMED_JSON_AT, parse.getLocation().getLineNr(),
                                    parse.getLocation().getColumnNr(), message));
            }
            return new Unreadable(BODY, Detail.of(Problem.BODY_REQUIRED));
        }

        private static String path(JsonMappingException e) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference reference : e.getPath()) {
                if (reference.getFieldName() != null) {
                    if (!path.isEmpty()) {
                        path.append('.');
                    }
                    path.append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            return path.isEmpty() ? BODY : path.toString();
        }

        private static List<String> names(Collection<Object> ids) {
            return ids == null ? List.of() : ids.stream().map(String::valueOf).toList();
        }
    }

    private static Detail expected(Class<?> type) {
        if (type == null) {
            return Detail.of(Problem.EXPECTED_VALUE);
        }
        if (type.isEnum()) {
            return Detail.of(Problem.EXPECTED_ONE_OF, List.of(type.getEnumConstants()).toString());
        }
        if (type == LocalDate.class) {
            return Detail.of(Problem.EXPECTED_DATE);
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return Detail.of(Problem.EXPECTED_ARRAY);
        }
        if (type == String.class) {
            return Detail.of(Problem.EXPECTED_STRING);
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return Detail.of(Problem.EXPECTED_INTEGER);
        }
        if (Number.class.isAssignableFrom(type)) {
            return Detail.of(Problem.EXPECTED_NUMBER);
        }
        if (type == Boolean.class || type == boolean.class) {
            return Detail.of(Problem.EXPECTED_BOOLEAN);
        }
        return Detail.of(Problem.EXPECTED_OBJECT);
    }

    private static String typeName(Class<?> type) {
        return type == null ? "value" : type.getSimpleName();
    }

    private static String echo(Object value) {
        String text = String.valueOf(value);
        return text.length() > MAX_ECHO ? text.substring(0, MAX_ECHO) + "…" : text;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("").replaceAll("\\s*\\(start marker at \\[Source.*", "");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
