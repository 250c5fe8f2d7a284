package ru.kogalym.civic.command.web;

import ru.kogalym.civic.command.common.Checks;
import ru.kogalym.civic.command.common.Limits;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import ru.kogalym.civic.command.common.CivicClock;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The OpenAPI contract at {@code /v3/api-docs}: what every operation has in common is added here, from the handler
 * method, so that no controller repeats it and the spec cannot claim what the code does not do: the real success
 * status (a {@code ResponseEntity<IdResponse>} is only ever built by {@link Created}: {@code 201} with
 * {@code Location}; a {@code ResponseEntity<Void>} is a {@code 204}), the problems it can answer (see
 * {@link ProblemHandler}), the security schemes, and typed path variables. Operation ids, summaries and tags are on
 * the controllers; required fields and examples on the request records.
 */
@Configuration
class ApiDocumentation {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    static final String BASIC_AUTH = "basicAuth";
    static final String BEARER_AUTH = "bearerAuth";

    /** Path variables by name: the same name means the same kind of value everywhere in this API. */
    private static final Map<String, Supplier<Schema<?>>> PATH_VARIABLES = Map.of(
            "id", () -> idSchema("nco-edinstvo"),
            "memberId", () -> idSchema("member-1"),
            "taskId", () -> idSchema("grants"),
            "entryNumber", () -> new IntegerSchema().format("int32").minimum(BigDecimal.ONE).example(3),
            "username", () -> new StringSchema().maxLength(64).example("ivanova"),
            "year", () -> new IntegerSchema().minimum(BigDecimal.valueOf(CivicClock.EARLIEST_DATE.getYear()))
                    .maximum(BigDecimal.valueOf(9999)).example(2021));

    /**
     * Required fields of the request parts that shared-events defines: it is the message contract and carries no
     * OpenAPI annotations, so what the web layer requires of them is said here (the records of this module say it
     * with {@code @Schema(requiredMode = REQUIRED)}).
     */
    private static final Map<String, List<String>> SHARED_PARTS_REQUIRED = Map.of(
            "StateRegistration", List.of("registeredOn"),
            "PriorityTask", List.of("taskId", "title"));

