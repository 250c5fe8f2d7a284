package ru.kogalym.civic.launcher;

import ru.kogalym.civic.identity.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.eventstore.MongoEventStorageEngine;
import ru.kogalym.civic.eventstore.TestMongo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Both services as separate application contexts sharing nothing but MongoDB: a registration over
 * HTTP on the command side appears in the registry over HTTP on the query side.
 */
class FirstSliceEndToEndTest {

    private static final String NCO_JSON = """
            {"id": "nco-edinstvo",
             "fullName": "Местная общественная организация национально-культурное общество дагестанцев города Когалыма «Единство»",
             "shortName": "Единство", "legalForm": "LOCAL_PUBLIC_ORGANIZATION", "community": "Dagestani",
             "registeredOn": "2015-03-12"}""";

    private static TestMongo mongo;
    private static Path dataDirectory;
    private static CivicSystem system;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        mongo = TestMongo.start();
        dataDirectory = Files.createTempDirectory("civic-e2e");
        system = CivicSystem.start(mongo.uri(), dataDirectory, 0, 0, 0,
                                   "civic.security.users=" + TestUsers.spec());
    }

    @AfterAll
    static void stop() {
        system.close();
        mongo.close();
    }

    @Test
    void aRegisteredNcoAppearsInTheRegistry() throws Exception {
        HttpResponse<String> created = post("/api/ncos", NCO_JSON);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location"))
                .contains("http://localhost:" + system.queryPort() + "/api/ncos/nco-edinstvo");
        assertThat(created.body()).contains("\"id\":\"nco-edinstvo\"");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> registry = get("/api/ncos");
            assertThat(registry.statusCode()).isEqualTo(200);
            assertThat(registry.body()).contains("nco-edinstvo").contains("Единство");
        });
        // the Location is where the record is read
        HttpResponse<String> record = http.send(HttpRequest.newBuilder(
                URI.create(created.headers().firstValue("Location").orElseThrow()))
                .header("Authorization", TestUsers.STAFF.basic()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(record.statusCode()).as(record.body()).isEqualTo(200);
        assertThat(record.body()).contains("nco-edinstvo").contains("Единство");
    }

    @Test
    void badInputGetsAProblemNamingTheFieldAndStoresNothing() throws Exception {
        EventStore eventStore = system.commandService().getBean(EventStore.class);
        Object headBefore = eventStore.createHeadToken();

        String fresh = NCO_JSON.replace("nco-edinstvo", "nco-never-stored");
        HttpResponse<String> malformed = post("/api/ncos", "{\"fullName\": \"Без формы\", ");
        HttpResponse<String> unknownField = post("/api/ncos", fresh.replace("\"shortName\"", "\"colour\": \"red\", \"shortName\""));
        HttpResponse<String> wrongType = post("/api/ncos", fresh.replace("\"2015-03-12\"", "true"));
        HttpResponse<String> missing = post("/api/ncos", fresh.replace("\"legalForm\": \"LOCAL_PUBLIC_ORGANIZATION\",", ""));

        for (HttpResponse<String> response : java.util.List.of(malformed, unknownField, wrongType, missing)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        }
        assertThat(unknownField.body()).contains("colour");
        assertThat(wrongType.body()).contains("registeredOn");
        assertThat(missing.body()).contains("legalForm");
        assertThat(eventStore.createHeadToken()).isEqualTo(headBefore);
    }

    @Test
    void anNcosAuditTrailListsEveryEventFromTheFirstThoughTheNcoIsLoadedFromASnapshot() throws Exception {
        String id = "nco-long-lived";
        assertThat(post("/api/ncos", NCO_JSON.replace("nco-edinstvo", id)).statusCode()).isEqualTo(201);
        int moves = 60;
        for (int i = 1; i <= moves; i++) {
            HttpResponse<String> moved = post("/api/ncos/" + id + "/address-change",
                    "{\"address\": \"г. Когалым, ул. Мира, д. " + i + "\", \"changedOn\": \""
                    + LocalDate.of(2016, 1, 1).plusDays(i) + "\"}");
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(204);
        }
        EventStorageEngine storage = system.commandService().getBean(EventStorageEngine.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> storage.readSnapshot(id).isPresent());

        HttpResponse<String> trail = get("/api/audit/records/" + id + "/events");
        assertThat(trail.statusCode()).as(trail.body()).isEqualTo(200);
        JsonNode events = new ObjectMapper().readTree(trail.body());
        assertThat(events).hasSize(moves + 1);
        long previousPosition = -1;
        for (int sequence = 0; sequence <= moves; sequence++) {
            JsonNode event = events.get(sequence);
            assertThat(event.at("/sequence").asLong()).isEqualTo(sequence);
            assertThat(event.at("/event").asText()).isEqualTo(sequence == 0 ? "NcoRegisteredEvent" : "NcoAddressChangedEvent");
            assertThat(event.at("/position").isIntegralNumber()).as(event.toString()).isTrue();
            assertThat(event.at("/position").asLong()).isGreaterThan(previousPosition);
            previousPosition = event.at("/position").asLong();
        }
    }

    @Test
    void whatStaffRecordIsSealedIntoTheHashChainAndVerifies() throws Exception {
        assertThat(post("/api/ncos", NCO_JSON.replace("nco-edinstvo", "nco-sealed")).statusCode()).isEqualTo(201);
        long recorded = system.queryService().getBean(MongoEventStorageEngine.class).nextPosition();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> verify = get("/api/audit/verify");
            assertThat(verify.statusCode()).as(verify.body()).isEqualTo(200);
            JsonNode report = new ObjectMapper().readTree(verify.body());
            assertThat(report.at("/headPosition").asLong()).isGreaterThanOrEqualTo(recorded - 1);
            assertThat(report.at("/intact").asBoolean()).as(verify.body()).isTrue();
        });
        Path key = dataDirectory.resolve("checkpoint.key");
        assertThat(key).as("generated beside the data, as no CIVIC_CHECKPOINT_KEY was set").exists();
        if (key.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        }
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + system.commandPort() + path))
                                    .header("Content-Type", "application/json")
                                    .header("Authorization", TestUsers.STAFF.basic())
                                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                         HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + system.queryPort() + path))
                                    .header("Authorization", TestUsers.AUDITOR.basic()).GET().build(),
                         HttpResponse.BodyHandlers.ofString());
    }
}
