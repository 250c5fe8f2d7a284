package ru.kogalym.civic.launcher;

import ru.kogalym.civic.identity.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.eventstore.embedded.EmbeddedMongoServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static java.util.concurrent.CompletableFuture.runAsync;
import static org.awaitility.Awaitility.await;

/**
 * What operating the system relies on, on both services: health groups, Prometheus metrics, JSON logs with the
 * correlation id, failing fast with 503 while MongoDB is gone, and releasing the processors' claims on shutdown.
 * The order matters: the outage stops the store, the last test the system.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Path data;
    private static EmbeddedMongoServer mongo;
    private static CivicSystem system;

    @BeforeAll
    static void start() {
        data = TestMongo.temporaryDirectory();
        mongo = EmbeddedMongoServer.start(data, "127.0.0.1", 0);
        system = CivicSystem.start(mongo.connectionString() + "/civic", data, 0, 0, 0,
                "civic.security.users=" + TestUsers.spec(),
                "logging.structured.format.console=ecs",
                // the dispatcher logs each request, inside the filters that set the logging context
                "logging.level.org.springframework.web.servlet.DispatcherServlet=debug");
    }

    @AfterAll
    static void stop() {
        system.close();
        mongo.close();
    }

    @Test
    @Order(1)
    void prometheusExposesCommandsByTypeAppendLatencyAndProcessorLag() {
        assertThat(registerNco().statusCode()).isEqualTo(201);

        String command = send("GET", system.commandPort(), "/actuator/prometheus", null, Map.of()).body();
        assertThat(command)
                .contains("commandBus_successCounter_total{payloadType=\"RegisterNcoCommand\"}")
                .contains("commandBus_allTimer_seconds_bucket{payloadType=\"RegisterNcoCommand\"")
                .contains("civic_eventstore_append_seconds_bucket")
                .contains("civic_processor_lag_events{processorName=\"command-lookups-repair\"}")
                .doesNotContain("commandBus_capacity");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                send("GET", system.queryPort(), "/actuator/prometheus", null, Map.of()).body())
                .contains("civic_processor_lag_events{processorName=\"nco-registry\"} 0.0")
                .contains("eventProcessor_latency")
                .contains("eventProcessor_allTimer_seconds_sum{payloadType=\"NcoRegisteredEvent\",processorName=\"nco-registry\"}")
                .doesNotContain("eventProcessor_capacity"));
    }

    /** Each of these ran for every request, command or handler call, and together cost a fifth of a raid's CPU. */
    @Test
    @Order(1)
    void noTimerRunsForEachDriverCommandSecurityFilterOrHandlerCall() {
        assertThat(registerNco().statusCode()).isEqualTo(201);
        assertThat(send("GET", system.queryPort(), "/api/ncos", null, Map.of()).statusCode()).isEqualTo(200);

        for (int port : List.of(system.commandPort(), system.queryPort())) {
            assertThat(send("GET", port, "/actuator/prometheus", null, Map.of()).body())
                    .contains("http_server_requests_seconds_bucket")
                    .doesNotContain("mongodb_driver_")
                    .doesNotContain("spring_security_");
        }
        // Axon's handler timeouts schedule each call on its janitor, whose one thread starts with the first call
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("axon-janitor"));
    }

    @Test
    @Order(2)
    void readinessReportsEachProcessorsLag() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode query = json(send("GET", system.queryPort(), "/actuator/health/readiness", null, Map.of()));
            assertThat(query.at("/status").asText()).isEqualTo("UP");
            assertThat(query.at("/components/mongo/status").asText()).isEqualTo("UP");
            for (String processor : List.of("nco-registry", "activity-journal", "bodies", "annual-summary")) {
                assertThat(query.at("/components/processors/details/" + processor + "/lag").isNumber())
                        .as(processor).isTrue();
            }
            JsonNode command = json(send("GET", system.commandPort(), "/actuator/health/readiness", null, Map.of()));
            assertThat(command.at("/status").asText()).isEqualTo("UP");
            assertThat(command.at("/components/processors/details/command-lookups-repair/lag").isNumber()).isTrue();
        });
    }

    @Test
    @Order(3)
    void eachJsonLogLineOfARequestCarriesItsCorrelationId(CapturedOutput output) {
        String correlationId = "ops-" + UUID.randomUUID();
        send("GET", system.queryPort(), "/api/ncos", null, Map.of("X-Correlation-Id", correlationId));
        send("POST", system.commandPort(), "/api/ncos", "{}", Map.of("X-Correlation-Id", correlationId,
                "Content-Type", "application/json"));

        List<JsonNode> lines = output.getOut().lines().filter(line -> line.contains(correlationId))
                                     .map(OperationsEndToEndTest::parse).toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(4);
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.path("correlationId").asText()).isEqualTo(correlationId);
            assertThat(line.path("user").asText()).isEqualTo(TestUsers.CLERK.username());
            assertThat(line.path("@timestamp").asText()).isNotBlank();
            assertThat(line.path("message").asText()).isNotBlank();
        });
        assertThat(lines).extracting(line -> line.path("message").asText())
                         .contains("GET \"/api/ncos\", parameters={}", "POST \"/api/ncos\", parameters={}");
    }

    @Test
    @Order(4)
    void withMongoDbGoneReadinessIsDownWithinFiveSecondsAndRequestsAre503WithinTwo() {
        String ncoId = "nco-" + UUID.randomUUID();
        assertThat(send("POST", system.commandPort(), "/api/ncos", ncoJson(ncoId), jsonBody()).statusCode())
                .isEqualTo(201);
        int port = mongo.port();

        mongo.close();
        long stopped = System.nanoTime();
        CompletableFuture.allOf(Stream.of(system.commandPort(), system.queryPort()).map(service -> runAsync(() -> {
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
                HttpResponse<String> readiness = send("GET", service, "/actuator/health/readiness", null, Map.of());
                assertThat(readiness.statusCode()).isEqualTo(503);
                assertThat(json(readiness).at("/components/mongo/status").asText()).isEqualTo("DOWN");
                // health is public: no hosts or topology from the driver's message
                assertThat(readiness.body()).doesNotContain("127.0.0.1");
            });
            System.out.printf("port %d: readiness DOWN %d ms after MongoDB stopped%n", service,
                    Duration.ofNanos(System.nanoTime() - stopped).toMillis());
        })).toArray(CompletableFuture[]::new)).join();
        for (int service : List.of(system.commandPort(), system.queryPort())) {
            assertThat(send("GET", service, "/actuator/health/liveness", null, Map.of()).statusCode()).isEqualTo(200);
        }

        List<Map.Entry<Integer, HttpRequest.Builder>> requests = List.of(
                Map.entry(system.commandPort(), request("POST", system.commandPort(), "/api/ncos",
                        ncoJson("nco-" + UUID.randomUUID()), jsonBody())),
                Map.entry(system.commandPort(), request("POST", system.commandPort(),
                        "/api/ncos/" + ncoId + "/renaming", "{\"fullName\": \"Новое имя\", \"renamedOn\": \"2020-01-01\"}",
                        jsonBody())),
                Map.entry(system.queryPort(), request("GET", system.queryPort(), "/api/ncos", null, Map.of())),
                Map.entry(system.queryPort(), request("GET", system.queryPort(), "/api/ncos/" + ncoId, null, Map.of())));
        for (Map.Entry<Integer, HttpRequest.Builder> entry : requests) {
            long sent = System.nanoTime();
            HttpResponse<String> response = send(entry.getValue());
            Duration took = Duration.ofNanos(System.nanoTime() - sent);
            System.out.printf("%s answered %d in %d ms%n", response.uri(), response.statusCode(), took.toMillis());
            assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(503);
            assertThat(took).as(response.uri().toString()).isLessThan(Duration.ofSeconds(2));
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(json(response).path("status").asInt()).isEqualTo(503);
        }

        mongo = EmbeddedMongoServer.start(data, "127.0.0.1", port);
        for (int service : List.of(system.commandPort(), system.queryPort())) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    send("GET", service, "/actuator/health/readiness", null, Map.of()).statusCode()).isEqualTo(200));
        }
        assertThat(registerNco().statusCode()).isEqualTo(201);
    }

    @Test
    @Order(5)
    void onShutdownEveryProcessorReleasesItsClaim() {
        // claims taken before the outage may still stand in the store; wait until each processor works again
        Map<Integer, List<String>> processors = Map.of(
                system.commandPort(), List.of("command-lookups-repair"),
                system.queryPort(), List.of("nco-registry", "activity-journal", "bodies", "annual-summary",
                                            "support-register"));
        processors.forEach((service, names) -> await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode details = json(send("GET", service, "/actuator/health/readiness", null, Map.of()))
                    .at("/components/processors/details");
            assertThat(names).allSatisfy(name -> assertThat(details.at("/" + name + "/segments").asInt()).isEqualTo(1));
        }));
        try (MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> tokens = client.getDatabase("civic").getCollection("trackingtokens");
            // the readiness reports a segment as soon as the processor works it, its claim may follow a moment later
            int claims = processors.values().stream().mapToInt(List::size).sum();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(tokens.find().map(token -> token.getString("owner"))).hasSize(claims).doesNotContainNull());

            system.close();

            // released by the time close returns, not left to time out: another instance takes them over at once
            assertThat(tokens.find().into(new java.util.ArrayList<>())).hasSize(claims).allSatisfy(token ->
                    assertThat(token.getString("owner")).as(token.getString("processorName") + " claimed").isNull());
        }
    }

    private static HttpResponse<String> registerNco() {
        return send("POST", system.commandPort(), "/api/ncos", ncoJson("nco-" + UUID.randomUUID()), jsonBody());
    }

    private static String ncoJson(String id) {
        return """
                {"id": "%s", "fullName": "Общество %s", "legalForm": "LOCAL_PUBLIC_ORGANIZATION",
                 "registeredOn": "2015-01-15"}""".formatted(id, id);
    }

    private static Map<String, String> jsonBody() {
        return Map.of("Content-Type", "application/json");
    }

    private static HttpRequest.Builder request(String method, int port, String path, String body,
                                               Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(40))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        if (!path.startsWith("/actuator/health") && headers.keySet().stream().noneMatch("Authorization"::equalsIgnoreCase)) {
            // health is public, and probes send no credentials (with MongoDB gone, credentials could not be
            // checked: 503); the metrics are the administrators'; everything else this test does, a clerk may
            request.header("Authorization", path.startsWith("/actuator/prometheus") ? TestUsers.ADMIN.basic()
                    : TestUsers.CLERK.basic());
        }
        return request;
    }

    private static HttpResponse<String> send(String method, int port, String path, String body,
                                             Map<String, String> headers) {
        return send(request(method, port, path, body, headers));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return parse(response.body());
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException("Not JSON: " + text, e);
        }
    }

}
