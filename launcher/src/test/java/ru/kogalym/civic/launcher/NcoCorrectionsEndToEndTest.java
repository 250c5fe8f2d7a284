package ru.kogalym.civic.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.command.web.Http;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.identity.TestUsers;
import ru.kogalym.civic.query.testing.ApiClient;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The corrections staff make to NCOs, through the command API, as the query API then answers: the withdrawal of an
 * NCO registered by mistake, the correction of a registration, and the memberships a liquidation or dissolution ends.
 * Every exchange on either side is checked against that service's own API description.
 */
class NcoCorrectionsEndToEndTest {

    private static final Duration PROJECTED = Duration.ofSeconds(30);

    private static TestMongo mongo;
    private static CivicSystem system;
    private static Http staff;
    private static ApiClient query;

    @BeforeAll
    static void start() throws Exception {
        mongo = TestMongo.start();
        system = CivicSystem.start(mongo.uri(), Files.createTempDirectory("civic-nco-corrections"), 0, 0, 0,
                                   "civic.security.users=" + TestUsers.spec());
        staff = new Http(system.commandPort(), TestUsers.STAFF);
        query = ApiClient.on(system.queryPort());
    }

    @AfterAll
    static void stop() {
        system.close();
        mongo.close();
    }

    @Test
    void aWithdrawnNcoLeavesTheRegistryTheBodiesTheSummaryAndTheReportButNotTheAuditTrail() {
        String suffix = suffix();
        String name = "Общество записанное по ошибке " + suffix;
        String ogrn = digits(13);
        String inn = digits(10);
        String nco = created(staff.postJson("/api/ncos", """
                {"fullName": "%s", "legalForm": "OTHER", "registeredOn": "2019-04-01", "ogrn": "%s", "inn": "%s"}"""
                .formatted(name, ogrn, inn)));
        String commission = created(staff.postJson("/api/commissions", """
                {"name": "Комиссия %s", "establishedOn": "2010-01-01"}""".formatted(suffix)));
        String member = created(staff.postJson("/api/commissions/" + commission + "/members", """
                {"ncoId": "%s", "addedOn": "2020-01-15"}""".formatted(nco)));
        String meeting = created(staff.postJson("/api/meetings", """
                {"kind": "WORKING_MEETING", "topic": "Встреча %s", "heldOn": "2020-03-10", "participantNcoIds": ["%s"]}"""
                .formatted(suffix, nco)));
        String withdrawal = "/api/ncos/" + nco + "/withdrawal";
        await().atMost(PROJECTED).untilAsserted(() -> {
            assertThat(ids(query.json("/api/ncos?q=" + encode(suffix)))).containsExactly(nco);
            assertThat(summaryIds(2020)).contains(nco);
            assertThat(memberNcoIds(commission, "2020-04-01")).containsExactly(nco);
        });

        assertProblem(staff.postJson(withdrawal, """
                {"reason": "Зарегистрирована по ошибке"}"""), 409, "id");
        assertThat(staff.postJson("/api/meetings/" + meeting + "/withdrawal", """
                {"reason": "Встречи не было"}""").status()).isEqualTo(204);
        Http.Reply stillMember = staff.postJson(withdrawal, """
                {"reason": "Зарегистрирована по ошибке"}""");
        assertProblem(stillMember, 409, "id");
        assertThat(stillMember.json().path("detail").asText()).contains(commission);
        assertThat(staff.postJson("/api/commissions/" + commission + "/members/" + member + "/removal", """
                {"removedOn": "2020-05-01"}""").status()).isEqualTo(204);
        assertProblem(staff.responsesOnly().postJson(withdrawal, "{}"), 400, "reason");

        assertThat(staff.postJson(withdrawal, """
                {"reason": "Зарегистрирована по ошибке"}""").status()).isEqualTo(204);

        assertProblem(staff.postJson(withdrawal, """
                {"reason": "Ещё раз"}"""), 409, "id");
        assertProblem(staff.postJson("/api/ncos/" + nco + "/renaming", """
                {"fullName": "Другое имя", "renamedOn": "2020-06-01"}"""), 409, "id");
        assertProblem(staff.postJson("/api/meetings", """
                {"kind": "WORKING_MEETING", "topic": "Встреча", "heldOn": "2020-06-10", "participantNcoIds": ["%s"]}"""
                .formatted(nco)), 409, "participantNcoIds[0]");
        // its identifiers are free for the correct registration
        String correct = created(staff.postJson("/api/ncos", """
                {"fullName": "Общество %s", "legalForm": "OTHER", "registeredOn": "2019-04-01", "ogrn": "%s", "inn": "%s"}"""
                .formatted(suffix, ogrn, inn)));

        await().atMost(PROJECTED).untilAsserted(() -> {
            assertThat(ids(query.json("/api/ncos?q=" + encode(suffix)))).containsExactly(correct);
            assertThat(ids(query.json("/api/ncos?asOf=2020-12-31&includeLiquidated=true&size=500"))).doesNotContain(nco);
            assertThat(summaryIds(2020)).doesNotContain(nco).contains(correct);
            assertThat(memberNcoIds(commission, "2020-04-01")).isEmpty();
        });
        HttpResponse<String> gone = query.get("/api/ncos/" + nco);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(ApiClient.read(gone.body()).path("field").asText()).isEqualTo("id");
        assertThat(query.get("/api/summaries/2020/report?lang=ru&format=md").body()).doesNotContain(name);
        JsonNode trail = query.json("/api/audit/records/" + nco + "/events");
        assertThat(trail.findValuesAsText("event")).containsExactly("NcoRegisteredEvent", "NcoWithdrawnEvent");
        assertThat(trail.get(1).path("payload").path("reason").asText()).isEqualTo("Зарегистрирована по ошибке");
    }

