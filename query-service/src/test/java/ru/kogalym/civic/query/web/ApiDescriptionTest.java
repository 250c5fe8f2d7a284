package ru.kogalym.civic.query.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.query.QueryServiceApplication;
import ru.kogalym.civic.query.testing.ApiClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query API's description says what every operation can answer: an operationId, each error as problem+json,
 * authentication where it is needed, and JSON answers as real models rather than bare objects. It is written to
 * target/openapi/query-service.json for the linter.
 */
@SpringBootTest(classes = QueryServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + QueryServiceApplication.CONFIG_NAME)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class ApiDescriptionTest {

    @RegisterExtension
    static final TestMongo MONGO = TestMongo.start();
    private static final Set<String> PUBLIC_PATHS = Set.of("/api/support-register", "/api/support-register.csv",
            "/api/support-register.xlsx", "/api/support-register/entries/{entryNumber}",
            "/api/open-data/", "/api/open-data/{dataset}/", "/api/open-data/{dataset}/{file}");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", MONGO::uri);
    }

    @LocalServerPort
    int port;

    private JsonNode description;

    @BeforeAll
    void readAndWriteTheDescription() throws Exception {
        String text = ApiClient.on(port).description();
        Path file = Path.of("target", "openapi", "query-service.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        description = ApiClient.read(text);
    }

    @Test
    void everyOperationHasAUniqueIdASummaryATagAndItsProblemAnswers() {
        Set<String> ids = new HashSet<>();
        List<String> operations = new ArrayList<>();
        description.at("/paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            String name = entry.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = entry.getValue();
            operations.add(name);
            assertThat(operation.at("/operationId").asText()).as(name).isNotBlank().doesNotMatch(".*_\\d+$|.*\\d$");
            assertThat(ids.add(operation.at("/operationId").asText())).as(name + " operationId is unique").isTrue();
            assertThat(operation.at("/summary").asText()).as(name).isNotBlank();
            assertThat(operation.at("/tags")).as(name).isNotEmpty();

            List<String> errors = new ArrayList<>(List.of("400", "406", "503"));
            if (path.getKey().matches(".*\\{\\w*(id|Id)}.*")) {
                errors.add("404");
            }
            boolean isPublic = PUBLIC_PATHS.contains(path.getKey());
            if (!isPublic) {
                errors.addAll(List.of("401", "403"));
                assertThat(operation.at("/security").toString()).as(name)
                        .contains("\"basicAuth\"").contains("\"bearerAuth\"");
            } else {
                assertThat(operation.at("/security").isMissingNode() || operation.at("/security").isEmpty()).as(name).isTrue();
            }
            for (String status : errors) {
                JsonNode problem = operation.at("/responses/" + status + "/content/application~1problem+json/schema/$ref");
                assertThat(problem.asText()).as(name + " " + status).isEqualTo("#/components/schemas/Problem");
            }
            operation.at("/responses").properties().forEach(response -> {
                if (response.getKey().startsWith("2")) {
                    assertThat(response.getValue().at("/content").properties()).as(name + " answers")
                            .isNotEmpty().noneMatch(c -> c.getKey().equals("*/*"));
                }
            });
        }));
        assertThat(operations).hasSizeGreaterThanOrEqualTo(14);
        assertThat(description.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
        assertThat(description.at("/components/securitySchemes/bearerAuth/scheme").asText()).isEqualTo("bearer");
        assertThat(description.at("/components/schemas/Problem/properties").properties())
                .extracting(java.util.Map.Entry::getKey)
                .contains("type", "title", "status", "detail", "instance", "field");
    }

    @Test
    void answersRequireTheFieldsJacksonAlwaysWritesAndAllowNullWhereNullIsWritten() {
        JsonNode activity = description.at("/components/schemas/ActivityView");
        assertThat(activity.at("/required").toString()).contains("\"id\"", "\"withdrawn\"", "\"recordedAt\"")
                                                     .doesNotContain("\"amount\"", "\"withdrawnReason\"");
        assertThat(activity.at("/properties/recordedAt/nullable").asBoolean()).isTrue();
        assertThat(activity.at("/properties/id/nullable").asBoolean()).isFalse();
        assertThat(description.at("/components/schemas/NcoState/properties/shortName/nullable").asBoolean()).isTrue();
        assertThat(description.toString()).doesNotContain("x-omitted");
    }

    @Test
    void noJsonAnswerIsABareObject() {
        description.at("/paths").properties().forEach(path -> path.getValue().properties().forEach(entry ->
                entry.getValue().at("/responses").properties().forEach(response ->
                        response.getValue().at("/content").properties().forEach(content -> {
                            if (content.getKey().contains("json")) {
                                assertNotBare(content.getValue().at("/schema"), entry.getKey() + " " + path.getKey()
                                                                                + " " + response.getKey(), new HashSet<>());
                            }
                        }))));
    }

    /** A schema, and every schema it refers to, describes its content: no object without properties. */
    private void assertNotBare(JsonNode schema, String where, Set<String> seen) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (seen.add(ref)) {
                assertNotBare(description.at(ref.substring(1)), where + " " + ref, seen);
            }
            return;
        }
        boolean object = "object".equals(schema.at("/type").asText()) || schema.has("properties");
        if (object) {
            boolean describedMap = schema.at("/additionalProperties").isObject() && !schema.at("/additionalProperties").isEmpty()
                                   || schema.at("/additionalProperties").asBoolean(false) && schema.has("description");
            assertThat(schema.has("properties") && !schema.get("properties").isEmpty() || describedMap)
                    .as(where + " is a bare object: " + schema).isTrue();
        }
        schema.at("/properties").forEach(p -> assertNotBare(p, where, seen));
        if (schema.at("/items").isObject()) {
            assertNotBare(schema.at("/items"), where, seen);
        }
        if (schema.at("/additionalProperties").isObject()) {
            assertNotBare(schema.at("/additionalProperties"), where, seen);
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            schema.at("/" + combinator).forEach(s -> assertNotBare(s, where, seen));
        }
    }
}
