package ru.kogalym.civic.eventstore.chain;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import ru.kogalym.civic.eventstore.MongoEventStorageEngine;
import ru.kogalym.civic.eventstore.MutableClock;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.eventstore.spring.EventStoreConfiguration;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** A store, its engine and the chain's parts on one test's own database. */
final class ChainFixture implements AutoCloseable {

    static final Duration STALL_TIMEOUT = Duration.ofSeconds(2);
    static final Duration GAP_TIMEOUT = Duration.ofMinutes(2);
    static final Duration LEASE = Duration.ofSeconds(10);
    static final String KEY = "a-checkpoint-key-for-tests-only-0123456789";

    record Recorded(String supportId, String description, BigDecimal amount) {
    }

    final TestMongo mongo = TestMongo.start();
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    final Serializer serializer = JacksonSerializer.builder().objectMapper(EventStoreConfiguration.messageObjectMapper())
                                                   .build();
    final MongoEventStorageEngine engine = engine(mongo.client(), clock);
    final Checkpoints checkpoints = new Checkpoints(mongo.database(), CheckpointKey.of(KEY, "a test"));
    final ChainVerifier verifier = new ChainVerifier(mongo.database(), engine, checkpoints, 100);

    MongoEventStorageEngine engine(MongoClient client, Clock engineClock) {
        return MongoEventStorageEngine.builder().database(client.getDatabase(mongo.databaseName())).clock(engineClock)
                                      .stallTimeout(STALL_TIMEOUT).gapTimeout(GAP_TIMEOUT)
                                      .eventSerializer(serializer).snapshotSerializer(serializer).build();
    }

    ChainSealer sealer(MongoClient client, Clock sealerClock, Duration lease, long checkpointEvery,
                       Duration checkpointInterval) {
        MongoDatabase database = client.getDatabase(mongo.databaseName());
        return new ChainSealer(database, engine(client, sealerClock),
                               new Checkpoints(database, CheckpointKey.of(KEY, "a test")),
                               new ChainSealer.Settings(100, lease, GAP_TIMEOUT, checkpointEvery, checkpointInterval),
                               sealerClock);
    }

    ChainSealer sealer() {
        return sealer(mongo.client(), clock, LEASE, 1_000_000, Duration.ofDays(365));
    }

    static DomainEventMessage<Recorded> event(String supportId, long sequence, String description) {
        return new GenericDomainEventMessage<>("Support", supportId, sequence,
                                               new Recorded(supportId, description, new BigDecimal("1500.50")),
                                               MetaData.with("issuedBy", "ivanova").and("correlationId", "c-" + description));
    }

    /** Seals until the sealer has nothing left to seal; returns how many positions it sealed. */
    static long sealAll(ChainSealer sealer) {
        long total = 0;
        int sealed;
        while ((sealed = sealer.sealOnce()) > 0) {
            total += sealed;
        }
        return total;
    }

    MongoDatabase database() {
        return mongo.database();
    }

    /** Reserves positions as a writer killed before it wrote them would have; returns the first. */
    long reserveAsADeadWriter(int count) {
        Document before = database().getCollection("sequences").findOneAndUpdate(
                Filters.eq("_id", "events"), Updates.inc("value", (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        return before == null ? 0 : before.get("value", Number.class).longValue();
    }

    @Override
    public void close() {
        mongo.close();
    }
}
