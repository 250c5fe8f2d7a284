package ru.kogalym.civic.command.lookup;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.kogalym.civic.command.CommandServiceApplication;
import ru.kogalym.civic.contract.nco.LegalForm;
import ru.kogalym.civic.contract.nco.NcoRegisteredEvent;
import ru.kogalym.civic.eventstore.MongoEventStorageEngine;
import ru.kogalym.civic.eventstore.TestMongo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The repair gets an event again when a handler of its failed on it (MongoDB not answering in time under load): it is
 * what catches the lookups up, so it never goes on without an event. Axon's default would log and skip it.
 */
@SpringBootTest(classes = {CommandServiceApplication.class, RepairRetriesFailedEventsTest.Handlers.class},
                properties = {"spring.config.name=" + CommandServiceApplication.CONFIG_NAME,
                              "axon.eventhandling.processors." + CommandLookupRepair.PROCESSING_GROUP
                                      + ".token-claim-interval=200"})
@DirtiesContext
class RepairRetriesFailedEventsTest {

    private static final String NCO_ID = "nco-the-repair-failed-on-once";
    private static final LocalDate REGISTERED_ON = LocalDate.of(2016, 4, 1);
    @RegisterExtension
    static final TestMongo MONGO = TestMongo.start();

    /** Beside the repair's own handlers, in its processing group: fails the first time it is handed the NCO. */
    @ProcessingGroup(CommandLookupRepair.PROCESSING_GROUP)
    static class FailsOnce {

        final Set<String> failed = ConcurrentHashMap.newKeySet();
        final Set<String> taken = ConcurrentHashMap.newKeySet();

        @EventHandler
        void on(NcoRegisteredEvent event) {
            if (event.ncoId().equals(NCO_ID) && failed.add(event.ncoId())) {
                throw new IllegalStateException("Timed out while waiting for a server");
            }
            taken.add(event.ncoId());
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Handlers {

        @Bean
        FailsOnce failsOnce() {
            return new FailsOnce();
        }
    }

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", MONGO::uri);
    }

    @Autowired
    private FailsOnce failsOnce;

    @Autowired
    private NcoLookup ncoLookup;

    @Autowired
    private Serializer serializer;

    @Test
    void anEventTheRepairFailedOnIsHandedToItAgain() {
        // another process's append: only the repair, not this context's subscribing updater, sees it
        MongoEventStorageEngine.builder().database(MONGO.database()).eventSerializer(serializer)
                               .snapshotSerializer(serializer).build()
                               .appendEvents(new GenericDomainEventMessage<>("Nco", NCO_ID, 0, new NcoRegisteredEvent(
                                       NCO_ID, "Общество", null, null, LegalForm.OTHER, null, null, null, null, null,
                                       REGISTERED_ON, null)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(failsOnce.taken).contains(NCO_ID));
        assertThat(failsOnce.failed).containsExactly(NCO_ID);
        assertThat(ncoLookup.find(NCO_ID)).hasValueSatisfying(
                status -> assertThat(status.registeredOn()).isEqualTo(REGISTERED_ON));
    }
}
