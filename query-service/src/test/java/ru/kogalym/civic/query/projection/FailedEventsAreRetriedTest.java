package ru.kogalym.civic.query.projection;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import ru.kogalym.civic.contract.nco.NcoRegisteredEvent;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.query.nco.NcoFilter;
import ru.kogalym.civic.query.nco.NcoRegistry;
import ru.kogalym.civic.query.nco.NcoRegistryProjection;
import ru.kogalym.civic.query.nco.NcoState;
import ru.kogalym.civic.query.summary.SummaryEvents;
import ru.kogalym.civic.query.testing.BenchmarkService;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A projection that fails on an event (MongoDB not answering in time under load) gets the event again: the read
 * models never go on without a fact. Axon's default would log the failure and skip the event for that projection.
 */
class FailedEventsAreRetriedTest {

    private static final String FAILS_ONCE = "n-fails-once";

    /** Beside the registry's projection, in its processing group: fails the first time it is handed one NCO. */
    @ProcessingGroup(NcoRegistryProjection.PROCESSING_GROUP)
    static class FailsOnce {

        static final Set<String> FAILED = ConcurrentHashMap.newKeySet();
        static final Set<String> TAKEN = ConcurrentHashMap.newKeySet();

        FailsOnce(ReadModels unused) {
        }

        @EventHandler
        void on(NcoRegisteredEvent event) {
            if (event.ncoId().equals(FAILS_ONCE) && FAILED.add(event.ncoId())) {
                throw new IllegalStateException("Timed out while waiting for a server");
            }
            TAKEN.add(event.ncoId());
        }
    }

    private final TestMongo mongo = TestMongo.start();
    private ConfigurableApplicationContext service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
        mongo.close();
        FailsOnce.FAILED.clear();
        FailsOnce.TAKEN.clear();
    }

    @Test
    void anEventAProjectionFailedOnIsHandedToItAgainAndCountedOnce() {
        service = BenchmarkService.start(mongo, new Class<?>[]{FailsOnce.class},
                "--axon.eventhandling.processors." + NcoRegistryProjection.PROCESSING_GROUP
                        + ".token-claim-interval=200");

        List<EventMessage<?>> events = new ArrayList<>();
        for (String id : List.of("n-before", FAILS_ONCE, "n-after")) {
            events.add(new GenericDomainEventMessage<>("Nco", id, 0,
                    SummaryEvents.nco(id, "НКО " + id, LocalDate.parse("2020-01-01"), null),
                    MetaData.with("recordedAt", Instant.now().toString()).and("issuedBy", "test-clerk")));
        }
        service.getBean(EventStore.class).publish(events);

        await().atMost(Duration.ofSeconds(30))
               .untilAsserted(() -> assertThat(FailsOnce.TAKEN).containsExactlyInAnyOrder("n-before", FAILS_ONCE,
                                                                                          "n-after"));
        assertThat(FailsOnce.FAILED).containsExactly(FAILS_ONCE);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                service.getBean(NcoRegistry.class).find(NcoFilter.current()).stream().map(NcoState::id))
                .containsExactlyInAnyOrder("n-before", FAILS_ONCE, "n-after"));
    }
}
