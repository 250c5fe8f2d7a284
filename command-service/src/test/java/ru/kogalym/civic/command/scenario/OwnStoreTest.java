package ru.kogalym.civic.command.scenario;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import ru.kogalym.civic.command.CommandServiceApplication;
import ru.kogalym.civic.command.web.Http;
import ru.kogalym.civic.contract.identity.UserAccountCreatedEvent;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.identity.TestUsers;

import java.util.List;
import java.util.stream.Stream;

/**
 * The command service over HTTP on a store of each test class's own: the scenario's ids are fixed, so tests that load
 * it cannot share a store. A subclass starts its {@link TestMongo} and names it in its own
 * {@code @DynamicPropertySource} through {@link #useStore}, which also gives each subclass its own application.
 */
@SpringBootTest(classes = CommandServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + CommandServiceApplication.CONFIG_NAME)
abstract class OwnStoreTest {

    @LocalServerPort
    int port;

    @Autowired
    EventStorageEngine storageEngine;

    static void useStore(DynamicPropertyRegistry registry, TestMongo mongo) {
        registry.add("spring.data.mongodb.uri", mongo::uri);
        registry.add("civic.security.users", TestUsers::spec);
    }

    Http staff() {
        return new Http(port, TestUsers.STAFF);
    }

    /** Every event but the users' the service created at start-up. */
    List<TrackedEventMessage<?>> allEvents() {
        try (Stream<? extends TrackedEventMessage<?>> events = storageEngine.readEvents(null, false)) {
            return events.<TrackedEventMessage<?>>map(event -> event)
                         .filter(event -> !(event.getPayload() instanceof UserAccountCreatedEvent)).toList();
        }
    }
}
