package ru.kogalym.civic.command.nco;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.kogalym.civic.command.CommandServiceApplication;
import ru.kogalym.civic.command.common.RuleViolationException;
import ru.kogalym.civic.contract.nco.LegalForm;
import ru.kogalym.civic.contract.nco.LiquidateNcoCommand;
import ru.kogalym.civic.contract.nco.RegisterNcoCommand;
import ru.kogalym.civic.contract.nco.RenameNcoCommand;
import ru.kogalym.civic.eventstore.TestMongo;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A long-lived NCO is loaded from a snapshot, and the snapshot carries every rule-relevant fact. */
@SpringBootTest(classes = CommandServiceApplication.class, properties = "spring.config.name=" + CommandServiceApplication.CONFIG_NAME)
@DirtiesContext
class NcoSnapshotTest {

    private static final String NCO_ID = "nco-long-lived";
    private static final LocalDate REGISTERED_ON = LocalDate.of(2005, 1, 10);
    private static final LocalDate LIQUIDATED_ON = LocalDate.of(2020, 6, 1);
    private static final int RENAMES = 60;
    @RegisterExtension
    static final TestMongo MONGO = TestMongo.start();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", MONGO::uri);
    }

    @Autowired
    private CommandGateway commands;

    @Autowired
    private EventStorageEngine eventStore;

    @Test
    void aSnapshotIsTakenAndTheAggregateKeepsItsRulesWhenLoadedFromIt() {
        commands.sendAndWait(new RegisterNcoCommand(NCO_ID, "Общество 0", null, null, LegalForm.OTHER, null, null, null,
                                                    null, null, REGISTERED_ON, null));
        for (int i = 1; i <= RENAMES; i++) {
            commands.sendAndWait(new RenameNcoCommand(NCO_ID, "Общество " + i, null, null, REGISTERED_ON.plusDays(i)));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> eventStore.readSnapshot(NCO_ID).isPresent());
        assertThat(eventStore.readSnapshot(NCO_ID)).hasValueSatisfying(snapshot -> {
            assertThat(snapshot.getSequenceNumber()).isGreaterThanOrEqualTo(49);
            assertThat(snapshot.getPayload()).isInstanceOf(Nco.class);
            assertThat(snapshot.getPayload()).extracting("ncoId", "registeredOn")
                                             .containsExactly(NCO_ID, REGISTERED_ON);
            assertThat(snapshot.getPayload()).extracting("fullName").asString().startsWith("Общество ");
        });

        commands.sendAndWait(new LiquidateNcoCommand(NCO_ID, LIQUIDATED_ON, "самороспуск"));
        assertThatThrownBy(() -> commands.sendAndWait(
                new RenameNcoCommand(NCO_ID, "После ликвидации", null, null, LIQUIDATED_ON.plusDays(1))))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> commands.sendAndWait(
                new LiquidateNcoCommand(NCO_ID, REGISTERED_ON.plusDays(10), "раньше последнего переименования")))
                .isInstanceOf(RuntimeException.class);
    }
}
