package ru.kogalym.civic.command.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's error contract against the real application: each kind of bad request gets its status as
 * {@code application/problem+json} naming the offending field, and leaves the event store as it was.
 */
class ApiErrorContractTest extends ApiTestSupport {

    private static final String VALID_NCO = """
            {"fullName": "Общество", "legalForm": "OTHER", "registeredOn": "2015-01-15"}""";

    /** These requests are wrong on purpose; what the service answers must still be what its contract says. */
    @BeforeEach
    void checkOnlyResponses() {
        http = http.responsesOnly();
    }

    /** The request is refused with the status and field, and the store holds exactly the events it held before. */
    private void assertRefused(Supplier<Http.Reply> request, int status, String field) {
        int before = allEvents().size();
        Http.Reply reply = request.get();
        assertProblem(reply, status, field);
        assertThat(allEvents()).as("events after " + reply).hasSize(before);
    }

    @Test
    void malformedJsonIsABadRequestAboutTheBody() {
        assertRefused(() -> http.postJson("/api/ncos", "{\"fullName\": \"Общество\", "), 400, "body");
        assertRefused(() -> http.postJson("/api/ncos", "{\"fullName\": 'single quotes'}"), 400, "body");
        assertRefused(() -> http.postJson("/api/ncos", VALID_NCO + " trailing"), 400, "body");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        assertRefused(() -> http.postJson("/api/ncos", """
                {"legalForm": "OTHER", "registeredOn": "2015-01-15"}"""), 400, "fullName");
        assertRefused(() -> http.postJson("/api/ncos", """
                {"fullName": "Общество", "legalForm": "OTHER"}"""), 400, "registeredOn");
        assertRefused(() -> http.postJson("/api/ncos", """
                {"fullName": "Общество", "legalForm": "OTHER", "registeredOn": "2015-01-15",
                 "stateRegistration": {"number": "86-1"}}"""), 400, "stateRegistration.registeredOn");
        assertRefused(() -> http.postJson("/api/raids", """
                {"heldOn": "2020-06-19", "location": "Площадь", "purpose": "Памятки", "participantNcoIds": []}"""),
                400, "leafletsDistributed");
        assertRefused(() -> http.postJson("/api/meetings", """
                {"kind": "WORKING_MEETING", "topic": "Согласие", "heldOn": "2020-02-20"}"""),
                400, "participantNcoIds");
    }

    @Test
    void aValueOfTheWrongTypeIsNamedByItsJsonPath() {
        assertRefused(() -> http.postJson("/api/ncos", """
                {"fullName": "Общество", "legalForm": "OTHER", "registeredOn": "2015-01-15",
                 "stateRegistration": {"registeredOn": "soon"}}"""), 400, "stateRegistration.registeredOn");
        assertRefused(() -> http.postJson("/api/ncos", """
                {"fullName": "Общество", "legalForm": "OTHER", "registeredOn": 16000}"""), 400, "registeredOn");
        assertRefused(() -> http.postJson("/api/raids", """
                {"heldOn": "2020-06-19", "location": "Площадь", "purpose": "Памятки",
                 "participantNcoIds": ["nco-a", {"id": "nco-b"}], "leafletsDistributed": 10}"""),
                400, "participantNcoIds[1]");
        assertRefused(() -> http.postJson("/api/raids", """
                {"heldOn": "2020-06-19", "location": "Площадь", "purpose": "Памятки",
                 "participantNcoIds": [], "leafletsDistributed": "many"}"""), 400, "leafletsDistributed");
        assertRefused(() -> http.postJson("/api/raids", """
                {"heldOn": "2020-06-19", "location": "Площадь", "purpose": "Памятки",
                 "participantNcoIds": [], "leafletsDistributed": 1.5}"""), 400, "leafletsDistributed");
        assertRefused(() -> http.postJson("/api/ncos", """
                {"fullName": ["Общество"], "legalForm": "OTHER", "registeredOn": "2015-01-15"}"""), 400, "fullName");
    }

