package ru.kogalym.civic.command.web;

import org.springframework.http.HttpStatus;
import ru.kogalym.civic.command.common.Detail;
import ru.kogalym.civic.command.common.Problem;

/**
 * A refusal the web layer has already classified: its HTTP status, the JSON field (or path variable) it is about,
 * and a detail for the client, worded in the client's language by {@link ProblemHandler}, which renders it as
 * {@code application/problem+json}. The detail begins with the field ({@code "<field>: "}) unless made by
 * {@link #unprefixed}.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String field;
    private final boolean prefixed;
    private final Detail detail;

    private ApiProblem(HttpStatus status, String field, boolean prefixed, Detail detail) {
        this.status = status;
        this.field = field;
        this.prefixed = prefixed;
        this.detail = detail;
    }

    public static ApiProblem badRequest(String field, Problem problem, Object... args) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, field, true, Detail.of(problem, args));
    }

    public static ApiProblem notFound(String field, Problem problem, Object... args) {
        return new ApiProblem(HttpStatus.NOT_FOUND, field, true, Detail.of(problem, args));
    }

    public static ApiProblem conflict(String field, Problem problem, Object... args) {
        return new ApiProblem(HttpStatus.CONFLICT, field, true, Detail.of(problem, args));
    }

    /** A problem about {@code field} whose detail does not begin with it. */
    public static ApiProblem unprefixed(HttpStatus status, String field, Detail detail) {
        return new ApiProblem(status, field, false, detail);
    }

    public HttpStatus status() {
        return status;
    }

    /** The offending JSON field or path variable; null when the problem is about no field. */
    public String field() {
        return field;
    }

    /** What the detail begins with: the field, or null. */
    String prefix() {
        return prefixed ? field : null;
    }

    public Detail detail() {
        return detail;
    }

    @Override
    public String getMessage() {
        return prefixed ? field + ": " + detail.english() : detail.english();
    }
}