    @Test
    void aCorrectedRegistrationIsWhatTheRegistryTheHistoryTheSummaryAndTheReportShow() {
        String suffix = suffix();
        String nco = created(staff.postJson("/api/ncos", """
                {"fullName": "Обшество с опечаткой %s", "legalForm": "OTHER", "community": "Татарская",
                 "registeredOn": "2019-12-20"}""".formatted(suffix)));
        String correction = "/api/ncos/" + nco + "/correction";
        String corrected = """
                {"fullName": "Общество Согласие %s", "shortName": "Согласие %s", "nameTranslation": "Concord",
                 "legalForm": "LOCAL_PUBLIC_ORGANIZATION", "community": "Башкирская", "registeredOn": "%s",
                 "reason": "Сверено со свидетельством"}""";
        created(staff.postJson("/api/meetings", """
                {"kind": "CONSULTATION", "topic": "Консультация %s", "heldOn": "2020-02-15", "participantNcoIds": ["%s"]}"""
                .formatted(suffix, nco)));
        await().atMost(PROJECTED).untilAsserted(() -> {
            assertThat(ids(query.json("/api/ncos?asOf=2019-12-31&q=" + encode(suffix)))).containsExactly(nco);
            assertThat(summaryIds(2019)).contains(nco);
        });

        Http.Reply afterTheMeeting = staff.postJson(correction, corrected.formatted(suffix, suffix, "2020-03-01"));
        assertProblem(afterTheMeeting, 409, "registeredOn");
        assertThat(afterTheMeeting.json().path("detail").asText()).contains("2020-02-15");
        assertProblem(staff.postJson(correction, corrected.formatted(suffix, suffix, "2999-01-01")), 400,
                      "registeredOn");
        assertProblem(staff.responsesOnly().postJson(correction, """
                {"fullName": "Общество", "legalForm": "OTHER", "registeredOn": "2020-01-10"}"""), 400, "reason");

        assertThat(staff.postJson(correction, corrected.formatted(suffix, suffix, "2020-01-10")).status())
                .isEqualTo(204);

        assertProblem(staff.postJson(correction, corrected.formatted(suffix, suffix, "2020-01-10")), 409, "id");
        assertProblem(staff.postJson("/api/ncos/" + nco + "/renaming", """
                {"fullName": "Другое имя", "renamedOn": "2020-01-05"}"""), 409, "renamedOn");
        await().atMost(PROJECTED).untilAsserted(() -> {
            assertThat(ids(query.json("/api/ncos?asOf=2019-12-31&q=" + encode(suffix)))).isEmpty();
            assertThat(summaryIds(2019)).doesNotContain(nco);
            assertThat(summaryIds(2020)).contains(nco);
        });
        JsonNode listed = query.json("/api/ncos?asOf=2020-01-10&q=" + encode(suffix)).path("items").get(0);
        assertThat(listed.path("id").asText()).isEqualTo(nco);
        assertThat(listed.path("fullName").asText()).isEqualTo("Общество Согласие " + suffix);
        assertThat(listed.path("nameTranslation").asText()).isEqualTo("Concord");
        assertThat(listed.path("legalForm").asText()).isEqualTo("LOCAL_PUBLIC_ORGANIZATION");
        assertThat(listed.path("community").asText()).isEqualTo("Башкирская");
        assertThat(listed.path("registeredOn").asText()).isEqualTo("2020-01-10");
        JsonNode history = query.json("/api/ncos/" + nco).path("history");
        assertThat(history.findValuesAsText("type")).containsExactly("REGISTERED", "REGISTRATION_CORRECTED");
        assertThat(history.get(0).path("date").asText()).isEqualTo("2019-12-20");
        assertThat(history.get(1).path("date").asText()).isEqualTo("2020-01-10");
        assertThat(history.get(1).path("reason").asText()).isEqualTo("Сверено со свидетельством");
        assertThat(history.get(1).path("issuedBy").asText()).isEqualTo(TestUsers.STAFF.username());
        String report = query.get("/api/summaries/2020/report?lang=ru&format=md").body();
        assertThat(report).contains("Общество Согласие " + suffix + " (в переводе на русский язык означает «Concord»)")
                          .doesNotContain("Обшество с опечаткой " + suffix);
    }

