package ru.kogalym.civic.launcher;

import ru.kogalym.civic.identity.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.eventstore.TestMongo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The seed report's 2020 facts entered through the command API: the summary and both report languages
 * state the seed's figures, the summary reconciles with the event stream, the read models rebuilt from
 * the events answer the same, and the audit trail says who recorded what.
 */
class Scenario2020EndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestMongo mongo;
    private static CivicSystem system;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        mongo = TestMongo.start();
        system = CivicSystem.start(mongo.uri(), Files.createTempDirectory("civic-2020"), 0, 0, 0,
                                   "civic.security.users=" + TestUsers.spec());
    }

    @AfterAll
    static void stop() {
        system.close();
        mongo.close();
    }

    @Test
    void theGeneratedReportStatesTheSeedFiguresAndSurvivesARebuild() throws Exception {
        HttpResponse<String> loaded = send(system.commandPort(), "POST", "/api/scenarios/2020", null);
        assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);

        // The projections have caught up once the summary recomputed from the event stream matches theirs.
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
            assertThat(json(query("/api/summaries/2020/reconciliation")).path("matches").asBoolean()).isTrue();
            assertThat(json(query("/api/summaries/2021")).path("priorities").size()).isPositive();
            assertThat(json(query("/api/ncos?asOf=2020-12-31&size=500")).path("total").asInt()).isEqualTo(10);
        });
        assertSeedFigures(json(query("/api/summaries/2020")));
        String registryBefore = query("/api/ncos?asOf=2020-12-31&size=500");
        String summaryBefore = query("/api/summaries/2020");

        String russian = query("/api/summaries/2020/report?lang=ru&format=md");
        assertThat(russian).contains("Что наиболее значительное удалось сделать в области взаимодействия с общественностью в 2020 году")
                           .contains("4 рабочих совещания")
                           .contains("5 заседаниях комиссии")
                           .contains("Какие задачи стоят в 2021 году")
                           .contains("«Единство»");
        // the scenario's leaflet counts and registration dates are illustrative: the report does not state them
        assertThat(json(summaryBefore).path("illustrative").toString())
                .isEqualTo("[\"ncos.registeredDuringYear\",\"raids.leafletsDistributed\"]");
        assertThat(russian).doesNotContain("роздано").doesNotContain("470")
                           .contains("в отчёт не включены: число организаций, внесённых в муниципальный реестр за год, "
                                   + "число розданных памяток.");
        String english = query("/api/summaries/2020/report?lang=en&format=md");
        assertThat(english).contains("4 working meetings").contains("5 sessions of the commission")
                           .doesNotContain("leaflets were handed out").doesNotContain("470");

        HttpResponse<String> rebuilt = send(system.queryPort(), "POST", "/api/audit/rebuild", null);
        assertThat(rebuilt.statusCode()).as("the rebuild goes on after the answer").isEqualTo(202);
        assertThat(json(rebuilt.body()).path("rebuilt").size()).isGreaterThanOrEqualTo(4);
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
            assertThat(json(query("/api/summaries/2020"))).isEqualTo(json(summaryBefore));
            assertThat(json(query("/api/ncos?asOf=2020-12-31&size=500"))).isEqualTo(json(registryBefore));
        });

        JsonNode trail = json(query("/api/audit/records/nco-edinstvo/events"));
        assertThat(trail.get(0).path("event").asText()).isEqualTo("NcoRegisteredEvent");
        assertThat(trail.get(0).path("issuedBy").asText()).isEqualTo(TestUsers.STAFF.username());
        assertThat(trail.get(0).path("commandName").asText()).isEqualTo("RegisterNcoCommand");
        assertThat(trail.get(0).path("recordedAt").asText()).startsWith("20");

        JsonNode firstPage = json(query("/api/audit/events?size=5"));
        assertThat(firstPage).hasSize(5);
        assertThat(firstPage.get(0).path("position").asLong()).isZero();
        JsonNode tail = json(query("/api/audit/events?after=" + firstPage.get(4).path("position").asLong() + "&size=500"));
        assertThat(tail.size()).as("the rest of the store, and no waiting for more").isPositive().isLessThan(500);
        assertThat(tail.get(0).path("position").asLong()).isEqualTo(5);
    }

    private static void assertSeedFigures(JsonNode summary) {
        assertThat(summary.path("ncos").path("stateRegistered").asInt()).isEqualTo(6);
        assertThat(summary.path("ncos").path("notStateRegistered").asInt()).isEqualTo(4);
        assertThat(summary.path("meetings").path("byKind").path("WORKING_MEETING").asInt()).isEqualTo(4);
        assertThat(summary.path("commissionSessionsWithNcos").asInt()).isEqualTo(5);
        assertThat(summary.path("raids").path("count").asInt()).isPositive();
        assertThat(summary.path("eventParticipations").path("total").asInt()).isPositive();
    }

    private String query(String path) throws Exception {
        HttpResponse<String> response = send(system.queryPort(), "GET", path, null);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> send(int port, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                                 .header("Content-Type", "application/json")
                                                 .header("Authorization", port == system.commandPort()
                                                         ? TestUsers.STAFF.basic() : TestUsers.AUDITOR.basic());
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }
}
