package ru.kogalym.civic.command.web;

import org.springframework.http.HttpStatus;

/**
 * A refusal the web layer has already classified: its HTTP status, the JSON field (or path variable) it is about,
 * and a detail for the client. {@link ProblemHandler} renders it as {@code application/problem+json}.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String field;

    public ApiProblem(HttpStatus status, String field, String detail) {
        super(detail);
        this.status = status;
        this.field = field;
    }

    public static ApiProblem badRequest(String field, String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, field, detail);
    }

    public static ApiProblem notFound(String field, String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, field, detail);
    }

    public static ApiProblem conflict(String field, String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, field, detail);
    }

    public HttpStatus status() {
        return status;
    }

    /** The offending JSON field or path variable; null when the problem is about no field. */
    public String field() {
        return field;
    }
}
