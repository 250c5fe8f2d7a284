package ru.kogalym.civic.eventstore.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.sun.management.OperatingSystemMXBean;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import ru.kogalym.civic.eventstore.MongoEventStorageEngine;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.eventstore.embedded.EmbeddedMongoServer;
import ru.kogalym.civic.eventstore.spring.EventStoreConfiguration;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Hot-path costs of the event store at two store sizes, next to the raw driver on the same server in the
 * same run: one writer, then {@value #WRITERS} writers at once (each thread appending one event per call to
 * aggregates of its own, as concurrent command handlers do, against as many threads of raw {@code insertOne}, the two
 * taking turns {@value #ROUNDS} times so that a change in the machine's load falls on both). Run (README, "Benchmark"):
 * {@code ./mvnw -q -B -pl event-store test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=ru.kogalym.civic.eventstore.benchmark.EventStoreBenchmark -Dexec.args="1000 30000"}.
 */
public final class EventStoreBenchmark {

    record NcoRegistered(String ncoId, String fullName, String shortName, String community, String registeredOn) {
    }

    private static final int AGGREGATE_LENGTH = 10;
    private static final int APPENDS = 2_000;
    private static final int LOADS = 500;
    private static final int FETCHES = 200;
    private static final int BATCH = 100;
    private static final int WRITERS = 16;
    private static final int WRITES_PER_WRITER = 250;
    private static final int ROUNDS = 3;

    private final Serializer serializer =
            JacksonSerializer.builder().objectMapper(EventStoreConfiguration.messageObjectMapper()).build();
    private final Random random = new Random(42);

    public static void main(String[] args) {
        List<Integer> sizes = args.length == 0 ? List.of(1_000, 200_000) : Stream.of(args).map(Integer::parseInt).toList();
        System.out.printf(Locale.ROOT, "%-9s %14s %14s %14s %12s %12s %14s %12s %14s %14s %12s %14s%n", "events",
                          "append ev/s", "raw insertOne", "raw insertMany", "append/raw", "load ms", "fetch 100 ms",
                          "file MB", "append 16w", "insertOne 16w", "16w ratio", "16w cpu ratio");
        for (int size : sizes) {
            new EventStoreBenchmark().run(size);
        }
    }

    private void run(int storedEvents) {
        Path data = TestMongo.temporaryDirectory();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoEventStorageEngine engine = MongoEventStorageEngine.builder().database(client.getDatabase("bench"))
                                                                    .eventSerializer(serializer)
                                                                    .snapshotSerializer(serializer).build();
            preload(engine, storedEvents);
            double fileMb = server.backend().fileSize() / 1024.0 / 1024.0;

            double appendRate = appendRate(engine, storedEvents);
            double loadMs = loadMillis(engine, storedEvents);
            double fetchMs = fetchMillis(engine, storedEvents);
            MongoCollection<Document> raw = client.getDatabase("bench").getCollection("raw");
            double insertOneRate = insertOneRate(raw);
            double insertManyRate = insertManyRate(raw);
            Cost appending = Cost.NONE;
            Cost inserting = Cost.NONE;
            for (int round = 0; round < ROUNDS; round++) {
                int first = round * WRITERS * WRITES_PER_WRITER;
                appending = appending.plus(concurrently(i -> engine.appendEvents(event("w-" + storedEvents + "-" + (first + i), 0))));
                inserting = inserting.plus(concurrently(i -> raw.insertOne(rawDocument(-1 - first - i))));
            }
            double writes = ROUNDS * WRITERS * WRITES_PER_WRITER;
            System.out.printf(Locale.ROOT, "%-9d %14.0f %14.0f %14.0f %12.2f %12.2f %14.2f %12.1f %14.0f %14.0f %12.2f %14.2f%n",
                              storedEvents, appendRate, insertOneRate, insertManyRate, appendRate / insertOneRate, loadMs,
                              fetchMs, fileMb, writes / appending.seconds(), writes / inserting.seconds(),
                              inserting.seconds() / appending.seconds(), inserting.cpuSeconds() / appending.cpuSeconds());
        }
    }

    /**
     * Fills the store through the engine itself: ten events per aggregate, each its own commit as a command
     * would write it, spread over the whole store; a hundred commits per append call to save time.
     */
    private void preload(MongoEventStorageEngine engine, int storedEvents) {
        int aggregates = storedEvents / AGGREGATE_LENGTH;
        List<EventMessage<?>> batch = new ArrayList<>();
        for (int i = 0; i < storedEvents; i++) {
            batch.add(event("nco-" + (i % aggregates), i / aggregates));
            if (batch.size() == 100) {
                engine.appendEvents(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            engine.appendEvents(batch);
        }
    }

    private double appendRate(MongoEventStorageEngine engine, int storedEvents) {
        long start = System.nanoTime();
        for (int i = 0; i < APPENDS; i++) {
            engine.appendEvents(event("new-" + storedEvents + "-" + i, 0));
        }
        return APPENDS / seconds(start);
    }

    private double loadMillis(MongoEventStorageEngine engine, int storedEvents) {
        int aggregates = storedEvents / AGGREGATE_LENGTH;
        long loaded = 0;
        long start = System.nanoTime();
        for (int i = 0; i < LOADS; i++) {
            loaded += engine.readEvents("nco-" + random.nextInt(aggregates)).asStream().count();
        }
        if (loaded != (long) LOADS * AGGREGATE_LENGTH) {
            throw new IllegalStateException("loaded " + loaded + " events");
        }
        return seconds(start) * 1000 / LOADS;
    }

    private double fetchMillis(MongoEventStorageEngine engine, int storedEvents) {
        long start = System.nanoTime();
        for (int i = 0; i < FETCHES; i++) {
            long position = random.nextInt(storedEvents - BATCH);
            try (Stream<? extends TrackedEventMessage<?>> stream =
                         engine.readEvents(GapAwareTrackingToken.newInstance(position, List.of()), false)) {
                Iterator<? extends TrackedEventMessage<?>> events = stream.iterator();
                for (int n = 0; n < BATCH; n++) {
                    events.next();
                }
            }
        }
        return seconds(start) * 1000 / FETCHES;
    }

    private static double insertOneRate(MongoCollection<Document> raw) {
        long start = System.nanoTime();
        for (int i = 0; i < APPENDS; i++) {
            raw.insertOne(rawDocument(i));
        }
        return APPENDS / seconds(start);
    }

    private static double insertManyRate(MongoCollection<Document> raw) {
        int total = 20_000;
        long start = System.nanoTime();
        for (int i = 0; i < total; i += 1_000) {
            List<Document> documents = new ArrayList<>(1_000);
            for (int j = 0; j < 1_000; j++) {
                documents.add(rawDocument(APPENDS + i + j));
            }
            raw.insertMany(documents);
        }
        return total / seconds(start);
    }

    /**
     * Wall-clock and process CPU time of a run. With other builds on the machine the wall clock tells mostly their
     * load; this process's CPU time for the same writes shows the cost of each kind of write as well.
     */
    private record Cost(double seconds, double cpuSeconds) {
        static final Cost NONE = new Cost(0, 0);

        Cost plus(Cost other) {
            return new Cost(seconds + other.seconds, cpuSeconds + other.cpuSeconds);
        }
    }

    /**
     * What it costs {@value #WRITERS} threads to each make {@value #WRITES_PER_WRITER} calls of {@code write} one after
     * the other with numbers of its own; timed from the moment all threads are ready until the last is done.
     */
    private static Cost concurrently(IntConsumer write) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            CountDownLatch ready = new CountDownLatch(WRITERS);
            CountDownLatch go = new CountDownLatch(1);
            List<Callable<Void>> tasks = IntStream.range(0, WRITERS).<Callable<Void>>mapToObj(writer -> () -> {
                ready.countDown();
                go.await();
                for (int n = 0; n < WRITES_PER_WRITER; n++) {
                    write.accept(writer * WRITES_PER_WRITER + n);
                }
                return null;
            }).toList();
            List<Future<Void>> done = tasks.stream().map(writers::submit).toList();
            ready.await();
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            go.countDown();
            for (Future<Void> writer : done) {
                writer.get();
            }
            return new Cost(seconds(start), (os.getProcessCpuTime() - cpuStart) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            writers.shutdownNow();
        }
    }

    private static Document rawDocument(int i) {
        return new Document("_id", "raw-" + i).append("payload", "Местная общественная организация №" + i);
    }

    private static GenericDomainEventMessage<NcoRegistered> event(String ncoId, long sequence) {
        return new GenericDomainEventMessage<>("Nco", ncoId, sequence,
                new NcoRegistered(ncoId, "Местная общественная организация национально-культурное общество города Когалыма",
                                  "Единство", "Dagestani", "2015-03-12"),
                MetaData.with("issuedBy", "benchmark").and("correlationId", ncoId).and("commandName", "RegisterNcoCommand"));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
