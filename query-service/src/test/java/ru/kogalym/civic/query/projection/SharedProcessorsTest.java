package ru.kogalym.civic.query.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.query.nco.NcoFilter;
import ru.kogalym.civic.query.nco.NcoRegistry;
import ru.kogalym.civic.query.summary.AnnualSummaries;
import ru.kogalym.civic.query.summary.SummaryEvents;
import ru.kogalym.civic.query.testing.BenchmarkService;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two query-service instances on one store share their processors: each runs some of them, each answers from read
 * models the other may have written, and one that stops leaves its processors to the other.
 */
class SharedProcessorsTest {

    private static final int NCOS = 200;

    private final TestMongo mongo = TestMongo.start();
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @AfterEach
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
        mongo.close();
    }

    private ConfigurableApplicationContext instance(String node) {
        List<String> arguments = new ArrayList<>(List.of("--civic.instance.node-id=" + node,
                                                         "--civic.instance.share-interval=PT0.5S"));
        Stream.of("annual-summary", "nco-registry", "activity-journal", "bodies", "support-register").forEach(
                processor -> arguments.add("--axon.eventhandling.processors." + processor + ".token-claim-interval=200"));
        ConfigurableApplicationContext instance = BenchmarkService.start(mongo, arguments.toArray(String[]::new));
        instances.add(instance);
        return instance;
    }

    private static int processorsRunning(ConfigurableApplicationContext instance) {
        return instance.getBean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                       .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                       .mapToInt(processor -> processor.processingStatus().size()).sum();
    }

    private static void registerNcos(EventStore eventStore, int from, int to) {
        List<EventMessage<?>> events = new ArrayList<>();
        for (int i = from; i < to; i++) {
            events.add(new GenericDomainEventMessage<>("Nco", "n" + i, 0,
                    SummaryEvents.nco("n" + i, "НКО " + i, LocalDate.parse("2020-01-01"), null),
                    MetaData.with("recordedAt", Instant.now().toString()).and("issuedBy", "test-clerk")));
        }
        eventStore.publish(events);
    }

    private static boolean answersEveryNco(ConfigurableApplicationContext instance, int ncos) {
        return instance.getBean(NcoRegistry.class).find(NcoFilter.current()).size() == ncos
                && instance.getBean(AnnualSummaries.class).summaryFor(2020).ncos().total() == ncos;
    }

    @Test
    void twoInstancesShareTheProcessorsAndAnswerAlike() {
        ConfigurableApplicationContext first = instance("first");
        registerNcos(first.getBean(EventStore.class), 0, NCOS / 2);
        ConfigurableApplicationContext second = instance("second");

        await().atMost(Duration.ofSeconds(30)).until(() -> processorsRunning(first) >= 2 && processorsRunning(second) >= 2);
        assertThat(processorsRunning(first) + processorsRunning(second)).isEqualTo(5);
        registerNcos(second.getBean(EventStore.class), NCOS / 2, NCOS);
        await().atMost(Duration.ofSeconds(30)).until(() -> answersEveryNco(first, NCOS) && answersEveryNco(second, NCOS));

        first.close();
        await().atMost(Duration.ofSeconds(30)).until(() -> processorsRunning(second) == 5);
        registerNcos(second.getBean(EventStore.class), NCOS, NCOS + 10);
        await().atMost(Duration.ofSeconds(30)).until(() -> answersEveryNco(second, NCOS + 10));
    }
}