    @Test
    void anImpossibleDateIsNamed() {
        assertRefused(() -> http.postJson("/api/ncos", """
                {"fullName": "Общество", "legalForm": "OTHER", "registeredOn": "2020-13-45"}"""), 400, "registeredOn");
        assertRefused(() -> http.postJson("/api/ncos", """
                {"fullName": "Общество", "legalForm": "OTHER", "registeredOn": "15.01.2015"}"""), 400, "registeredOn");
    }

    @Test
    void anUnknownFieldIsNamed() {
        assertRefused(() -> http.postJson("/api/ncos", """
                {"fullName": "Общество", "legalForm": "OTHER", "registeredOn": "2015-01-15", "nickname": "x"}"""),
                400, "nickname");
        assertRefused(() -> http.postJson("/api/ncos", """
                {"fullName": "Общество", "legalForm": "OTHER", "registeredOn": "2015-01-15",
                 "stateRegistration": {"registeredOn": "2014-01-01", "registry": "МЮ"}}"""),
                400, "stateRegistration.registry");
        assertRefused(() -> http.postJson("/api/ncos", """
                {"ncoId": "nco-x", "fullName": "Общество", "legalForm": "OTHER", "registeredOn": "2015-01-15"}"""),
                400, "ncoId");
    }

    @Test
    void aBadEnumValueIsNamedWithTheAllowedValues() {
        Http.Reply reply = http.postJson("/api/ncos", """
                {"fullName": "Общество", "legalForm": "CHARITY", "registeredOn": "2015-01-15"}""");
        assertProblem(reply, 400, "legalForm");
        assertThat(reply.json().path("detail").asText()).contains("LOCAL_PUBLIC_ORGANIZATION");
        assertRefused(() -> http.postJson("/api/meetings", """
                {"kind": "working_meeting", "topic": "Согласие", "heldOn": "2020-02-20", "participantNcoIds": []}"""),
                400, "kind");
    }

    @Test
    void aDateInTheFutureOrBefore1990IsRefused() {
        assertRefused(() -> http.postJson("/api/ncos", """
                {"fullName": "Общество", "legalForm": "OTHER", "registeredOn": "2999-01-01"}"""), 400, "registeredOn");
        assertRefused(() -> http.postJson("/api/ncos", """
                {"fullName": "Общество", "legalForm": "OTHER", "registeredOn": "1989-12-31"}"""), 400, "registeredOn");
        String nco = registeredNco();
        assertRefused(() -> http.postJson("/api/ncos/" + nco + "/liquidation", """
                {"liquidatedOn": "2999-01-01"}"""), 400, "liquidatedOn");
    }

    @Test
    void aNegativeCountIsRefused() {
        assertRefused(() -> http.postJson("/api/raids", """
                {"heldOn": "2020-06-19", "location": "Площадь", "purpose": "Памятки", "participantNcoIds": [],
                 "leafletsDistributed": -1}"""), 400, "leafletsDistributed");
        assertRefused(() -> http.postJson("/api/event-participations", """
                {"eventKind": "CLEAN_UP_DAY", "eventName": "Субботник", "heldOn": "2020-09-19",
                 "participantNcoIds": ["nco-a"], "participantsCount": -5}"""), 400, "participantsCount");
    }

    @Test
    void aCommissionSessionNamesItsCommission() {
        assertRefused(() -> http.postJson("/api/meetings", """
                {"kind": "COMMISSION_SESSION", "topic": "Заседание", "heldOn": "2020-03-12",
                 "participantNcoIds": []}"""), 400, "bodyId");
        String council = establishedCouncil();
        assertRefused(() -> http.postJson("/api/meetings", """
                {"kind": "COMMISSION_SESSION", "topic": "Заседание", "heldOn": "2020-03-12", "bodyId": "%s",
                 "participantNcoIds": []}""".formatted(council)), 409, "bodyId");
    }

