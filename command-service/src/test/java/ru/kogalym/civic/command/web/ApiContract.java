package ru.kogalym.civic.command.web;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The running service's own OpenAPI document ({@code /v3/api-docs}) as a judge of every request the tests send and
 * every response they get: a test fails when the code and the published contract disagree.
 */
final class ApiContract {

    /** Where the document is written, for linting (see the README). */
    static final Path DUMP = Path.of("target", "openapi", "command-service.json");

    private static final Map<String, ApiContract> BY_BASE = new ConcurrentHashMap<>();

    private final String document;
    private final OpenApiInteractionValidator validator;

    private ApiContract(String document) {
        this.document = document;
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .withLevelResolver(LevelResolver.create()
                        // whether credentials are demanded is the security filter's to enforce and its tests' to
                        // check; here the contract of what goes in and comes out is checked
                        .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    /** The contract of the service at {@code base}, fetched once per service. */
    static ApiContract of(String base) {
        return BY_BASE.computeIfAbsent(base, ApiContract::fetch);
    }

    private static ApiContract fetch(String base) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no API document: " + response.statusCode() + " " + response.body());
            }
            return new ApiContract(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String document() {
        return document;
    }

    /** Writes the document to {@link #DUMP}. */
    void dump() {
        try {
            Files.createDirectories(DUMP.getParent());
            Files.writeString(DUMP, document, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fails with the validator's report when the exchange breaks the contract.
     *
     * @param checkRequest false for requests that are wrong on purpose: then only the response is checked, and a
     *                     request no operation matches (an unknown path, a wrong method) is not checked at all
     */
    void check(String method, String pathAndQuery, Map<String, String> headers, String body, int status,
               Map<String, List<String>> responseHeaders, String responseBody, boolean checkRequest) {
        URI uri = URI.create(pathAndQuery);
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, uri.getRawPath());
        if (body != null) {
            request.withBody(body);
        }
        headers.forEach(request::withHeader);
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                request.withQueryParam(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        SimpleResponse.Builder response = new SimpleResponse.Builder(status);
        if (responseBody != null && !responseBody.isEmpty()) {
            response.withBody(responseBody);
        }
        responseHeaders.forEach((name, values) -> {
            if (name != null) {
                response.withHeader(name, values);
            }
        });
        ValidationReport report;
        if (checkRequest) {
            report = validator.validate(request.build(), response.build());
        } else {
            report = validator.validateResponse(uri.getRawPath(), Request.Method.valueOf(method), response.build());
            if (report.getMessages().stream().anyMatch(message -> message.getKey().equals("validation.request.path.missing")
                    || message.getKey().equals("validation.request.operation.notAllowed"))) {
                return;
            }
        }
        if (report.hasErrors()) {
            throw new AssertionError("The exchange breaks the API contract:\n" + method + " " + pathAndQuery
                    + "\n" + body + "\n-> " + status + " " + responseBody + "\n"
                    + SimpleValidationReportFormat.getInstance().apply(report));
        }
    }
}
