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

/**
 * A plain HTTP client for the tests: raw bodies and headers as a client would send them, nothing interpreted. Every
 * exchange under {@code /api} is checked against the service's published contract (see {@link ApiContract}).
 */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final boolean checkRequests;

    public Http(int port) {
        this("http://localhost:" + port, true);
    }

    private Http(String base, boolean checkRequests) {
        this.base = base;
        this.checkRequests = checkRequests;
    }

    /** The same client for requests that break the contract on purpose: only the responses are checked. */
    public Http responsesOnly() {
        return new Http(base, false);
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
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (path.startsWith("/api/")) {
                Map<String, String> sent = new HashMap<>(headers);
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
