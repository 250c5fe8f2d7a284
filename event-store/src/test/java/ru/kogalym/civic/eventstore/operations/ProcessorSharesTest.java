package ru.kogalym.civic.eventstore.operations;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.eventstore.MongoEventStorageEngine;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.eventstore.spring.EventStoreConfiguration;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Instances of one service spread their processors' segments among them: real pooled processors and token claims
 * on one store, as two processes would have them.
 */
class ProcessorSharesTest {

    private static final List<String> GROUPS = List.of("registry", "journal", "summary", "register");
    private static final Duration INTERVAL = Duration.ofMillis(300);

    private final TestMongo mongo = TestMongo.start();
    private final EmbeddedEventStore eventStore;
    /** How often each processor handled each event, whichever instance it ran on. */
    private final Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
    private final List<Instance> instances = new ArrayList<>();

    ProcessorSharesTest() {
        JacksonSerializer serializer = JacksonSerializer.builder()
                                                        .objectMapper(EventStoreConfiguration.messageObjectMapper())
                                                        .build();
        eventStore = EmbeddedEventStore.builder().storageEngine(
                MongoEventStorageEngine.builder().database(mongo.database()).eventSerializer(serializer)
                                       .snapshotSerializer(serializer).build()).build();
    }

    @AfterEach
    void stop() {
        instances.forEach(Instance::stop);
        eventStore.shutDown();
        mongo.close();
    }

    /** Handles every event, counting it. */
    private final class Counting {
        private final String group;

        Counting(String group) {
            this.group = group;
        }

        @org.axonframework.eventhandling.EventHandler
        void on(String event) {
            handled.computeIfAbsent(group + " " + event, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** One process: its token store with its own owner, a pooled processor per group, and its shares. */
    private final class Instance {
        private final Map<String, StreamingEventProcessor> processors = new LinkedHashMap<>();
        private final ProcessorShares shares;

        Instance(String node) {
            TokenStore tokens = MongoTokenStore.builder()
                    .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(mongo.database()).build())
                    .serializer(JacksonSerializer.defaultSerializer())
                    .transactionManager(NoTransactionManager.INSTANCE)
                    .nodeId(node)
                    .claimTimeout(Duration.ofSeconds(30))
                    .build();
            for (String group : GROUPS) {
                processors.put(group, PooledStreamingEventProcessor.builder()
                        .name(group)
                        .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                                                                      .eventHandlers(new Counting(group)).build())
                        .messageSource(eventStore)
                        .tokenStore(tokens)
                        .transactionManager(NoTransactionManager.INSTANCE)
                        .coordinatorExecutor(Executors.newSingleThreadScheduledExecutor())
                        .workerExecutor(Executors.newScheduledThreadPool(1))
                        .initialSegmentCount(1)
                        .tokenClaimInterval(100)
                        .build());
            }
            shares = new ProcessorShares(() -> processors, tokens,
                                         mongo.database().getCollection(ProcessorShares.INSTANCES), "query-service",
                                         node, INTERVAL, Clock.systemUTC());
            processors.values().forEach(StreamingEventProcessor::start);
            shares.start();
        }

        int held() {
            return processors.values().stream().mapToInt(p -> p.processingStatus().size()).sum();
        }

        void stop() {
            shares.stop();
            processors.values().forEach(StreamingEventProcessor::shutDown);
        }
    }

    private void publish(int from, int to) {
        List<EventMessage<?>> events = IntStream.range(from, to)
                .<EventMessage<?>>mapToObj(i -> GenericEventMessage.asEventMessage("event " + i)).toList();
        eventStore.publish(events);
    }

    private boolean everyEventHandledByEveryProcessor(int events) {
        return handled.size() == GROUPS.size() * events;
    }

    @Test
    void theSegmentsAreSpreadOverTheLiveInstancesAndEachEventIsHandledOnce() {
        Instance first = new Instance("first");
        instances.add(first);
        await().atMost(Duration.ofSeconds(10)).until(() -> first.held() == GROUPS.size());
        publish(0, 300);

        Instance second = new Instance("second");
        instances.add(second);
        await().atMost(Duration.ofSeconds(20)).until(() -> first.held() == 2 && second.held() == 2);
        publish(300, 600);

        await().atMost(Duration.ofSeconds(20)).until(() -> everyEventHandledByEveryProcessor(600));
        assertThat(handled.values()).as("each processor handled each event once").allMatch(count -> count.get() == 1);
        assertThat(first.held()).isEqualTo(2);
        assertThat(second.held()).isEqualTo(2);
    }

    @Test
    void anInstanceThatStopsLeavesItsSegmentsToTheOthers() {
        Instance first = new Instance("first");
        Instance second = new Instance("second");
        instances.add(first);
        instances.add(second);
        await().atMost(Duration.ofSeconds(20)).until(() -> first.held() == 2 && second.held() == 2);

        first.stop();
        instances.remove(first);
        publish(0, 100);

        await().atMost(Duration.ofSeconds(20)).until(() -> second.held() == GROUPS.size());
        await().atMost(Duration.ofSeconds(20)).until(() -> everyEventHandledByEveryProcessor(100));
        assertThat(handled.values()).allMatch(count -> count.get() == 1);
    }
}
