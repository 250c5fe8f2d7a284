package ru.kogalym.civic.eventstore.operations;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** While a request runs, the logging context holds its correlation id and, when authenticated, its user; after it, nothing. */
class LoggingContextFiltersTest {

    private final Map<String, String> seen = new HashMap<>();
    private final FilterChain recordMdc = (request, response) -> seen.putAll(MDC.getCopyOfContextMap());

    @Test
    void theRequestsCorrelationIdAndUserAreInTheLoggingContextWhileItRuns() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/ncos");
        request.addHeader(CorrelationIdFilter.HEADER, "abc-123");
        request.setUserPrincipal(() -> "analyst1");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new CorrelationIdFilter().doFilter(request, response,
                (req, res) -> new UserLoggingFilter().doFilter(req, res, recordMdc));

        assertThat(seen).containsEntry("correlationId", "abc-123").containsEntry("user", "analyst1");
        assertThat(response.getHeader(CorrelationIdFilter.HEADER)).isEqualTo("abc-123");
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }

    @Test
    void anInsaneCorrelationIdIsReplacedAndNoUserIsLoggedWithoutAPrincipal() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/ncos");
        request.addHeader(CorrelationIdFilter.HEADER, "a b\nforged");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new CorrelationIdFilter().doFilter(request, response,
                (req, res) -> new UserLoggingFilter().doFilter(req, res, recordMdc));

        assertThat(seen.get("correlationId")).isNotBlank().isNotEqualTo("a b\nforged")
                                             .isEqualTo(response.getHeader(CorrelationIdFilter.HEADER));
        assertThat(seen).doesNotContainKey("user");
    }
}
