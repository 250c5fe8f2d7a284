package ru.kogalym.civic.eventstore.chain;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import ru.kogalym.civic.eventstore.MongoEventStorageEngine;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.eventstore.embedded.EmbeddedMongoServer;
import ru.kogalym.civic.eventstore.spring.EventStoreConfiguration;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How fast the sealer catches up with a store of a given size, and how fast verification reads it back, on the
 * durable embedded server. Run: {@code ./mvnw -q -B -pl event-store test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=ru.kogalym.civic.eventstore.chain.ChainBenchmark -Dexec.args="10000"}.
 */
public final class ChainBenchmark {

    record SupportRecorded(String supportId, String ncoId, String description, BigDecimal amount, String providedBy) {
    }

    public static void main(String[] args) {
        List<Integer> sizes = args.length == 0 ? List.of(10_000) : Stream.of(args).map(Integer::parseInt).toList();
        System.out.printf(Locale.ROOT, "%-9s %14s %14s %14s%n", "events", "append ev/s", "seal ev/s", "verify ev/s");
        for (int size : sizes) {
            run(size);
        }
    }

    private static void run(int events) {
        Serializer serializer = JacksonSerializer.builder().objectMapper(EventStoreConfiguration.messageObjectMapper()).build();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(TestMongo.temporaryDirectory(), "127.0.0.1", 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase database = client.getDatabase("bench");
            MongoEventStorageEngine engine = MongoEventStorageEngine.builder().database(database).eventSerializer(serializer)
                                                                    .snapshotSerializer(serializer).build();
            long start = System.nanoTime();
            for (int i = 0; i < events; i++) {
                String id = "s-" + i / 10;
                engine.appendEvents(new GenericDomainEventMessage<>("Support", id, i % 10, new SupportRecorded(
                        id, "n-" + i % 97, "Субсидия на проведение фестиваля национальных культур, этап " + i,
                        new BigDecimal("150000.00"), "Администрация города Когалыма"),
                        MetaData.with("issuedBy", "ivanova").and("recordedAt", Instant.now().toString())
                                .and("correlationId", "c-" + i).and("commandName", "RecordSupportCommand")));
            }
            double appendRate = events / seconds(start);

            Checkpoints checkpoints = new Checkpoints(database, CheckpointKey.of(ChainFixture.KEY, "the benchmark"));
            ChainSealer sealer = new ChainSealer(database, engine, checkpoints, new ChainSealer.Settings(
                    500, Duration.ofSeconds(10), Duration.ofMinutes(2), 1000, Duration.ofMinutes(10)), Clock.systemUTC());
            start = System.nanoTime();
            long sealed = ChainFixture.sealAll(sealer);
            double sealRate = sealed / seconds(start);

            start = System.nanoTime();
            ChainVerifier.Verification verification = new ChainVerifier(database, engine, checkpoints, 500).verify(0, null);
            double verifyRate = verification.eventsChecked() / seconds(start);
            if (!verification.intact() || verification.eventsChecked() != events) {
                throw new IllegalStateException("not intact: " + verification);
            }
            System.out.printf(Locale.ROOT, "%-9d %14.0f %14.0f %14.0f%n", events, appendRate, sealRate, verifyRate);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