    @Test
    void anUnknownReferencedNcoIsAConflictNamingTheListItem() {
        String nco = registeredNco();
        assertRefused(() -> http.postJson("/api/meetings", """
                {"kind": "WORKING_MEETING", "topic": "Согласие", "heldOn": "2020-02-20",
                 "participantNcoIds": ["%s", "nco-nobody-knows"]}""".formatted(nco)),
                409, "participantNcoIds[1]");
        assertRefused(() -> http.postJson("/api/support", """
                {"ncoId": "nco-nobody-knows", "kind": "CONSULTATIVE", "providedOn": "2020-05-05",
                 "description": "Консультация", "providedBy": "Администрация"}"""), 409, "ncoId");
    }

    @Test
    void aDuplicateOgrnIsAConflict() {
        String ogrn = "1" + String.format("%012d", Math.abs(System.nanoTime() % 1_000_000_000_000L));
        Http.Reply first = http.postJson("/api/ncos", """
                {"fullName": "Первое", "legalForm": "OTHER", "registeredOn": "2015-01-15", "ogrn": "%s"}"""
                .formatted(ogrn));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertRefused(() -> http.postJson("/api/ncos", """
                {"fullName": "Второе", "legalForm": "OTHER", "registeredOn": "2016-01-15", "ogrn": "%s"}"""
                .formatted(ogrn)), 409, "ogrn");
        assertRefused(() -> http.postJson("/api/ncos", """
                {"fullName": "Третье", "legalForm": "OTHER", "registeredOn": "2016-01-15", "ogrn": "123"}"""),
                400, "ogrn");
    }

    @Test
    void nothingHappensToALiquidatedNco() {
        String nco = registeredNco();
        Http.Reply liquidation = http.postJson("/api/ncos/" + nco + "/liquidation", """
                {"liquidatedOn": "2019-06-30", "reason": "Решение учредителей"}""");
        assertThat(liquidation.status()).as(liquidation.toString()).isEqualTo(204);

        assertRefused(() -> http.postJson("/api/ncos/" + nco + "/liquidation", """
                {"liquidatedOn": "2019-07-30"}"""), 409, "liquidatedOn");
        assertRefused(() -> http.postJson("/api/ncos/" + nco + "/leader-change", """
                {"leader": "Иванов И. И.", "changedOn": "2020-01-10"}"""), 409, "changedOn");
        assertRefused(() -> http.postJson("/api/meetings", """
                {"kind": "WORKING_MEETING", "topic": "Согласие", "heldOn": "2020-02-20",
                 "participantNcoIds": ["%s"]}""".formatted(nco)), 409, "participantNcoIds[0]");
    }

    @Test
    void aWithdrawnRecordCannotBeWithdrawnAgain() {
        Http.Reply raid = http.postJson("/api/raids", """
                {"heldOn": "2020-06-19", "location": "Площадь по улице Мира", "purpose": "Памятки",
                 "participantNcoIds": [], "leafletsDistributed": 10}""");
        assertThat(raid.status()).as(raid.toString()).isEqualTo(201);
        String id = raid.json().get("id").asText();
        Http.Reply withdrawal = http.postJson("/api/raids/" + id + "/withdrawal", "{\"reason\": \"Ошибка\"}");
        assertThat(withdrawal.status()).as(withdrawal.toString()).isEqualTo(204);

        assertRefused(() -> http.postJson("/api/raids/" + id + "/withdrawal", "{\"reason\": \"Ещё раз\"}"), 409, "id");
        assertRefused(() -> http.postJson("/api/raids/" + id + "/correction", """
                {"heldOn": "2020-06-20", "location": "Площадь по улице Мира", "purpose": "Памятки",
                 "participantNcoIds": [], "leafletsDistributed": 12, "reason": "Дата"}"""), 409, "id");
        assertRefused(() -> http.postJson("/api/raids/" + id + "/withdrawal", "{}"), 400, "reason");
    }

