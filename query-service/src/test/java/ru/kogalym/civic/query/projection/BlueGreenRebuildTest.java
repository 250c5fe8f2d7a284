package ru.kogalym.civic.query.projection;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
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
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.identity.TestUsers;
import ru.kogalym.civic.query.QueryServiceApplication;
import ru.kogalym.civic.query.summary.SummaryEvents;
import ru.kogalym.civic.query.testing.ApiClient;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rebuild builds new read models beside the serving ones and switches over once caught up: every answer given
 * while it runs is the whole answer, and events recorded during it are in the new read models.
 */
@SpringBootTest(classes = QueryServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=query-service")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class BlueGreenRebuildTest {

    @RegisterExtension
    static final TestMongo MONGO = TestMongo.start();
    private static final int NCOS = 100;
    private static final int RAIDS = 600;

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
    void recordACity() {
        api = ApiClient.on(port);
        List<EventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < NCOS; i++) {
            events.add(event("Nco", "n" + i, SummaryEvents.nco("n" + i, "НКО " + i, LocalDate.parse("2020-01-01"), null)));
        }
        for (int i = 0; i < RAIDS; i++) {
            events.add(event("Raid", "r" + i, SummaryEvents.raid("r" + i, LocalDate.parse("2020-05-01"), 1, null)));
        }
        for (int from = 0; from < events.size(); from += 500) {
            eventStore.publish(events.subList(from, Math.min(events.size(), from + 500)));
        }
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(api.json("/api/ncos?size=1").at("/total").asInt()).isEqualTo(NCOS);
            assertThat(api.json("/api/summaries/2020").at("/raids/count").asInt()).isEqualTo(RAIDS);
        });
    }

    @Test
    void noQueryAnswersFromAHalfBuiltReadModelAndEventsRecordedMeanwhileArrive() {
        HttpResponse<String> started = api.post("/api/audit/rebuild?reason=test");
        assertThat(started.statusCode()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> second = api.post("/api/audit/rebuild?reason=again");
        assertThat(second.statusCode()).as("one rebuild at a time").isEqualTo(409);

        eventStore.publish(event("Raid", "r-late", SummaryEvents.raid("r-late", LocalDate.parse("2020-06-01"), 1, null)));
        int answers = 0;
        for (JsonNode status = api.json(location); !"DONE".equals(status.at("/state").asText());
             status = api.json(location)) {
            assertThat(status.at("/state").asText()).isEqualTo("RUNNING");
            assertThat(api.json("/api/ncos?size=1").at("/total").asInt()).isEqualTo(NCOS);
            assertThat(api.json("/api/summaries/2020").at("/raids/count").asInt()).isBetween(RAIDS, RAIDS + 1);
            answers++;
        }
        // the rebuild follows the log for civic.rebuild.tail (3 s) after switching, so it always runs that long
        assertThat(answers).as("queries answered while the rebuild ran").isPositive();
        await().atMost(Duration.ofSeconds(10))
               .untilAsserted(() -> assertThat(api.json("/api/summaries/2020").at("/raids/count").asInt())
                       .isEqualTo(RAIDS + 1));
        JsonNode done = api.json(location);
        assertThat(done.at("/eventsProcessed").asLong()).isGreaterThanOrEqualTo(NCOS + RAIDS + 1);
        assertThat(done.at("/eventsPerSecond").asLong()).isPositive();
        assertThat(done.at("/error").isNull()).isTrue();
        assertThat(collections()).as("the new generation serves")
                                 .anyMatch(name -> name.startsWith("read_ncos__"));
    }

    @Test
    void aNamedReadModelIsRebuiltAloneAndAReplacedGenerationGoesAtTheNextRebuild() {
        String servingBefore = servingNcos();
        String first = rebuildNcoRegistry("one");
        assertThat(api.json(first).at("/readModels").toString()).isEqualTo("[\"nco-registry\"]");
        assertThat(servingNcos()).isEqualTo("read_ncos__" + suffix(first));
        assertThat(collections()).noneMatch(name -> name.equals("read_activities__" + suffix(first)));

        String second = rebuildNcoRegistry("two");
        assertThat(servingNcos()).isEqualTo("read_ncos__" + suffix(second));
        assertThat(collections()).as("kept for a reader that looked it up just before the switch")
                                 .contains("read_ncos__" + suffix(first))
                                 .as("dropped when the next rebuild started").doesNotContain(servingBefore);
        assertThat(MONGO.database().getCollection(ReadModelChanges.COLLECTION)
                        .countDocuments(new Document("_id", new Document("$in", List.of(servingBefore, servingBefore + "#1")))))
                .as("what was counted of its changes dropped with it").isZero();
        assertThat(MONGO.database().getCollection(ReadModelChanges.COLLECTION)
                        .countDocuments(new Document("_id", "read_ncos__" + suffix(second))))
                .as("the serving generation's changes counted").isOne();
        assertThat(api.json("/api/ncos?size=1").at("/total").asInt()).isEqualTo(NCOS);
    }

    private String rebuildNcoRegistry(String reason) {
        HttpResponse<String> started = api.post("/api/audit/rebuild?readModel=nco-registry&reason=" + reason);
        assertThat(started.statusCode()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        await().atMost(Duration.ofSeconds(60))
               .untilAsserted(() -> assertThat(api.json(location).at("/state").asText()).isEqualTo("DONE"));
        return location;
    }

    private static String servingNcos() {
        Document group = MONGO.database().getCollection(MongoReadModels.GENERATIONS)
                              .find(new Document("_id", "nco-registry")).first();
        return group == null ? "read_ncos" : group.get("collections", Document.class).getString("read_ncos");
    }

    @Test
    void oneRebuildAtATimeAcrossInstancesAndAnAbandonedOneIsTakenOver() {
        MongoCollection<Document> lease = MONGO.database().getCollection(ReadModelRebuilds.LEASE);
        // another instance is rebuilding, and renewed its lease just now
        lease.replaceOne(new Document("_id", "lease"), new Document("_id", "lease").append("rebuildId", "elsewhere")
                .append("renewedAt", Date.from(Instant.now())), new ReplaceOptions().upsert(true));
        HttpResponse<String> refused = api.post("/api/audit/rebuild?reason=busy");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(ApiClient.read(refused.body()).at("/detail").asText()).contains("elsewhere");

        // that instance stopped two minutes ago without giving the lease back
        lease.updateOne(new Document("_id", "lease"),
                        new Document("$set", new Document("renewedAt", Date.from(Instant.now().minusSeconds(120)))));
        HttpResponse<String> started = api.post("/api/audit/rebuild?readModel=bodies&reason=taken+over");
        assertThat(started.statusCode()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        await().atMost(Duration.ofSeconds(60))
               .untilAsserted(() -> assertThat(api.json(location).at("/state").asText()).isEqualTo("DONE"));
        assertThat(lease.find().first().get("rebuildId")).as("given back when done").isNull();
    }

    @Test
    void aRebuildNeedsAReasonAKnownReadModelAndAKnownId() {
        HttpResponse<String> noReason = api.malformed().post("/api/audit/rebuild");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(ApiClient.read(noReason.body()).at("/field").asText()).isEqualTo("reason");
        HttpResponse<String> unknown = api.post("/api/audit/rebuild?reason=x&readModel=nothing");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(ApiClient.read(unknown.body()).at("/field").asText()).isEqualTo("readModel");
        HttpResponse<String> missing = api.get("/api/audit/rebuilds/none");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(ApiClient.read(missing.body()).at("/field").asText()).isEqualTo("rebuildId");
    }

    private static String suffix(String location) {
        return "g" + location.substring(location.lastIndexOf('/') + 1, location.lastIndexOf('/') + 9);
    }

    private static Set<String> collections() {
        return MONGO.database().listCollectionNames().into(new TreeSet<>());
    }

    private static EventMessage<?> event(String type, String id, Object payload) {
        return new GenericDomainEventMessage<>(type, id, 0, payload,
                MetaData.with("recordedAt", Instant.now().toString()).and("issuedBy", "test-clerk"));
    }
}