    @Test
    void aLiquidationEndsTheNcosMembershipsOnItsDateAndADissolutionEndsAllOfTheBodys() {
        String suffix = suffix();
        String nco = created(staff.postJson("/api/ncos", """
                {"fullName": "Общество ликвидируемое %s", "legalForm": "OTHER", "registeredOn": "2015-01-15"}"""
                .formatted(suffix)));
        String commission = created(staff.postJson("/api/commissions", """
                {"name": "Комиссия %s", "establishedOn": "2010-01-01"}""".formatted(suffix)));
        String members = "/api/commissions/" + commission + "/members";
        created(staff.postJson(members, """
                {"ncoId": "%s", "addedOn": "2019-01-10"}""".formatted(nco)));
        created(staff.postJson(members, """
                {"person": "Иванов И. И.", "role": "председатель", "addedOn": "2019-01-10"}"""));

        assertProblem(staff.postJson("/api/ncos/" + nco + "/liquidation", """
                {"liquidatedOn": "2019-01-10"}"""), 409, "liquidatedOn");
        assertThat(staff.postJson("/api/ncos/" + nco + "/liquidation", """
                {"liquidatedOn": "2020-06-30", "reason": "Решение учредителей"}""").status()).isEqualTo(204);
        assertThat(staff.postJson("/api/commissions/" + commission + "/dissolution", """
                {"dissolvedOn": "2020-12-31"}""").status()).isEqualTo(204);

        await().atMost(PROJECTED).untilAsserted(() -> {
            assertThat(memberNcoIds(commission, "2020-12-30")).isEmpty();
            assertThat(query.json("/api/bodies/" + commission + "?asOf=2020-12-31").path("dissolved").asBoolean())
                    .isTrue();
        });
        assertThat(memberNcoIds(commission, "2020-06-29")).containsExactly(nco);
        assertThat(query.json("/api/bodies/" + commission + "?asOf=2020-06-30").path("members").findValuesAsText("person"))
                .containsExactly("Иванов И. И.");
        assertThat(query.json("/api/bodies/" + commission + "?asOf=2020-12-31").path("members")).isEmpty();
        assertThat(query.json("/api/bodies/" + commission).path("members")).isEmpty();
    }

    /** A creation that must succeed; its id. */
    private static String created(Http.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().path("id").asText();
    }

    private static void assertProblem(Http.Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.field()).as(reply.toString()).isEqualTo(field);
    }

    private static List<String> ids(JsonNode page) {
        return page.path("items").findValuesAsText("id");
    }

    /** The NCOs the year's summary lists, state-registered or not. */
    private static List<String> summaryIds(int year) {
        return query.json("/api/summaries/" + year + "/ncos").path("items").findValuesAsText("ncoId");
    }

    /** The NCOs among the body's members on {@code asOf}. */
    private static List<String> memberNcoIds(String bodyId, String asOf) {
        List<String> ncoIds = new ArrayList<>();
        query.json("/api/bodies/" + bodyId + "?asOf=" + asOf).path("members").forEach(member -> {
            if (member.hasNonNull("ncoId")) {
                ncoIds.add(member.get("ncoId").asText());
            }
        });
        return ncoIds;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Letters only, so that it stands as it is in a name, a query and Markdown. */
    private static String suffix() {
        StringBuilder letters = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            letters.append((char) ('а' + Character.digit(c, 16)));
        }
        return letters.toString();
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder("8");
        while (digits.length() < count) {
            digits.append(Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10));
        }
        return digits.toString();
    }
}
