package ru.kogalym.civic.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strict input: a value of the wrong JSON type, an enum ordinal, an empty string or array in place of a value, text
 * with control characters or unpaired surrogates, or too long, is refused with a 400 problem naming the field, on
 * every kind of request; nothing is stored. So are malformed ids in the path, and a body above the size limit is a
 * 413.
 */
@ExtendWith(OutputCaptureExtension.class)
class StrictInputTest extends ApiTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Created once: the records the requests below refer to. */
    private static String nco;
    private static String council;

    /** A valid request of each kind; {nco} and {council} stand for existing records. */
    enum Endpoint {
        NCO("/api/ncos", """
                {"fullName": "Общество", "legalForm": "OTHER", "registeredOn": "2015-01-15", "shortName": "О",
                 "stateRegistration": {"registeredOn": "2015-02-01", "number": "86-1"}}"""),
        RAID("/api/raids", """
                {"heldOn": "2020-06-19", "location": "Площадь", "purpose": "Памятки", "participantNcoIds": ["{nco}"],
                 "officials": ["Инспектор"], "leafletsDistributed": 10, "residentsReached": 5}"""),
        MEETING("/api/meetings", """
                {"kind": "WORKING_MEETING", "topic": "Согласие", "heldOn": "2020-02-20", "venue": "Зал",
                 "participantNcoIds": ["{nco}"], "otherParticipants": ["Гость"], "minutes": "Решили"}"""),
        SUPPORT("/api/support", """
                {"ncoId": "{nco}", "kind": "FINANCIAL", "providedOn": "2020-05-05", "description": "Субсидия",
                 "amount": 1000.50, "providedBy": "Администрация"}"""),
        GRANT("/api/grant-applications", """
                {"ncoId": "{nco}", "level": "MUNICIPAL", "contest": "Конкурс", "project": "Проект",
                 "amountRequested": 50000, "appliedOn": "2020-03-01"}"""),
        COUNCIL("/api/councils", """
                {"name": "Совет", "area": "CULTURE", "establishedOn": "2010-01-01"}"""),
        COUNCIL_MEMBER("/api/councils/{council}/members", """
                {"person": "Иванов И. И.", "role": "член совета", "addedOn": "2019-01-01"}"""),
        PRIORITIES("PUT", "/api/priorities/{year}", """
                {"tasks": [{"taskId": "t1", "title": "Задача", "description": "Описание"}], "setOn": "2020-12-01"}""");

        final String method;
        final String path;
        final String body;

        Endpoint(String path, String body) {
            this("POST", path, body);
        }

        Endpoint(String method, String path, String body) {
            this.method = method;
            this.path = path;
            this.body = body;
        }

        Http.Reply send(Http http, String path, String body) {
            return http.send(method, path, body, "application/json", java.util.Map.of());
        }
    }

    /** One hostile value in place of one field of an otherwise valid request. */
    record Hostile(Endpoint endpoint, String field, String json, String what) {
        @Override
        public String toString() {
            return endpoint + " " + field + " = " + what;
        }
    }

    static Stream<Hostile> hostileValues() {
        return Stream.of(
                // enum ordinals and other non-names
                new Hostile(Endpoint.NCO, "legalForm", "0", "enum ordinal"),
                new Hostile(Endpoint.NCO, "legalForm", "\"0\"", "enum ordinal as text"),
                new Hostile(Endpoint.MEETING, "kind", "1", "enum ordinal"),
                new Hostile(Endpoint.SUPPORT, "kind", "0", "enum ordinal"),
                new Hostile(Endpoint.GRANT, "level", "0", "enum ordinal"),
                new Hostile(Endpoint.COUNCIL, "area", "2", "enum ordinal"),
                new Hostile(Endpoint.NCO, "legalForm", "\"\"", "empty string for an enum"),
                new Hostile(Endpoint.NCO, "legalForm", "true", "boolean for an enum"),
                // numbers and booleans for text
                new Hostile(Endpoint.NCO, "fullName", "1.5", "float for text"),
                new Hostile(Endpoint.NCO, "fullName", "15", "integer for text"),
                new Hostile(Endpoint.NCO, "shortName", "true", "boolean for text"),
                new Hostile(Endpoint.NCO, "stateRegistration.number", "861", "integer for nested text"),
                new Hostile(Endpoint.RAID, "location", "false", "boolean for text"),
                new Hostile(Endpoint.RAID, "officials[0]", "7", "integer for a list item"),
                new Hostile(Endpoint.MEETING, "topic", "7", "integer for text"),
                new Hostile(Endpoint.MEETING, "participantNcoIds[0]", "12345", "integer for an id"),
                new Hostile(Endpoint.SUPPORT, "description", "1e3", "float for text"),
                new Hostile(Endpoint.SUPPORT, "ncoId", "42", "integer for an id"),
                new Hostile(Endpoint.GRANT, "contest", "false", "boolean for text"),
                new Hostile(Endpoint.COUNCIL_MEMBER, "person", "12", "integer for text"),
                new Hostile(Endpoint.PRIORITIES, "tasks[0].title", "3", "integer for nested text"),
                // strings and booleans for numbers
                new Hostile(Endpoint.RAID, "leafletsDistributed", "\"20200101\"", "string for a number"),
                new Hostile(Endpoint.RAID, "leafletsDistributed", "true", "boolean for a number"),
                new Hostile(Endpoint.RAID, "leafletsDistributed", "\"\"", "empty string for a number"),
                new Hostile(Endpoint.RAID, "residentsReached", "2147483648", "integer out of range"),
                new Hostile(Endpoint.SUPPORT, "amount", "\"1000\"", "string for an amount"),
                new Hostile(Endpoint.SUPPORT, "amount", "\"\"", "empty string for an amount"),
                new Hostile(Endpoint.GRANT, "amountRequested", "true", "boolean for an amount"),
                new Hostile(Endpoint.GRANT, "amountRequested", "1e13", "amount out of range"),
                // dates only as "YYYY-MM-DD"
                new Hostile(Endpoint.NCO, "registeredOn", "[]", "empty array for a date"),
                new Hostile(Endpoint.NCO, "registeredOn", "[2015, 1, 15]", "array for a date"),
                new Hostile(Endpoint.NCO, "registeredOn", "\"\"", "empty string for a date"),
                new Hostile(Endpoint.NCO, "stateRegistration.registeredOn", "[]", "empty array for a nested date"),
                new Hostile(Endpoint.RAID, "heldOn", "20200619", "number for a date"),
                new Hostile(Endpoint.COUNCIL_MEMBER, "addedOn", "[]", "empty array for a defaulted date"),
                new Hostile(Endpoint.PRIORITIES, "setOn", "[]", "empty array for a defaulted date"),
                new Hostile(Endpoint.GRANT, "appliedOn", "true", "boolean for a date"),
                // empty values for structures
                new Hostile(Endpoint.NCO, "stateRegistration", "\"\"", "empty string for an object"),
                new Hostile(Endpoint.NCO, "stateRegistration", "[]", "empty array for an object"),
                new Hostile(Endpoint.MEETING, "participantNcoIds", "\"\"", "empty string for a list"),
                new Hostile(Endpoint.RAID, "participantNcoIds", "\"{nco}\"", "string for a list"),
                // control characters and unpaired surrogates
                new Hostile(Endpoint.NCO, "fullName", "\"Обще\\u0000ство\"", "NUL"),
                new Hostile(Endpoint.NCO, "fullName", "\"Общество\\nЕдинство\"", "newline in a name"),
                new Hostile(Endpoint.NCO, "shortName", "\"\\u001b[31mО\"", "escape"),
                new Hostile(Endpoint.NCO, "stateRegistration.number", "\"86\\u0007\"", "bell in nested text"),
                new Hostile(Endpoint.RAID, "location", "\"Площадь\\u0085\"", "C1 control"),
                new Hostile(Endpoint.RAID, "officials[0]", "\"\\u007f\"", "DEL in a list item"),
                new Hostile(Endpoint.MEETING, "topic", "\"\\ud800\"", "lone high surrogate"),
                new Hostile(Endpoint.MEETING, "minutes", "\"Итоги\\u0000\"", "NUL in free text"),
                new Hostile(Endpoint.MEETING, "minutes", "\"\\udc00\\ud800\"", "reversed surrogate pair"),
                new Hostile(Endpoint.SUPPORT, "description", "\"Субсидия\\udfff\"", "lone low surrogate"),
                new Hostile(Endpoint.SUPPORT, "description", "\"a\\rb\"", "carriage return in free text"),
                new Hostile(Endpoint.GRANT, "project", "\"\\u0000\"", "NUL alone"),
                new Hostile(Endpoint.COUNCIL, "name", "\"Совет\\u000b\"", "vertical tab"),
                new Hostile(Endpoint.COUNCIL_MEMBER, "role", "\"\\tчлен\"", "tab in a short text"),
                new Hostile(Endpoint.PRIORITIES, "tasks[0].description", "\"\\u0000\"", "NUL in nested free text"),
                // too long
                new Hostile(Endpoint.NCO, "fullName", "\"" + "щ".repeat(501) + "\"", "501 characters"),
                new Hostile(Endpoint.NCO, "fullName", "\"" + "щ".repeat(20_000) + "\"", "20,000 characters"),
                new Hostile(Endpoint.NCO, "id", "\"" + "z".repeat(20_000) + "\"", "20,000-character id"),
                new Hostile(Endpoint.RAID, "participantNcoIds[0]", "\"" + "z".repeat(101) + "\"", "101-character id"),
                new Hostile(Endpoint.MEETING, "minutes", "\"" + "щ".repeat(10_001) + "\"", "10,001 characters"),
                new Hostile(Endpoint.COUNCIL_MEMBER, "person", "\"" + "щ".repeat(201) + "\"", "201 characters"),
                // malformed ids in the body
                new Hostile(Endpoint.SUPPORT, "ncoId", "\"nco one\"", "id with a space"),
                new Hostile(Endpoint.GRANT, "id", "\"../x\"", "id with a slash"),
                // unknown properties
                new Hostile(Endpoint.MEETING, "organiser", "\"Я\"", "unknown field"),
                new Hostile(Endpoint.PRIORITIES, "tasks[0].owner", "\"Я\"", "unknown nested field"));
    }

    @BeforeEach
    void records() {
        if (nco == null) {
            nco = registeredNco();
            council = establishedCouncil();
        }
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void theValidRequestsBelowAreAccepted(Endpoint endpoint) {
        Http.Reply reply = send(endpoint, parse(endpoint));
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 299);
    }

    @ParameterizedTest
    @MethodSource("hostileValues")
    void aHostileValueIsRefusedNamingItsField(Hostile hostile) {
        ObjectNode body = parse(hostile.endpoint());
        set(body, hostile.field(), hostile.json().replace("{nco}", nco));
        assertRefused(hostile.endpoint(), body.toString(), hostile.field());
    }

    @Test
    void aTrailingTokenOrSecondDocumentIsRefused() {
        assertRefused(Endpoint.RAID, parse(Endpoint.RAID) + " {}", "body");
        assertRefused(Endpoint.MEETING, parse(Endpoint.MEETING) + " ]", "body");
    }

    /** Text a report can print: line breaks and tabs in free text, characters beyond the BMP, combining marks. */
    static Stream<Arguments> acceptedTexts() {
        return Stream.of(
                Arguments.of(Endpoint.MEETING, "minutes", "1. Согласие\n2. Праздник\tв июне"),
                Arguments.of(Endpoint.RAID, "purpose", "Памятки\nи беседы\tв сквере"),
                Arguments.of(Endpoint.NCO, "fullName", "Общество 𝔄 «Ёлка» й\u0306 😀"));
    }

    @ParameterizedTest
    @MethodSource("acceptedTexts")
    void printableTextIsAccepted(Endpoint endpoint, String field, String text) {
        ObjectNode body = parse(endpoint);
        body.put(field, text);
        Http.Reply reply = send(endpoint, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    /** Ids in the path that no record can have: each a 400 naming the path variable. */
    static Stream<Arguments> malformedPathIds() {
        String huge = "n".repeat(20_000);
        return Stream.of(
                Arguments.of("/api/ncos/" + huge + "/liquidation", "{\"liquidatedOn\": \"2020-01-01\"}", "id"),
                Arguments.of("/api/ncos/nco%0Ax/renaming", "{\"fullName\": \"Имя\"}", "id"),
                Arguments.of("/api/raids/%D1%80%D0%B5%D0%B9%D0%B4/withdrawal", "{\"reason\": \"Ошибка\"}", "id"),
                Arguments.of("/api/meetings/" + "m".repeat(101) + "/withdrawal", "{\"reason\": \"Ошибка\"}", "id"),
                Arguments.of("/api/support/s%20t/withdrawal", "{\"reason\": \"Ошибка\"}", "id"),
                Arguments.of("/api/grant-applications/..%2F..%2Fx/award", "{\"amountAwarded\": 1}", "id"),
                Arguments.of("/api/councils/{council}/members/" + huge + "/removal", "{}", "memberId"));
    }

    @ParameterizedTest
    @MethodSource("malformedPathIds")
    void aMalformedPathIdIsRefusedNamingIt(String path, String body, String field) {
        int before = allEvents().size();
        Http.Reply reply = http.responsesOnly().postJson(path.replace("{council}", council), body);
        assertProblem(reply, 400, field);
        assertThat(allEvents()).hasSize(before);
    }

    @Test
    void aBodyAboveTheLimitIsContentTooLarge() {
        ObjectNode body = parse(Endpoint.MEETING);
        body.put("minutes", "щ".repeat((int) (StrictJsonConfiguration.MAX_BODY_BYTES / 2) + 1));
        int before = allEvents().size();
        Http.Reply reply = send(Endpoint.MEETING, body);
        assertProblem(reply, 413, "body");
        assertThat(allEvents()).hasSize(before);
    }

    @Test
    void aRefusedCreationLogsOneLineAndNoStackTrace(CapturedOutput output) {
        int from = output.getOut().length();
        ObjectNode body = parse(Endpoint.NCO);
        body.put("fullName", "Обще\u0000ство");
        Http.Reply reply = send(Endpoint.NCO, body);
        assertProblem(reply, 400, "fullName");

        String logged = output.getOut().substring(from);
        assertThat(logged.lines().filter(line -> line.contains("Refused POST /api/ncos with 400 about fullName")))
                .hasSize(1);
        assertThat(logged).doesNotContain("\tat ").doesNotContain("InvalidCommandException");
    }

    private void assertRefused(Endpoint endpoint, String body, String field) {
        int before = allEvents().size();
        // hostile on purpose: the contract check looks at the answer only
        Http.Reply reply = endpoint.send(http.responsesOnly(), path(endpoint, false), body);
        assertProblem(reply, 400, field);
        assertThat(allEvents()).as("events after " + reply).hasSize(before);
    }

    private Http.Reply send(Endpoint endpoint, JsonNode body) {
        return endpoint.send(http, path(endpoint, true), body.toString());
    }

    /** A refused plan must name a year without one: an existing year's plan sent again is answered as a retry. */
    private static String path(Endpoint endpoint, boolean valid) {
        return endpoint.path.replace("{council}", council).replace("{year}", valid ? "1995" : "1996");
    }

    private static ObjectNode parse(Endpoint endpoint) {
        try {
            return (ObjectNode) JSON.readTree(endpoint.body.replace("{nco}", nco));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts raw JSON at a path such as {@code tasks[0].title}. */
    private static void set(ObjectNode body, String path, String rawJson) {
        ObjectNode target = body;
        String[] steps = path.split("\\.");
        for (int i = 0; i < steps.length - 1; i++) {
            target = (ObjectNode) child(target, steps[i]);
        }
        String last = steps[steps.length - 1];
        int bracket = last.indexOf('[');
        if (bracket < 0) {
            target.putRawValue(last, new RawValue(rawJson));
        } else {
            ((ArrayNode) target.get(last.substring(0, bracket))).setRawValue(index(last), new RawValue(rawJson));
        }
    }

    private static JsonNode child(ObjectNode node, String step) {
        int bracket = step.indexOf('[');
        return bracket < 0 ? node.get(step) : node.get(step.substring(0, bracket)).get(index(step));
    }

    private static int index(String step) {
        return Integer.parseInt(step.substring(step.indexOf('[') + 1, step.indexOf(']')));
    }
}
