package ru.kogalym.civic.command;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import ru.kogalym.civic.eventstore.operations.OperationsConfiguration;
import ru.kogalym.civic.eventstore.spring.EventStoreConfiguration;

import java.time.Clock;

/** The staff's side: commands in over HTTP, rules checked by the aggregates, events into the store. */
@SpringBootApplication
@Import({EventStoreConfiguration.class, OperationsConfiguration.class})
public class CommandServiceApplication {

    /** Both services may share one JVM (the embedded default), so each reads its own config file. */
    public static final String CONFIG_NAME = "command-service";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(CommandServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        application().run(args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Long-lived records (an NCO, a council) load from a snapshot taken every {@value #SNAPSHOT_EVERY} events. */
    @Bean
    SnapshotTriggerDefinition snapshotEvery50Events(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, SNAPSHOT_EVERY);
    }

    static final int SNAPSHOT_EVERY = 50;
}
