package ru.kogalym.civic.eventstore.embedded;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.eventstore.MongoEventStorageEngine;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.eventstore.spring.EventStoreConfiguration;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class EmbeddedServerDurabilityTest {

    record Registered(String ncoId) {
    }

    private static final String RAW = "raw";

    private final Serializer serializer =
            JacksonSerializer.builder().objectMapper(EventStoreConfiguration.messageObjectMapper()).build();

    private MongoEventStorageEngine engine(MongoClient client) {
        return MongoEventStorageEngine.builder().database(client.getDatabase("civic"))
                                      .eventSerializer(serializer).snapshotSerializer(serializer).build();
    }

    @Test
    void aRestartedServerKeepsEveryEventAndTheGlobalSequence() {
        Path dataDirectory = TestMongo.temporaryDirectory();
        try (TestMongo first = TestMongo.embeddedIn(dataDirectory)) {
            MongoEventStorageEngine engine = engine(first.client());
            for (int i = 0; i < 50; i++) {
                engine.appendEvents(new GenericDomainEventMessage<>("Nco", "nco-" + i, 0, new Registered("nco-" + i)));
            }
        }
        try (TestMongo second = TestMongo.embeddedIn(dataDirectory)) {
            MongoEventStorageEngine engine = engine(second.client());
            engine.appendEvents(new GenericDomainEventMessage<>("Nco", "nco-0", 1, new Registered("nco-0")));

            List<? extends TrackedEventMessage<?>> all = engine.readEvents(null, false).toList();
            assertThat(all).hasSize(51);
            assertThat(all.get(50).trackingToken().position()).hasValue(50);
            assertThat(engine.readEvents("nco-0").asStream().toList()).hasSize(2);
        }
    }

    /**
     * The embedded server runs in its own process, a writer appends through the engine, and the server is
     * killed with SIGKILL mid-stream: every append the writer saw acknowledged is there after a restart.
     */
    @Test
    void noAcknowledgedAppendIsLostWhenTheServerIsKilled() throws Exception {
        assertEveryAcknowledgedAppendSurvivesKills(1);
    }

    /** As above with sixteen threads appending through one engine, whose appends share inserts and commits. */
    @Test
    void noAcknowledgedAppendOfConcurrentWritersIsLostWhenTheServerIsKilled() throws Exception {
        assertEveryAcknowledgedAppendSurvivesKills(16);
    }

    /**
     * Sixteen clients' own inserts, each its own command on its own connection: the server commits them in groups, and
     * none is acknowledged before its group is in the file.
     */
    @Test
    void noAcknowledgedInsertOfConcurrentClientsIsLostWhenTheServerIsKilled() throws Exception {
        assertEveryAcknowledgedWriteSurvivesKills(16, client -> {
            MongoCollection<Document> raw = client.getDatabase("civic").getCollection(RAW);
            return id -> raw.insertOne(new Document("_id", id));
        });
    }

    private void assertEveryAcknowledgedAppendSurvivesKills(int writers) throws Exception {
        assertEveryAcknowledgedWriteSurvivesKills(writers, client -> {
            MongoEventStorageEngine engine = engine(client);
            return id -> engine.appendEvents(new GenericDomainEventMessage<>("Nco", id, 0, new Registered(id)));
        });
    }

    private void assertEveryAcknowledgedWriteSurvivesKills(int writers, Function<MongoClient, Consumer<String>> writer)
            throws Exception {
        Path dataDirectory = TestMongo.temporaryDirectory();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        for (int run = 0; run < 2; run++) {
            Process server = startServerProcess(dataDirectory);
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + readyPort(server)
                                                              + "/?serverSelectionTimeoutMS=2000&connectTimeoutMS=2000&socketTimeoutMS=5000")) {
                Consumer<String> write = writer.apply(client);
                String prefix = "run" + run + "-";
                ExecutorService pool = Executors.newFixedThreadPool(writers);
                List<CompletableFuture<Void>> writing = IntStream.range(0, writers).mapToObj(w -> CompletableFuture.runAsync(() -> {
                    for (int i = 0; ; i++) {
                        String id = prefix + "writer" + w + "-nco-" + i;
                        try {
                            write.accept(id);
                        } catch (RuntimeException e) {
                            return;
                        }
                        acknowledged.add(id);
                    }
                }, pool)).toList();
                int target = acknowledged.size() + 300;
                await().atMost(Duration.ofMinutes(1)).until(() -> acknowledged.size() >= target);
                server.destroyForcibly();
                server.waitFor(30, TimeUnit.SECONDS);
                CompletableFuture.allOf(writing.toArray(CompletableFuture[]::new)).get(1, TimeUnit.MINUTES);
                pool.shutdown();
            }
        }

        Process server = startServerProcess(dataDirectory);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + readyPort(server))) {
            MongoCollection<Document> events = client.getDatabase("civic").getCollection("events");
            Set<String> stored = ConcurrentHashMap.newKeySet();
            for (Document commit : events.find()) {
                Object aggregateId = commit.get("aggregateId");
                if (aggregateId != null) {
                    stored.add(aggregateId.toString());
                }
            }
            client.getDatabase("civic").getCollection(RAW).find().forEach(d -> stored.add(d.getString("_id")));
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(600);
            assertThat(stored).containsAll(acknowledged);
        } catch (MongoException e) {
            throw new AssertionError("the restarted server did not answer", e);
        } finally {
            server.destroyForcibly();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Process startServerProcess(Path dataDirectory) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                                  EmbeddedMongoServer.class.getName(), dataDirectory.toString(), "0")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.PIPE)
                .start();
    }

    private static int readyPort(Process server) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                while ((line = output.readLine()) != null) {
                    if (line.startsWith("READY ")) {
                        int found = Integer.parseInt(line.substring("READY ".length()).trim());
                        // Keep draining the child's output so it never blocks on a full pipe.
                        Thread drain = new Thread(() -> output.lines().forEach(l -> { }));
                        drain.setDaemon(true);
                        drain.start();
                        return found;
                    }
                }
                throw new IllegalStateException("the embedded server exited before it was ready");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return port.get(60, TimeUnit.SECONDS);
    }

}
