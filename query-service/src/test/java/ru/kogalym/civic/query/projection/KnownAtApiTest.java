package ru.kogalym.civic.query.projection;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.kogalym.civic.contract.council.BodyEstablishedEvent;
import ru.kogalym.civic.contract.council.BodyKind;
import ru.kogalym.civic.contract.council.BodyMemberAddedEvent;
import ru.kogalym.civic.contract.nco.LegalForm;
import ru.kogalym.civic.contract.nco.NcoRegisteredEvent;
import ru.kogalym.civic.contract.nco.NcoRenamedEvent;
import ru.kogalym.civic.contract.nco.StateRegistration;
import ru.kogalym.civic.contract.raid.RaidRecordedEvent;
import ru.kogalym.civic.contract.raid.RaidWithdrawnEvent;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.identity.TestUsers;
import ru.kogalym.civic.query.QueryServiceApplication;
import ru.kogalym.civic.query.testing.ApiClient;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "As known at": the 2020 figures as they stood when the report was published on 1 February 2021, before a raid
 * was withdrawn, an NCO renamed, a late raid and a late member recorded.
 */
@SpringBootTest(classes = QueryServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=query-service")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class KnownAtApiTest {

    @RegisterExtension
    static final TestMongo MONGO = TestMongo.start();
    private static final String PUBLISHED = "2021-02-01T00:00:00Z";

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", MONGO::uri);
        TestUsers.seed(MONGO.database());
    }

    @Autowired
    EventStore eventStore;

    @LocalServerPort
    int port;

    private ApiClient api;
    private final Map<String, Long> sequences = new HashMap<>();

    @BeforeAll
    void recordTheYearAndItsCorrections() {
        api = ApiClient.on(port);
        publish("2020-03-01T10:00:00Z", "Nco", "n-ed", new NcoRegisteredEvent("n-ed", "Единство", null, null,
                LegalForm.LOCAL_PUBLIC_ORGANIZATION, "Дагестанская", null, null, "ул. Мира, 1", null,
                LocalDate.parse("2020-03-01"), new StateRegistration(LocalDate.parse("2020-03-01"), null)));
        publish("2020-03-02T10:00:00Z", "Body", "c1", new BodyEstablishedEvent("c1", BodyKind.COMMISSION,
                "Комиссия по противодействию экстремизму", null, LocalDate.parse("2015-01-01")));
        publish("2020-05-02T10:00:00Z", "Raid", "r1", new RaidRecordedEvent("r1", LocalDate.parse("2020-05-01"),
                "ул. Мира", "масочный режим", List.of("n-ed"), List.of(), 100, null));
        publish("2020-06-02T10:00:00Z", "Raid", "r2", new RaidRecordedEvent("r2", LocalDate.parse("2020-06-01"),
                "ул. Мира", "масочный режим", List.of("n-ed"), List.of(), 50, null));
        // after the report was published
        publish("2021-03-01T10:00:00Z", "Raid", "r1", new RaidWithdrawnEvent("r1", "записан дважды"));
        publish("2021-03-02T10:00:00Z", "Nco", "n-ed", new NcoRenamedEvent("n-ed", "Ассоциация «Единство»", null, null,
                LocalDate.parse("2020-12-01")));
        publish("2021-03-03T10:00:00Z", "Raid", "r3", new RaidRecordedEvent("r3", LocalDate.parse("2020-11-01"),
                "ул. Мира", "масочный режим", List.of("n-ed"), List.of(), 30, null));
        publish("2021-03-04T10:00:00Z", "Body", "c1", new BodyMemberAddedEvent("c1", BodyKind.COMMISSION, "mb1",
                "n-ed", null, "член", LocalDate.parse("2020-04-01")));
        publish("2021-03-05T10:00:00Z", "Nco", "n-late", new NcoRegisteredEvent("n-late", "Поздняя", null, null,
                LegalForm.OTHER, "Татарская", null, null, "ул. Мира, 2", null, LocalDate.parse("2020-10-01"), null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(api.json("/api/summaries/2020").at("/raids/count").asInt()).isEqualTo(2);
            assertThat(api.json("/api/ncos").at("/total").asInt()).isEqualTo(2);
            assertThat(api.json("/api/bodies/c1").at("/members").size()).isEqualTo(1);
        });
    }

    @Test
    void theSummaryAsItStoodWhenTheReportWasPublished() {
        JsonNode then = api.json("/api/summaries/2020?knownAt=" + PUBLISHED);
        assertThat(then.at("/raids/count").asInt()).isEqualTo(2);
        assertThat(then.at("/raids/leafletsDistributed").asLong()).isEqualTo(150);
        assertThat(then.at("/ncos/total").asInt()).isEqualTo(1);
        assertThat(api.json("/api/summaries/2020/ncos?stateRegistered=true&knownAt=" + PUBLISHED)
                      .at("/items/0/fullName").asText()).isEqualTo("Единство");

        JsonNode now = api.json("/api/summaries/2020");
        assertThat(now.at("/raids/count").asInt()).isEqualTo(2);
        assertThat(now.at("/raids/leafletsDistributed").asLong()).isEqualTo(80);
        assertThat(now.at("/ncos/total").asInt()).isEqualTo(2);
        assertThat(api.json("/api/summaries/2020/ncos?stateRegistered=true").at("/items/0/fullName").asText())
                .isEqualTo("Ассоциация «Единство»");
    }

    @Test
    void theRegistryAndAnNcoAsKnownThenWithOrWithoutADate() {
        assertThat(ids(api.json("/api/ncos?knownAt=" + PUBLISHED))).containsExactly("n-ed");
        assertThat(api.json("/api/ncos?knownAt=" + PUBLISHED).at("/items/0/fullName").asText()).isEqualTo("Единство");
        assertThat(ids(api.json("/api/ncos?asOf=2020-12-31&knownAt=" + PUBLISHED))).containsExactly("n-ed");
        assertThat(ids(api.json("/api/ncos?asOf=2020-12-31"))).containsExactlyInAnyOrder("n-ed", "n-late");
        assertThat(ids(api.json("/api/ncos?knownAt=2020-01-01T00:00:00Z"))).isEmpty();

        JsonNode then = api.json("/api/ncos/n-ed?knownAt=" + PUBLISHED);
        assertThat(then.at("/nco/fullName").asText()).isEqualTo("Единство");
        JsonNode now = api.json("/api/ncos/n-ed");
        assertThat(now.at("/history").size()).as("the renaming, recorded later").isEqualTo(then.at("/history").size() + 1);
        assertThat(then.at("/activityCounts/raids").asInt()).isEqualTo(2);
        assertThat(now.at("/activityCounts/raids").asInt()).isEqualTo(2);
        assertThat(api.get("/api/ncos/n-late?knownAt=" + PUBLISHED).statusCode()).isEqualTo(404);
    }

    @Test
    void theJournalAndTheCommissionAsKnownThen() {
        assertThat(ids(api.json("/api/activities?knownAt=" + PUBLISHED))).containsExactly("r2", "r1");
        assertThat(ids(api.json("/api/activities"))).containsExactly("r3", "r2");
        assertThat(api.json("/api/activities?knownAt=" + PUBLISHED).at("/items/0/ncoNames/0").asText())
                .isEqualTo("Единство");
        assertThat(api.json("/api/bodies/c1?knownAt=" + PUBLISHED).at("/members").size()).isZero();
        assertThat(api.json("/api/bodies?knownAt=" + PUBLISHED).at("/items/0/members").size()).isZero();
        assertThat(api.json("/api/bodies/c1").at("/members").size()).isEqualTo(1);
    }

    @Test
    void theReportAsKnownThen() {
        String then = new String(api.getBytes("/api/summaries/2020/report?knownAt=" + PUBLISHED, "text/markdown").body(),
                                 StandardCharsets.UTF_8);
        String now = new String(api.getBytes("/api/summaries/2020/report", "text/markdown").body(),
                                StandardCharsets.UTF_8);
        assertThat(then).contains("Единство").doesNotContain("Ассоциация «Единство»")
                        .contains("Отчёт отражает сведения, известные на");
        assertThat(now).contains("Ассоциация «Единство»").doesNotContain("Отчёт отражает сведения, известные на");
    }

    @Test
    void aRecordsStateAtAPositionOrAnInstant() {
        long beforeCorrections = api.json("/api/audit/records/r2/events").at("/0/position").asLong();
        JsonNode atPosition = api.json("/api/audit/records/r1/state?position=" + beforeCorrections);
        assertThat(atPosition.at("/lastPosition").asLong()).isEqualTo(beforeCorrections);
        assertThat(atPosition.at("/eventsApplied").asLong()).isEqualTo(4);
        assertThat(atPosition.at("/readModels/read_activities/withdrawn").asBoolean()).isFalse();

        JsonNode known = api.json("/api/audit/records/r1/state?knownAt=" + PUBLISHED);
        assertThat(known.at("/eventsApplied").asLong()).isEqualTo(4);
        assertThat(known.at("/knownAt").asText()).isEqualTo(PUBLISHED);

        JsonNode latest = api.json("/api/audit/records/r1/state");
        assertThat(latest.at("/readModels/read_activities/withdrawn").asBoolean()).isTrue();

        HttpResponse<String> unknown = api.get("/api/audit/records/r3/state?position=" + beforeCorrections);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(ApiClient.read(unknown.body()).at("/field").asText()).isEqualTo("recordId");
    }

    @Test
    void anInstantStillOpenToEventsIsFoldedAgainOnceTheLogHasGrown() {
        String soon = Instant.now().plus(Duration.ofHours(1)).toString();
        int before = api.json("/api/bodies?knownAt=" + soon).at("/total").asInt();
        assertThat(api.json("/api/bodies?knownAt=" + soon).at("/total").asInt()).isEqualTo(before);
        // a council no other test counts, recorded now: before the instant asked about
        publish(Instant.now().toString(), "Body", "c-now", new BodyEstablishedEvent("c-now", BodyKind.COUNCIL,
                "Общественный совет по культуре", null, LocalDate.parse("2021-01-01")));
        assertThat(api.json("/api/bodies?knownAt=" + soon).at("/total").asInt()).isEqualTo(before + 1);
    }

    @Test
    void aMalformedKnownAtIsRefusedNamingIt() {
        for (String path : List.of("/api/ncos", "/api/ncos/n-ed", "/api/ncos.csv", "/api/activities",
                                   "/api/bodies", "/api/bodies/c1", "/api/summaries/2020", "/api/summaries/2020/report",
                                   "/api/audit/records/r1/state")) {
            HttpResponse<String> refused = api.malformed().get(path + "?knownAt=2021-02-01");
            assertThat(refused.statusCode()).as(path).isEqualTo(400);
            assertThat(ApiClient.read(refused.body()).at("/field").asText()).as(path).isEqualTo("knownAt");
        }
        HttpResponse<String> both = api.malformed().get("/api/audit/records/r1/state?position=1&knownAt=" + PUBLISHED);
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(ApiClient.read(both.body()).at("/field").asText()).isEqualTo("position");
    }

    private void publish(String recordedAt, String type, String id, Object payload) {
        long sequence = sequences.merge(id, 0L, (old, zero) -> old + 1);
        eventStore.publish(new GenericDomainEventMessage<>(type, id, sequence, payload,
                MetaData.with("recordedAt", recordedAt).and("issuedBy", "test-clerk")
                        .and("correlationId", "request-of-" + id)));
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.at("/items").forEach(item -> ids.add(item.at("/id").asText()));
        return ids;
    }
}
