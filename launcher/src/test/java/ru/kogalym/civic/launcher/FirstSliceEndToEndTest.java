package ru.kogalym.civic.launcher;

import ru.kogalym.civic.identity.TestUsers;
import org.axonframework.eventsourcing.eventstore.EventStore;
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
    private static CivicSystem system;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        mongo = TestMongo.start();
        system = CivicSystem.start(mongo.uri(), Files.createTempDirectory("civic-e2e"), 0, 0, 0,
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