    @Bean
    OpenAPI commandServiceApi() {
        return new OpenAPI()
                .info(new Info().title("Civic activity tracker: command API").version("1")
                        .description("Staff record each fact as it happens. A creation answers 201 with the id and a "
                                + "Location where the record can be read (on the query-service); every other "
                                + "command answers 204. Errors are application/problem+json."))
                .components(new Components()
                        .addSecuritySchemes(BASIC_AUTH, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic"))
                        .addSecuritySchemes(BEARER_AUTH, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT"))
                        .addSchemas(PROBLEM, problemSchema()));
    }

    /** The common parts of every operation (all of them are commands under {@code /api}, and all are secured). */
    @Bean
    OperationCustomizer commandOperations() {
        return (operation, handlerMethod) -> {
            ApiResponses responses = operation.getResponses();
            documentSuccess(responses, handlerMethod);
            boolean hasBody = operation.getRequestBody() != null;
            boolean hasPathVariables = operation.getParameters() != null
                    && operation.getParameters().stream().anyMatch(parameter -> "path".equals(parameter.getIn()));
            if (hasBody || hasPathVariables) {
                problem(responses, HttpStatus.BAD_REQUEST, "The input is wrong by itself: unreadable JSON, a missing "
                        + "or invalid field or path variable (named in `field`)");
            }
            problem(responses, HttpStatus.UNAUTHORIZED, "No credentials, or invalid ones");
            problem(responses, HttpStatus.FORBIDDEN, "The caller's role may not do this");
            if (hasPathVariables) {
                problem(responses, HttpStatus.NOT_FOUND, "No record of this kind has the id in the path");
            }
            problem(responses, HttpStatus.NOT_ACCEPTABLE, "The Accept header allows neither application/json nor "
                    + "application/problem+json (named in `field`)");
            problem(responses, HttpStatus.CONFLICT, "A rule the current state forbids (named in `field`), an id "
                    + "already used for another record, or a concurrent change");
            if (hasBody) {
                problem(responses, HttpStatus.PAYLOAD_TOO_LARGE, "The body is too large");
                problem(responses, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The body is not application/json");
            }
            problem(responses, HttpStatus.SERVICE_UNAVAILABLE, "The request could not be processed now; the failure "
                    + "was logged under the `incident` id");
            operation.setSecurity(List.of(new SecurityRequirement().addList(BASIC_AUTH),
                    new SecurityRequirement().addList(BEARER_AUTH)));
            typePathVariables(operation);
            return operation;
        };
    }

    /**
     * Closes every schema but the problem's: the service refuses unknown fields (Jackson's
     * {@code fail-on-unknown-properties}) and answers with none it does not declare.
     */
    @Bean
    OpenApiCustomizer closedSchemas() {
        return openApi -> openApi.getComponents().getSchemas().forEach((name, schema) -> {
            if (SHARED_PARTS_REQUIRED.containsKey(name)) {
                schema.setRequired(SHARED_PARTS_REQUIRED.get(name));
            }
            if (!PROBLEM.equals(name) && "object".equals(schema.getType())) {
                schema.setAdditionalProperties(false);
            }
        });
    }

    private static void documentSuccess(ApiResponses responses, HandlerMethod handlerMethod) {
        ResolvableType returned = ResolvableType.forMethodReturnType(handlerMethod.getMethod());
        Class<?> body = returned.getGeneric(0).resolve();
        if (!org.springframework.http.ResponseEntity.class.equals(returned.resolve()) || body == null) {
            return;
        }
        ApiResponse inferred = responses.remove(String.valueOf(HttpStatus.OK.value()));
        if (IdResponse.class.equals(body)) {
            ApiResponse created = inferred == null ? new ApiResponse() : inferred;
            responses.addApiResponse(String.valueOf(HttpStatus.CREATED.value()), created
                    .description("Created, or the same request again: the same answer, nothing recorded twice")
                    .addHeaderObject("Location", new Header().required(true)
                            .description("Where the record can be read (on the query-service)")
                            .schema(new StringSchema().format("uri"))));
        } else if (Void.class.equals(body)) {
            responses.addApiResponse(String.valueOf(HttpStatus.NO_CONTENT.value()),
                    new ApiResponse().description("Recorded"));
        }
    }

    private static void problem(ApiResponses responses, HttpStatus status, String description) {
        responses.addApiResponse(String.valueOf(status.value()), new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    private static void typePathVariables(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            Supplier<Schema<?>> schema = PATH_VARIABLES.get(parameter.getName());
            if ("path".equals(parameter.getIn()) && schema != null) {
                parameter.setSchema(schema.get());
            }
        }
    }

    private static Schema<?> idSchema(String example) {
        return new StringSchema().pattern("^" + Checks.ID.pattern() + "$").maxLength(Limits.ID).example(example);
    }

    /** RFC 9457 with this API's extensions; see {@link ProblemHandler}. */
    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().description("A URI naming the kind of problem")
                        .example("about:blank"))
                .addProperty("title", new StringSchema().example("Conflict"))
                .addProperty("status", new IntegerSchema().minimum(BigDecimal.valueOf(400))
                        .maximum(BigDecimal.valueOf(599)).example(409))
                .addProperty("detail", new StringSchema().description("For people, in the language of the "
                        + "request's Accept-Language: en (the default) or ru; about a field, it begins with the field")
                        .example("participantNcoIds[0]: NCO nco-edinstvo was liquidated on 2019-06-30"))
                .addProperty("instance", new StringSchema().description("The request's path")
                        .example("/api/ncos/nco-edinstvo/liquidation"))
                .addProperty("field", new StringSchema().description("The request field (a JSON path such as "
                        + "stateRegistration.registeredOn or participantNcoIds[1]), path variable, or `body`, "
                        + "that the problem is about").example("participantNcoIds[0]"))
                .addProperty("code", new StringSchema().description("What the problem is, stable and "
                        + "machine-readable, whatever the language of `detail` (e.g. NCO_LIQUIDATED, REQUIRED, "
                        + "NOT_FOUND); for what Spring MVC refuses by itself (405, 406, 415), the HTTP status's name")
                        .example("NCO_LIQUIDATED"))
                .addProperty("correlationId", new StringSchema().description("The request's X-Correlation-Id")
                        .example("case-2020-0042"))
                .addProperty("incident", new StringSchema().description("With 503: the id the failure was logged "
                        + "under"))
                .required(List.of("title", "status"));
    }
}
