package ru.kogalym.civic.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import ru.kogalym.civic.identity.TestUsers;

/**
 * A plain HTTP client for the tests: raw bodies and headers as a client would send them, nothing interpreted. Every
 * exchange under {@code /api} is checked against the service's published contract (see {@link ApiContract}).
 */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String authorization;
    private final boolean checkRequests;

    /** A client that sends no credentials. */
    public Http(int port) {
        this(port, (String) null);
    }

    /** A client logged in as {@code user} (HTTP Basic on every request that names no Authorization itself). */
    public Http(int port, TestUsers.Credentials user) {
        this(port, user.basic());
    }

    private Http(int port, String authorization) {
        this("http://localhost:" + port, authorization, true);
    }

    private Http(String base, String authorization, boolean checkRequests) {
        this.base = base;
        this.authorization = authorization;
        this.checkRequests = checkRequests;
    }

    /** The same server, as another user. */
    public Http as(TestUsers.Credentials user) {
        return new Http(base, user.basic(), checkRequests);
    }

    /** The same server, with no credentials. */
    public Http anonymous() {
        return new Http(base, null, checkRequests);
    }

    /** The same client for requests that break the contract on purpose: only the responses are checked. */
    public Http responsesOnly() {
        return new Http(base, authorization, false);
    }

    public Reply postJson(String path, String json) {
        return send("POST", path, json, "application/json", Map.of());
    }

    public Reply postJson(String path, String json, Map<String, String> headers) {
        return send("POST", path, json, "application/json", headers);
    }

    /** {@code body} null: no body; {@code contentType} null: no Content-Type header. */
    public Reply send(String method, String path, String body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null && headers.keySet().stream().noneMatch("Authorization"::equalsIgnoreCase)) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (path.startsWith("/api/")) {
                Map<String, String> sent = new HashMap<>(headers);
                if (authorization != null) {
                    sent.putIfAbsent("Authorization", authorization);
                }
                if (contentType != null) {
                    sent.put("Content-Type", contentType);
                }
                ApiContract.of(base).check(method, path, sent, body, response.statusCode(),
                        response.headers().map(), response.body(), checkRequests);
            }
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Reply(int status, Map<String, java.util.List<String>> headers, String body) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream()).findFirst();
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        /** The problem's {@code field}, or null. */
        public String field() {
            JsonNode field = json().get("field");
            return field == null || field.isNull() ? null : field.asText();
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + body;
        }
    }
}
