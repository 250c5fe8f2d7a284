package ru.kogalym.civic.query.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.lang.Nullable;
import org.springframework.web.method.HandlerMethod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What every operation of the query API has in common, said once: the problem+json errors it can answer with,
 * the authentication it needs (all but the public support register), CSV answers, and which fields may be null
 * ({@link Nullable} on a record component).
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String PROBLEM = "Problem";
    static final String BASIC_AUTH = "basicAuth";
    static final String BEARER_AUTH = "bearerAuth";

    /** Marks, while the description is built, a property that Jackson omits rather than writing null. */
    private static final String OMITTED = "x-omitted-when-null";

    private static final Map<String, String> ERRORS = Map.of(
            "400", "Неверный параметр запроса; field называет его",
            "401", "Нужна аутентификация: HTTP Basic или JWT",
            "403", "Роли пользователя этот запрос не разрешён",
            "404", "Записи с таким идентификатором нет; field называет параметр",
            "406", "Ответ в запрошенном Accept дать нельзя",
            "503", "Запрос сейчас не выполнить; можно повторить позже");

    @Bean
    OpenAPI queryApi() {
        return new OpenAPI()
                .info(new Info().title("Civic activity tracker: query API").version("1")
                                .description("Реестры, журнал, годовые итоги и аудит для аналитиков и аудиторов. "
                                             + "Ошибки — application/problem+json с параметром-виновником в field."))
                .components(new Components()
                        .addSchemas(PROBLEM, problemSchema())
                        .addSecuritySchemes(BASIC_AUTH, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes(BEARER_AUTH, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                                                             .scheme("bearer").bearerFormat("JWT")));
    }

    @Bean
    OperationCustomizer commonResponses() {
        return (operation, handler) -> {
            csvAnswers(operation, handler);
            ApiResponses responses = operation.getResponses();
            List<String> errors = new ArrayList<>(List.of("400", "406", "503"));
            if (!isPublic(handler)) {
                operation.addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH))
                         .addSecurityItem(new SecurityRequirement().addList(BEARER_AUTH));
                errors.addAll(List.of("401", "403"));
            }
            if (handler.hasMethodAnnotation(NotFoundException.Possible.class)) {
                errors.add("404");
            }
            errors.forEach(status -> responses.computeIfAbsent(status, s -> new ApiResponse()));
            responses.forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    problem(response, ERRORS.getOrDefault(status, "Ошибка"));
                }
            });
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer anyJsonValue() {
        // swagger-core calls Jackson's JsonNode an object: a reconciliation's values are numbers, lists and objects alike
        return openApi -> openApi.getComponents().getSchemas().computeIfPresent(
                JsonNode.class.getSimpleName(), (name, schema) -> new Schema<>().description("любое значение JSON"));
    }

    @Bean
    PropertyCustomizer nullableAndOmittedProperties() {
        return (property, type) -> {
            if (property == null || type.getCtxAnnotations() == null) {
                return property;
            }
            // nullable beside a $ref is ignored in OpenAPI 3.0 (and linted as an error)
            if (property.get$ref() == null
                && Arrays.stream(type.getCtxAnnotations()).anyMatch(a -> a.annotationType() == Nullable.class)) {
                property.setNullable(true);
            }
            if (Arrays.stream(type.getCtxAnnotations()).anyMatch(a -> a instanceof JsonInclude include
                                                                      && include.value() != JsonInclude.Include.ALWAYS)) {
                property.addExtension(OMITTED, true);
            }
            return property;
        };
    }

    /** Every answer's field is always there (null where it is nullable), except those Jackson leaves out. */
    @Bean
    OpenApiCustomizer requiredProperties() {
        return openApi -> openApi.getComponents().getSchemas().forEach((name, raw) -> {
            Schema<?> schema = raw;
            if (schema.getProperties() == null || name.equals(PROBLEM)) {
                return;
            }
            schema.getProperties().forEach((field, property) -> {
                if (!removeOmittedMark(property)) {
                    schema.addRequiredItem(field);
                }
                if (property.getItems() != null) {
                    removeOmittedMark(property.getItems()); // the annotation reaches a list's items too
                }
            });
        });
    }

    /** Whether the property was marked {@link #OMITTED}; the mark is gone afterwards. */
    private static boolean removeOmittedMark(Schema<?> property) {
        Map<String, Object> extensions = property.getExtensions();
        if (extensions == null || extensions.remove(OMITTED) == null) {
            return false;
        }
        property.setExtensions(extensions.isEmpty() ? null : extensions);
        return true;
    }

    private static boolean isPublic(HandlerMethod handler) {
        return handler.hasMethodAnnotation(SecurityRequirements.class)
               || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), SecurityRequirements.class);
    }

    private static void csvAnswers(Operation operation, HandlerMethod handler) {
        ApiResponse ok = operation.getResponses().get("200");
        if (ok == null) {
            return;
        }
        MediaType csv = new MediaType().schema(new StringSchema().description("CSV в UTF-8 с BOM, первая строка — заголовки"));
        if (handler.hasMethodAnnotation(CsvExport.CsvFile.class)) {
            ok.content(new Content().addMediaType(CsvExport.TEXT_CSV, csv));
        } else if (handler.hasMethodAnnotation(CsvExport.CsvByAccept.class)) {
            ok.getContent().addMediaType(CsvExport.TEXT_CSV, csv);
        }
    }

    private static void problem(ApiResponse response, String description) {
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.description(description);
        }
        response.content(new Content().addMediaType(
                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    /** RFC 9457 problem details, with this API's extension {@code field}. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        Map<String, Schema> properties = new java.util.LinkedHashMap<>();
        properties.put("type", new StringSchema().description("URI типа ошибки").example("about:blank"));
        properties.put("title", new StringSchema().description("краткое описание вида ошибки").example("Bad query parameter"));
        properties.put("status", new IntegerSchema().description("код ответа HTTP").example(400));
        properties.put("detail", new StringSchema().description("что именно не так")
                                                   .example("asOf must be a date as YYYY-MM-DD"));
        properties.put("instance", new StringSchema().description("путь запроса").example("/api/ncos"));
        properties.put("field", new StringSchema().description("параметр запроса, в котором ошибка").example("asOf"));
        return new ObjectSchema().description("Описание ошибки (RFC 9457)").properties(properties)
                                 .required(List.of("type", "title", "status"));
    }
}
