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
import java.util.Map;
import java.util.Optional;
import ru.kogalym.civic.identity.TestUsers;

/** A plain HTTP client for the tests: raw bodies and headers as a client would send them, nothing interpreted. */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String authorization;

    /** A client that sends no credentials. */
    public Http(int port) {
        this(port, (String) null);
    }

    /** A client logged in as {@code user} (HTTP Basic on every request that names no Authorization itself). */
    public Http(int port, TestUsers.Credentials user) {
        this(port, user.basic());
    }

    private Http(int port, String authorization) {
        this.base = "http://localhost:" + port;
        this.authorization = authorization;
    }

    /** The same server, as another user. */
    public Http as(TestUsers.Credentials user) {
        return new Http(port(), user.basic());
    }

    /** The same server, with no credentials. */
    public Http anonymous() {
        return new Http(port(), (String) null);
    }

    private int port() {
        return Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
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
