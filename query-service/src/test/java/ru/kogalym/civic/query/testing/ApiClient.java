package ru.kogalym.civic.query.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ru.kogalym.civic.identity.TestUsers;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The tests' HTTP client for a running query service. Every exchange is checked against the service's own
 * description (/v3/api-docs): a request or an answer the description does not allow fails the test, so the
 * description cannot drift from the code. {@link #malformed()} is for requests that are wrong on purpose: their
 * answer is still checked.
 */
public final class ApiClient {

    public static final String API_DOCS = "/v3/api-docs";

    private static final Map<Integer, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final boolean checkRequests;
    private final TestUsers.Credentials user;
    private final HttpClient http = HttpClient.newHttpClient();

    private ApiClient(int port, boolean checkRequests, TestUsers.Credentials user) {
        this.port = port;
        this.checkRequests = checkRequests;
        this.user = user;
    }

    /** A client logged in as an auditor, who may read everything this service answers. */
    public static ApiClient on(int port) {
        return new ApiClient(port, true, TestUsers.AUDITOR);
    }

    /** The same client for requests the description does not allow; answers are still checked. */
    public ApiClient malformed() {
        return new ApiClient(port, false, user);
    }

    /** The same client logged in as {@code other}. */
    public ApiClient as(TestUsers.Credentials other) {
        return new ApiClient(port, checkRequests, other);
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send("GET", pathAndQuery, null, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<byte[]> getBytes(String pathAndQuery, String accept) {
        return send("GET", pathAndQuery, accept, HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String path) {
        return send("POST", path, null, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The JSON answer to a GET that must succeed. */
    public JsonNode json(String pathAndQuery) {
        HttpResponse<String> response = get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery + " " + response.body()).isEqualTo(200);
        return read(response.body());
    }

    public static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(body, e);
        }
    }

    /** The service's description as it serves it. */
    public String description() {
        HttpResponse<String> response = exchange("GET", API_DOCS, null,
                                                 HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(API_DOCS).isEqualTo(200);
        return response.body();
    }

    private <T> HttpResponse<T> send(String method, String pathAndQuery, String accept,
                                     HttpResponse.BodyHandler<T> bodyHandler) {
        HttpResponse<T> response = exchange(method, pathAndQuery, accept, bodyHandler);
        Request request = request(method, pathAndQuery, accept, user);
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode());
        response.headers().map().forEach(answer::withHeader);
        answer.withBody(response.body() instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                                                                : String.valueOf(response.body()));
        ValidationReport report = checkRequests
                ? validator().validate(request, answer.build())
                : validator().validateResponse(request.getPath(), request.getMethod(), answer.build());
        if (report.hasErrors()) {
            fail(method + " " + pathAndQuery + " -> " + response.statusCode() + " does not match the API description:\n"
                 + SimpleValidationReportFormat.getInstance().apply(report));
        }
        return response;
    }

    private <T> HttpResponse<T> exchange(String method, String pathAndQuery, String accept,
                                         HttpResponse.BodyHandler<T> bodyHandler) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                                                 .method(method, HttpRequest.BodyPublishers.noBody());
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (user != null && !pathAndQuery.startsWith(API_DOCS)) {
            request.header("Authorization", user.basic());
        }
        try {
            return http.send(request.build(), bodyHandler);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Request request(String method, String pathAndQuery, String accept, TestUsers.Credentials user) {
        URI uri = URI.create(pathAndQuery);
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, uri.getRawPath());
        if (user != null) {
            request.withHeader("Authorization", user.basic());
        }
        if (accept != null) {
            request.withHeader("Accept", accept);
        }
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                request.withQueryParam(name, value);
            }
        }
        return request.build();
    }

    private OpenApiInteractionValidator validator() {
        return VALIDATORS.computeIfAbsent(port, p -> OpenApiInteractionValidator
                .createForInlineApiSpecification(description())
                .build());
    }
}
