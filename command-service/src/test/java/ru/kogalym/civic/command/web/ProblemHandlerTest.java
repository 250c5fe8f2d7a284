package ru.kogalym.civic.command.web;

import com.mongodb.MongoTimeoutException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.ResponseStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The safety net of {@link ProblemHandler}: what no other handler knows is a problem, never a 500. */
class ProblemHandlerTest {

    private final ProblemHandler handler = new ProblemHandler();
    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/ncos");

    @Test
    void anUnexpectedFailureIsA503ProblemWithAnIncidentId() {
        ResponseEntity<Object> response = handler.unexpected(new IllegalStateException("no server"), request);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        ProblemDetail problem = (ProblemDetail) response.getBody();
        assertThat(problem).isNotNull();
        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getTitle()).isEqualTo("Service Unavailable");
        assertThat(problem.getProperties()).containsKeys("incident", "correlationId");
        assertThat(problem.getDetail()).contains(problem.getProperties().get("incident").toString())
                .doesNotContain("no server");
        assertThat(problem.getInstance()).hasToString("/api/ncos");
    }

    @Test
    void anUnreachableStoreIsA503ToRetryLaterAndNoIncident() {
        ResponseEntity<Object> response = handler.unexpected(
                new CommandExecutionException("failed", new MongoTimeoutException("no server at 10.0.0.7")), request);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        ProblemDetail problem = (ProblemDetail) response.getBody();
        assertThat(problem).isNotNull();
        assertThat(problem.getProperties()).containsKey("correlationId").doesNotContainKey("incident");
        assertThat(problem.getDetail()).doesNotContain("10.0.0.7");
    }

    @Test
    void aNullPointerFromABugIsNoServerErrorEither() {
        ResponseEntity<Object> response = handler.unexpected(new NullPointerException(), request);

        assertThat(response.getStatusCode().is5xxServerError()).isTrue();
        assertThat(response.getStatusCode().value()).isNotEqualTo(500);
    }

    @ResponseStatus(HttpStatus.GONE)
    static class GoneException extends RuntimeException {
    }

    @Test
    void anExceptionDeclaringAClientStatusKeepsIt() {
        ResponseEntity<Object> response = handler.unexpected(new GoneException(), request);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
