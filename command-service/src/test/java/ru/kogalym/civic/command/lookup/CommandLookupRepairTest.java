package ru.kogalym.civic.command.lookup;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A registration that reached the event store but not the lookups (its process died in between) is caught
 * up by the repair processor, so later commands see the NCO.
 */
@SpringBootTest(classes = CommandServiceApplication.class, properties = "spring.config.name=" + CommandServiceApplication.CONFIG_NAME)
@DirtiesContext
class CommandLookupRepairTest {

    private static final String NCO_ID = "nco-written-by-a-dead-process";
    private static final LocalDate REGISTERED_ON = LocalDate.of(2016, 4, 1);
    @RegisterExtension
    static final TestMongo MONGO = TestMongo.start();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", MONGO::uri);
    }

    @Autowired
    private NcoLookup ncoLookup;

    @Autowired
    private Serializer serializer;

    @Test
    void catchesUpARegistrationTheSubscribingUpdaterMissed() {
        // Another process's engine on the same database: its append never passes through this context's event bus.
        MongoEventStorageEngine otherProcess = MongoEventStorageEngine.builder()
                                                                      .database(MONGO.database())
                                                                      .eventSerializer(serializer)
                                                                      .snapshotSerializer(serializer)
                                                                      .build();
        otherProcess.appendEvents(new GenericDomainEventMessage<>("Nco", NCO_ID, 0, new NcoRegisteredEvent(
                NCO_ID, "Общество", null, null, LegalForm.OTHER, null, null, null, null, null, REGISTERED_ON, null)));

        await().atMost(Duration.ofSeconds(30))
               .untilAsserted(() -> assertThat(ncoLookup.find(NCO_ID)).hasValueSatisfying(
                       status -> assertThat(status.registeredOn()).isEqualTo(REGISTERED_ON)));
    }
}