    @Test
    void anUnknownRecordInThePathIsNotFound() {
        assertRefused(() -> http.postJson("/api/ncos/nco-never-registered/liquidation", """
                {"liquidatedOn": "2020-01-01"}"""), 404, "id");
        assertRefused(() -> http.postJson("/api/meetings/meeting-never-held/withdrawal", """
                {"reason": "Ошибка"}"""), 404, "id");
        assertRefused(() -> http.postJson("/api/priorities/1999/tasks", """
                {"title": "Задача"}"""), 404, "year");
    }

    @Test
    void aRecordOfAnotherTypeInThePathIsNotFound() {
        String nco = registeredNco();
        String council = establishedCouncil();
        String commission = establishedCommission();
        assertRefused(() -> http.postJson("/api/meetings/" + nco + "/withdrawal", "{\"reason\": \"Ошибка\"}"),
                404, "id");
        assertRefused(() -> http.postJson("/api/ncos/" + council + "/liquidation", """
                {"liquidatedOn": "2020-01-01"}"""), 404, "id");
        assertRefused(() -> http.postJson("/api/commissions/" + council + "/dissolution", """
                {"dissolvedOn": "2020-01-01"}"""), 404, "id");
        assertRefused(() -> http.postJson("/api/councils/" + commission + "/members", """
                {"ncoId": "%s", "addedOn": "2019-01-01"}""".formatted(nco)), 404, "id");
        assertRefused(() -> http.postJson("/api/commissions/" + commission + "/members/nobody/removal", "{}"),
                404, "memberId");
    }

    @Test
    void anIdReusedWithAnotherBodyIsAConflict() {
        String nco = registeredNco();
        assertRefused(() -> http.postJson("/api/ncos", """
                {"id": "%s", "fullName": "Совсем другое общество", "legalForm": "OTHER",
                 "registeredOn": "2015-01-15"}""".formatted(nco)), 409, "id");
        assertRefused(() -> http.postJson("/api/meetings", """
                {"id": "%s", "kind": "WORKING_MEETING", "topic": "Согласие", "heldOn": "2020-02-20",
                 "participantNcoIds": []}""".formatted(nco)), 409, "id");
        assertRefused(() -> http.send("PUT", "/api/priorities/" + nco, """
                {"tasks": [{"taskId": "t1", "title": "Задача"}], "setOn": "2020-12-01"}""", "application/json",
                Map.of()), 409, "year");
    }

    @Test
    void aMalformedIdIsABadRequest() {
        assertRefused(() -> http.postJson("/api/ncos", """
                {"id": "nco with spaces", "fullName": "Общество", "legalForm": "OTHER", "registeredOn": "2015-01-15"}"""),
                400, "id");
        assertRefused(() -> http.postJson("/api/ncos", """
                {"id": "%s", "fullName": "Общество", "legalForm": "OTHER", "registeredOn": "2015-01-15"}"""
                .formatted("x".repeat(101))), 400, "id");
        assertRefused(() -> http.postJson("/api/ncos/%D0%BD%D0%BA%D0%BE/liquidation", """
                {"liquidatedOn": "2020-01-01"}"""), 400, "id");
        assertRefused(() -> http.postJson("/api/ncos/a%2Fb/liquidation", """
                {"liquidatedOn": "2020-01-01"}"""), 400, "id");
        assertRefused(() -> http.postJson("/api/ncos/" + "y".repeat(101) + "/liquidation", """
                {"liquidatedOn": "2020-01-01"}"""), 400, "id");
    }

