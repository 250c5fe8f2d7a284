package ru.kogalym.civic.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
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
import ru.kogalym.civic.contract.raid.RaidRecordedEvent;
import ru.kogalym.civic.eventstore.EarlierForms;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.identity.TestUsers;
import ru.kogalym.civic.query.QueryServiceApplication;
import ru.kogalym.civic.query.testing.ApiClient;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The hash chain through the auditors' API: verification, the unsealed tail, the signed checkpoints. */
@SpringBootTest(classes = QueryServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + QueryServiceApplication.CONFIG_NAME,
                      "civic.chain.checkpoint-key=" + ChainApiTest.KEY, "civic.chain.poll-interval=100ms",
                      "civic.chain.checkpoint.every-events=5"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class ChainApiTest {

    static final String KEY = "a-checkpoint-key-for-the-api-test-0123456789";
    private static final int EVENTS = 12;
    @RegisterExtension
    static final TestMongo MONGO = TestMongo.start();

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

    @BeforeAll
    void recordRaidsAndLetTheSealerCatchUp() {
        api = ApiClient.on(port);
        for (int i = 0; i < EVENTS; i++) {
            String id = "r" + i;
            eventStore.publish(new GenericDomainEventMessage<>("Raid", id, 0, new RaidRecordedEvent(
                    id, LocalDate.of(2020, 5, 1).plusDays(i), "ул. Мира, " + i, "масочный режим", List.of(), List.of(),
                    10 + i, null), MetaData.with("issuedBy", "ivanova").and("recordedAt", Instant.now().toString())));
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            JsonNode report = api.json("/api/audit/verify");
            assertThat(report.at("/headPosition").asLong()).isEqualTo(EVENTS - 1);
            assertThat(api.json("/api/audit/checkpoints")).isNotEmpty();
        });
    }

    @Test
    void anUntouchedLogIsIntactUpToItsSealedHeadWithNothingLeftUnsealed() {
        JsonNode report = api.json("/api/audit/verify");

        assertThat(report.at("/intact").asBoolean()).isTrue();
        assertThat(report.at("/from").asLong()).isZero();
        assertThat(report.at("/to").asLong()).isEqualTo(EVENTS - 1);
        assertThat(report.at("/eventsChecked").asLong()).isEqualTo(EVENTS);
        assertThat(report.at("/firstBrokenPosition").isNull()).isTrue();
        assertThat(report.at("/brokenPositions")).isEmpty();
        assertThat(report.at("/headHash").asText()).matches("[0-9a-f]{64}");
        assertThat(report.at("/unsealedFrom").asLong()).isEqualTo(EVENTS);
        assertThat(report.at("/unsealedCount").asLong()).isZero();
        assertThat(report.at("/checkpointsChecked").asInt()).isPositive();
        assertThat(report.at("/brokenCheckpoints")).isEmpty();
    }

    @Test
    void checkpointsAreExportedInOrderAndAWitnessWithTheKeyCanCheckThem() throws Exception {
        JsonNode checkpoints = api.json("/api/audit/checkpoints");
        long previous = -1;
        for (JsonNode checkpoint : checkpoints) {
            // every five positions at the soonest; where exactly depends on how much each round found sealed
            assertThat(checkpoint.at("/position").asLong()).isGreaterThanOrEqualTo(previous + 5).isLessThan(EVENTS);
            previous = checkpoint.at("/position").asLong();
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        for (JsonNode checkpoint : checkpoints) {
            String message = "{\"hash\":\"" + checkpoint.at("/hash").asText() + "\",\"position\":"
                             + checkpoint.at("/position").asLong() + ",\"signedAt\":\"" + checkpoint.at("/signedAt").asText()
                             + "\"}";
            assertThat(checkpoint.at("/algorithm").asText()).isEqualTo("HMAC-SHA256");
            assertThat(checkpoint.at("/signature").asText())
                    .isEqualTo(HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8))));
        }
        JsonNode rest = api.json("/api/audit/checkpoints?after=" + checkpoints.get(0).at("/position").asLong() + "&size=1");
        assertThat(rest).hasSize(checkpoints.size() > 1 ? 1 : 0);
        if (checkpoints.size() > 1) {
            assertThat(rest.get(0)).isEqualTo(checkpoints.get(1));
        }
    }

    @Test
    void aRangeIsVerifiedAndABadRangeIsAProblemNamingTheParameter() {
        JsonNode range = api.json("/api/audit/verify?from=3&to=5");
        assertThat(range.at("/intact").asBoolean()).isTrue();
        assertThat(range.at("/eventsChecked").asLong()).isEqualTo(3);
        assertThat(api.json("/api/audit/verify?from=3&to=1000").at("/to").asLong()).isEqualTo(EVENTS - 1);

        Map<String, String> cases = Map.of("/api/audit/verify?from=-1", "from", "/api/audit/verify?from=first", "from",
                                           "/api/audit/verify?to=1.5", "to", "/api/audit/verify?from=5&to=2", "to",
                                           "/api/audit/checkpoints?size=0", "size", "/api/audit/checkpoints?after=x", "after");
        cases.forEach((request, field) -> {
            HttpResponse<String> refused = api.malformed().get(request);
            assertThat(refused.statusCode()).as(request).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
            assertThat(ApiClient.read(refused.body()).at("/field").asText()).as(request).isEqualTo(field);
        });
    }

    @Test
    void aPayloadEditedInMongoDbIsFoundAtItsPosition() {
        assertAnEditIsFoundAt(7, event -> event.get("payload", Document.class).put("location", "ул. Мира, 8"));
    }

    @Test
    void aPayloadStoredAsJsonTextByAnEarlierVersionAndEditedIsFoundAtItsPosition() {
        EarlierForms.storeAsText(MONGO.database(), Filters.in("_id", 8L, 9L));
        assertThat(api.json("/api/audit/verify").at("/intact").asBoolean()).as("the same values as text").isTrue();

        assertAnEditIsFoundAt(9, event -> event.put("payload", event.getString("payload").replace("ул. Мира, 9", "ул. Мира, 8")));
    }

    private void assertAnEditIsFoundAt(long position, Consumer<Document> edit) {
        MongoCollection<Document> commits = MONGO.database().getCollection("events");
        Document original = commits.find(Filters.eq("_id", position)).first();
        Document edited = Document.parse(original.toJson());
        edit.accept(edited.getList("events", Document.class).get(0));
        commits.replaceOne(Filters.eq("_id", position), edited);
        try {
            JsonNode report = api.json("/api/audit/verify");
            assertThat(report.at("/intact").asBoolean()).isFalse();
            // a checkpoint signed right at the edited position would place it back at the last good checkpoint
            assertThat(report.at("/firstBrokenPosition").asLong()).isLessThanOrEqualTo(position);
            assertThat(report.at("/brokenPositions").toString()).isEqualTo("[" + position + "]");
            assertThat(api.json("/api/audit/verify?to=" + (position - 1)).at("/intact").asBoolean()).isTrue();
        } finally {
            commits.replaceOne(Filters.eq("_id", position), original);
        }
        assertThat(api.json("/api/audit/verify").at("/intact").asBoolean()).isTrue();
    }
}
