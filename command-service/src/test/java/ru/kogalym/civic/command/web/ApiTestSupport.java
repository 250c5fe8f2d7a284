package ru.kogalym.civic.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.kogalym.civic.command.CommandServiceApplication;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.identity.TestUsers;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real command service on a random port, on one MongoDB database shared by the API tests (so they share one
 * application context); each test uses its own ids.
 */
@SpringBootTest(classes = CommandServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + CommandServiceApplication.CONFIG_NAME,
                "civic.query-service.base-url=" + ApiTestSupport.QUERY_SERVICE})
public abstract class ApiTestSupport {

    /** Where created records are said to be readable; no query-service runs in these tests. */
    protected static final String QUERY_SERVICE = "http://query-service.test:8082";

    protected static final TestMongo MONGO = TestMongo.start();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", MONGO::uri);
        registry.add("civic.security.users", TestUsers::spec);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected EventStorageEngine storageEngine;

    protected Http http;

    @BeforeEach
    void client() {
        http = new Http(port, TestUsers.STAFF);
    }

    /** Another command-service instance on the same store, for races between instances; the caller closes it. */
    protected static ConfigurableApplicationContext anotherInstance() {
        // arguments, not default properties, which the configuration files' own values would override
        return new SpringApplicationBuilder(CommandServiceApplication.class)
                .run("--spring.config.name=" + CommandServiceApplication.CONFIG_NAME,
                     "--server.port=0",
                     "--spring.data.mongodb.uri=" + MONGO.uri(),
                     "--civic.security.users=" + TestUsers.spec(),
                     "--civic.query-service.base-url=" + QUERY_SERVICE);
    }

    /** A client of such an instance, as staff. */
    protected static Http staffClientOf(ConfigurableApplicationContext instance) {
        return new Http(((WebServerApplicationContext) instance).getWebServer().getPort(), TestUsers.STAFF);
    }

    /** A fresh id for this test, e.g. {@code nco-3f2a…}. */
    protected static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Registers an NCO (in the municipal registry since 2015) and returns its id. */
    protected String registeredNco() {
        String id = newId("nco");
        Http.Reply reply = http.postJson("/api/ncos", """
                {"id": "%s", "fullName": "Тестовое общество %s", "legalForm": "LOCAL_PUBLIC_ORGANIZATION",
                 "registeredOn": "2015-01-15"}""".formatted(id, id));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return id;
    }

    /** Establishes a commission (in 2010) and returns its id. */
    protected String establishedCommission() {
        String id = newId("commission");
        Http.Reply reply = http.postJson("/api/commissions", """
                {"id": "%s", "name": "Комиссия %s", "establishedOn": "2010-01-01"}""".formatted(id, id));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return id;
    }

    /** Establishes a council (in 2010) and returns its id. */
    protected String establishedCouncil() {
        String id = newId("council");
        Http.Reply reply = http.postJson("/api/councils", """
                {"id": "%s", "name": "Совет %s", "area": "CULTURE", "establishedOn": "2010-01-01"}"""
                .formatted(id, id));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return id;
    }

    /** A problem+json reply with the status, a title, a detail and (when not null) the field. */
    protected static void assertProblem(Http.Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
        JsonNode body = reply.json();
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("title").asText()).isNotBlank();
        assertThat(body.path("detail").asText()).isNotBlank();
        if (field != null) {
            assertThat(reply.field()).as(reply.toString()).isEqualTo(field);
        }
    }

    /** Every event in the store, in order. */
    protected List<TrackedEventMessage<?>> allEvents() {
        try (Stream<? extends TrackedEventMessage<?>> events = storageEngine.readEvents(null, false)) {
            return events.<TrackedEventMessage<?>>map(event -> event).toList();
        }
    }
}