    @Test
    void wrongMethodMediaTypeAndPathAreProblemsToo() {
        assertRefused(() -> http.send("GET", "/api/ncos", null, null, Map.of()), 405, "method");
        assertRefused(() -> http.send("DELETE", "/api/meetings", null, null, Map.of()), 405, "method");
        assertRefused(() -> http.postJson("/api/priorities/2021", "{\"tasks\": []}"), 405, "method");
        assertRefused(() -> http.send("POST", "/api/ncos", VALID_NCO, "text/plain", Map.of()), 415, "Content-Type");
        assertRefused(() -> http.send("POST", "/api/ncos", VALID_NCO, null, Map.of()), 415, "Content-Type");
        assertRefused(() -> http.send("POST", "/api/ncos", VALID_NCO, "application/json", Map.of("Accept", "text/csv")),
                406, "Accept");
        assertRefused(() -> http.send("POST", "/api/nothing-here", VALID_NCO, "application/json", Map.of()), 404,
                "path");
        assertRefused(() -> http.send("GET", "/api/ncos/x/y/z", null, null, Map.of()), 404, "path");
    }

    @Test
    void anUnexpectedBodyShapeIsABadRequestAboutTheBody() {
        assertRefused(() -> http.postJson("/api/ncos", ""), 400, "body");
        assertRefused(() -> http.postJson("/api/ncos", "null"), 400, "body");
        assertRefused(() -> http.postJson("/api/ncos", "[" + VALID_NCO + "]"), 400, "body");
        assertRefused(() -> http.postJson("/api/ncos", "\"a string\""), 400, "body");
        assertRefused(() -> http.postJson("/api/ncos", """
                {"fullName": "Общество", "fullName": "Другое", "legalForm": "OTHER", "registeredOn": "2015-01-15"}"""),
                400, "body");
    }

