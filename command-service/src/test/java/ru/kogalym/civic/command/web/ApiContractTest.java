package ru.kogalym.civic.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The published contract ({@code /v3/api-docs}) is complete enough for a client generator and a validating proxy:
 * every operation is named, secured and declares its problems; every request schema says what it requires. Writes
 * the document to {@code target/openapi/command-service.json} for linting.
 */
class ApiContractTest extends ApiTestSupport {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    /** Request bodies of which no single field is required, and why. */
    private static final Map<String, String> NOTHING_REQUIRED = Map.of(
            "AddMemberRequest", "an NCO (ncoId) or a person, either; the date defaults to today",
            "IdentifiersRequest", "an OGRN, an INN or both",
            "MemberRemovalRequest", "the date defaults to today",
            "CompletionRequest", "the date defaults to today");

    private JsonNode document() throws Exception {
        ApiContract contract = ApiContract.of("http://localhost:" + port);
        contract.dump();
        return new ObjectMapper().readTree(contract.document());
    }

    @Test
    void everyOperationIsNamedSecuredAndDeclaresItsSuccessAndItsProblems() throws Exception {
        JsonNode document = document();
        Set<String> operationIds = new HashSet<>();
        List<String> operations = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            JsonNode operation = path.getValue().get(method);
            if (operation == null) {
                return;
            }
            String name = method.toUpperCase() + " " + path.getKey();
            operations.add(name);
            String operationId = operation.path("operationId").asText();
            assertThat(operationId).as(name).matches("[a-z][A-Za-z0-9]+").doesNotMatch(".*\\d$");
            assertThat(operationIds.add(operationId)).as(name + ": " + operationId + " is unique").isTrue();
            assertThat(operation.path("summary").asText()).as(name).isNotBlank();
            assertThat(operation.path("tags")).as(name).isNotEmpty();
            assertThat(operation.path("security").toString()).as(name).contains("basicAuth").contains("bearerAuth");

            JsonNode responses = operation.get("responses");
            assertThat(responses.has("200") || responses.has("201") || responses.has("204")).as(name).isTrue();
            if (responses.has("201")) {
                assertThat(responses.path("201").path("headers").has("Location")).as(name).isTrue();
            }
            List<String> problems = new ArrayList<>(List.of("401", "403", "409", "503"));
            if (operation.has("requestBody")) {
                problems.addAll(List.of("400", "413", "415"));
            }
            if (path.getKey().contains("{")) {
                problems.addAll(List.of("400", "404"));
            }
            for (String status : problems) {
                assertThat(responses.path(status).path("content").path("application/problem+json")
                        .path("schema").path("$ref").asText())
                        .as(name + " " + status).isEqualTo("#/components/schemas/Problem");
            }
        }));
        assertThat(operations).contains("POST /api/ncos", "POST /api/councils/{id}/members",
                "POST /api/commissions/{id}/members", "PUT /api/priorities/{year}")
                .doesNotContain("POST /api/priorities/{year}");
        assertThat(document.path("paths").toString()).doesNotContain("{bodies");
    }

    @Test
    void everyRequestSchemaListsItsRequiredFields() throws Exception {
        JsonNode document = document();
        JsonNode schemas = document.path("components").path("schemas");
        Set<String> requestSchemas = new HashSet<>();
        document.get("paths").forEach(path -> METHODS.forEach(method -> {
            String ref = path.path(method).path("requestBody").path("content").path("application/json")
                    .path("schema").path("$ref").asText();
            if (!ref.isEmpty()) {
                requestSchemas.add(ref.substring(ref.lastIndexOf('/') + 1));
            }
        }));
        assertThat(requestSchemas).hasSizeGreaterThan(20);
        assertThat(requestSchemas).containsAll(NOTHING_REQUIRED.keySet());
        requestSchemas.add("StateRegistration");
        requestSchemas.add("PriorityTask");
        for (String name : requestSchemas) {
            JsonNode schema = schemas.path(name);
            assertThat(schema.path("additionalProperties").asBoolean(true)).as(name + " is closed").isFalse();
            if (NOTHING_REQUIRED.containsKey(name)) {
                assertThat(schema.has("required")).as(name).isFalse();
                continue;
            }
            assertThat(schema.path("required")).as(name + " lists its required fields").isNotEmpty();
            schema.path("required").forEach(field ->
                    assertThat(schema.path("properties").has(field.asText())).as(name + "." + field).isTrue());
        }
    }

    @Test
    void listsTheServerWantsNonEmptyAreRequiredWithAtLeastOneItem() throws Exception {
        JsonNode schemas = document().path("components").path("schemas");
        for (String[] list : new String[][]{{"RecordEventParticipationRequest", "participantNcoIds"},
                {"CorrectEventParticipationRequest", "participantNcoIds"}, {"SetPrioritiesRequest", "tasks"},
                {"InclusionRequest", "activityKinds"}, {"ChangeRequest", "activityKinds"}}) {
            JsonNode schema = schemas.path(list[0]);
            assertThat(schema.path("required").toString()).as(list[0]).contains("\"" + list[1] + "\"");
            assertThat(schema.path("properties").path(list[1]).path("minItems").asInt()).as(list[0]).isEqualTo(1);
        }
    }

    @Test
    void theStaffPagesAreNoPartOfTheApi() throws Exception {
        List<String> paths = new ArrayList<>();
        document().path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).isNotEmpty().allMatch(path -> path.startsWith("/api/"), "starts with /api/");
    }

    @Test
    void theSecuritySchemesAreBasicAndBearer() throws Exception {
        JsonNode schemes = document().path("components").path("securitySchemes");
        assertThat(schemes.path("basicAuth").path("scheme").asText()).isEqualTo("basic");
        assertThat(schemes.path("bearerAuth").path("scheme").asText()).isEqualTo("bearer");
        assertThat(schemes.path("bearerAuth").path("bearerFormat").asText()).isEqualTo("JWT");
    }

    @Test
    void pathVariablesAreTyped() throws Exception {
        JsonNode paths = document().path("paths");
        JsonNode year = paths.path("/api/priorities/{year}").path("put").path("parameters").get(0);
        assertThat(year.path("schema").path("type").asText()).isEqualTo("integer");
        assertThat(year.path("schema").path("minimum").asInt()).isEqualTo(1990);
        JsonNode id = paths.path("/api/ncos/{id}/liquidation").path("post").path("parameters").get(0);
        assertThat(id.path("schema").path("pattern").asText()).isNotBlank();
        assertThat(id.path("name").asText()).isEqualTo("id");
    }

    @Test
    void anExchangeTheContractDoesNotDescribeFailsTheTest() {
        ApiContract contract = ApiContract.of("http://localhost:" + port);
        Map<String, String> json = Map.of("Content-Type", "application/json");
        String nco = """
                {"fullName": "Общество", "legalForm": "OTHER", "registeredOn": "2015-01-15"}""";
        Map<String, List<String>> created = Map.of("Content-Type", List.of("application/json"),
                "Location", List.of("http://localhost:8082/api/ncos/nco-1"));
        contract.check("POST", "/api/ncos", json, nco, 201, created, "{\"id\": \"nco-1\"}", true);

        assertThatThrownBy(() -> contract.check("POST", "/api/ncos", json, nco, 200, created,
                "{\"id\": \"nco-1\"}", true)).isInstanceOf(AssertionError.class).hasMessageContaining("200");
        assertThatThrownBy(() -> contract.check("POST", "/api/ncos", json, nco, 201,
                Map.of("Content-Type", List.of("application/json")), "{\"id\": \"nco-1\"}", true))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Location");
        assertThatThrownBy(() -> contract.check("POST", "/api/ncos", json, "{\"fullName\": \"Общество\"}", 201,
                created, "{\"id\": \"nco-1\"}", true)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("legalForm");
        assertThatThrownBy(() -> contract.check("POST", "/api/ncos/nco-1/liquidation", json,
                "{\"liquidatedOn\": \"2020-01-01\"}", 409, Map.of("Content-Type", List.of("text/html")),
                "<html/>", false)).isInstanceOf(AssertionError.class);
    }
}
