package ru.kogalym.civic.query.summary;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The summary and report endpoints' answer to a bad parameter. */
public final class SummaryProblems {

    private SummaryProblems() {
    }

    /** 400 application/problem+json naming the offending parameter in {@code field}. */
    public static ResponseEntity<ProblemDetail> badRequest(SummaryYears.InvalidParameterException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.field() + ": " + e.getMessage());
        problem.setTitle("Invalid parameter");
        problem.setProperty("field", e.field());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