    /** Requests meant to break something: none may ever be answered with a 5xx other than as a problem. */
    static Stream<Request> weirdRequests() {
        String huge = "9".repeat(400);
        return Stream.of(
                new Request("POST", "/api/ncos", "", "application/json"),
                new Request("POST", "/api/ncos", "null", "application/json"),
                new Request("POST", "/api/ncos", "[]", "application/json"),
                new Request("POST", "/api/ncos", "[1, 2, 3]", "application/json"),
                new Request("POST", "/api/ncos", "42", "application/json"),
                new Request("POST", "/api/ncos", "{}", "application/json"),
                new Request("POST", "/api/ncos", "{\"stateRegistration\": null}", "application/json"),
                new Request("POST", "/api/ncos", "{\"stateRegistration\": []}", "application/json"),
                new Request("POST", "/api/ncos", "{\"id\": null, \"fullName\": null}", "application/json"),
                new Request("POST", "/api/ncos", "{\"registeredOn\": \"2020-13-45\"}", "application/json"),
                new Request("POST", "/api/ncos", "{\"registeredOn\": \"+999999999-12-31\"}", "application/json"),
                new Request("POST", "/api/ncos", "{\"registeredOn\": " + huge + "}", "application/json"),
                new Request("POST", "/api/ncos", "{\"fullName\": \"" + "щ".repeat(20_000) + "\", \"legalForm\": "
                        + "\"OTHER\", \"registeredOn\": \"2015-01-15\"}", "application/json"),
                new Request("POST", "/api/ncos", "{\"id\": \"" + "z".repeat(5_000) + "\"}", "application/json"),
                new Request("POST", "/api/ncos", "{\"id\": \"../../etc/passwd\"}", "application/json"),
                new Request("POST", "/api/ncos", "{\"id\": \"<script>\"}", "application/json"),
                new Request("POST", "/api/ncos", "{\"id\": \"\"}", "application/json"),
                new Request("POST", "/api/ncos", "{\"id\": \"$where\"}", "application/json"),
                new Request("POST", "/api/ncos", "{\"id\": {\"$gt\": \"\"}}", "application/json"),
                new Request("POST", "/api/ncos", "[".repeat(5_000) + "]".repeat(5_000), "application/json"),
                new Request("POST", "/api/ncos", "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000), "application/json"),
                new Request("POST", "/api/ncos", "\u0000\u0001binary", "application/json"),
                new Request("POST", "/api/ncos", "{\"fullName\": \"\\ud800\"}", "application/json"),
                new Request("POST", "/api/raids", "{\"leafletsDistributed\": " + huge + "}", "application/json"),
                new Request("POST", "/api/raids", "{\"leafletsDistributed\": 1e400}", "application/json"),
                new Request("POST", "/api/raids", "{\"residentsReached\": -2147483649}", "application/json"),
                new Request("POST", "/api/raids", "{\"heldOn\": \"2020-06-19\", \"location\": \"x\", \"purpose\": "
                        + "\"y\", \"participantNcoIds\": [null], \"leafletsDistributed\": 1}", "application/json"),
                new Request("POST", "/api/support", "{\"ncoId\": \"nco-x\", \"kind\": \"FINANCIAL\", \"providedOn\": "
                        + "\"2020-01-01\", \"description\": \"d\", \"providedBy\": \"p\", \"amount\": 1e999999999}",
                        "application/json"),
                new Request("POST", "/api/grant-applications", "{\"amountRequested\": " + huge + "." + huge + "}",
                        "application/json"),
                new Request("POST", "/api/grant-applications", "{\"amountRequested\": -1e-999999999}",
                        "application/json"),
                new Request("PUT", "/api/priorities/2021", "{\"tasks\": [null]}", "application/json"),
                new Request("PUT", "/api/priorities/99999999999999999999", "{\"tasks\": []}", "application/json"),
                new Request("PUT", "/api/priorities/-1", "{\"tasks\": [{}]}", "application/json"),
                new Request("POST", "/api/priorities/2021/tasks/%00/completion", "{}", "application/json"),
                new Request("POST", "/api/ncos/%252F/liquidation", "{}", "application/json"),
                new Request("POST", "/api/ncos/..%2F..%2Fx/liquidation", "{}", "application/json"),
                new Request("POST", "/api/ncos/%E2%80%AE/liquidation", "{}", "application/json"),
                new Request("POST", "/api/ncos/" + "n".repeat(3_000) + "/liquidation", "{}", "application/json"),
                new Request("POST", "/api/councils/x/members/y/removal", "{}", "application/json"),
                new Request("POST", "/api/commissions/../councils", "{}", "application/json"),
                new Request("PATCH", "/api/ncos", "{}", "application/json"),
                new Request("OPTIONS", "/api/ncos", null, null),
                new Request("POST", "/api/ncos", "{}", "application/xml"),
                new Request("POST", "/api/ncos", "{}", "application/json; charset=bogus"),
                new Request("POST", "/api/ncos", "{}", "not a media type"),
                new Request("GET", "/error", null, null),
                new Request("POST", "/api/scenarios/2019", "{}", "application/json"));
    }

    record Request(String method, String path, String body, String contentType) {
        @Override
        public String toString() {
            String shown = method + " " + path + " " + body;
            return shown.length() > 120 ? shown.substring(0, 120) + "…" : shown;
        }
    }

    @ParameterizedTest
    @MethodSource("weirdRequests")
    void aWeirdRequestIsNeverAServerError(Request request) {
        int before = allEvents().size();
        Http.Reply reply = http.send(request.method(), request.path(), request.body(), request.contentType(),
                Map.of("Accept", "*/*"));
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 499);
        if (reply.status() >= 400) {
            assertProblem(reply, reply.status(), null);
        }
        assertThat(allEvents()).hasSize(before);
    }

    @Test
    void aProblemCarriesTheRequestsCorrelationId() {
        Http.Reply reply = http.postJson("/api/ncos", "{", Map.of("X-Correlation-Id", "req-42"));
        assertProblem(reply, 400, "body");
        assertThat(reply.header("X-Correlation-Id")).contains("req-42");
        assertThat(reply.json().path("correlationId").asText()).isEqualTo("req-42");
    }
}
