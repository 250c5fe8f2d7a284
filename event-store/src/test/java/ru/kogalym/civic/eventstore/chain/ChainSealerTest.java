package ru.kogalym.civic.eventstore.chain;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.eventstore.MongoEventStorageEngine;
import ru.kogalym.civic.eventstore.SlowWriter;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static ru.kogalym.civic.eventstore.chain.ChainFixture.event;
import static ru.kogalym.civic.eventstore.chain.ChainFixture.sealAll;

/** The sealer chains every position in global order, with writers and other sealers at work beside it. */
class ChainSealerTest {

    private final ChainFixture store = new ChainFixture();

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void sealsEveryPositionInGlobalOrderEachHashChainedToThePrevious() {
        store.engine.appendEvents(event("s1", 0, "a"), event("s1", 1, "b"));
        store.engine.appendEvents(event("s2", 0, "c"));
        ChainSealer sealer = store.sealer();

        assertThat(sealAll(sealer)).isEqualTo(3);

        List<Document> commits = new ArrayList<>();
        store.database().getCollection("events").find().sort(new Document("_id", 1)).into(commits);
        String first = ChainLink.hash(0, commits.get(0), null);
        String second = ChainLink.hash(1, commits.get(0), first);
        String third = ChainLink.hash(2, commits.get(1), second);
        assertThat(store.database().getCollection("chain").find(Filters.eq("_id", 0L)).first().getList("hashes", String.class))
                .containsExactly(first, second);
        ChainVerifier.Verification verification = store.verifier.verify(0, null);
        assertThat(verification.intact()).isTrue();
        assertThat(verification.eventsChecked()).isEqualTo(3);
        assertThat(verification.headPosition()).isEqualTo(2);
        assertThat(verification.headHash()).isEqualTo(third);
        assertThat(verification.unsealedCount()).isZero();

        store.engine.appendEvents(event("s2", 1, "d"));
        assertThat(store.verifier.verify(0, null).unsealedFrom()).isEqualTo(3);
        assertThat(store.verifier.verify(0, null).unsealedCount()).isEqualTo(1);
        assertThat(sealAll(sealer)).isEqualTo(1);
        assertThat(store.verifier.verify(0, null).headPosition()).isEqualTo(3);
    }

    @Test
    void aLosingWritersTombstoneIsPartOfTheChain() {
        store.engine.appendEvents(event("s1", 0, "first"));
        assertThatThrownBy(() -> store.engine.appendEvents(event("s1", 0, "conflict")))
                .isInstanceOf(AggregateStreamCreationException.class);
        store.engine.appendEvents(event("s2", 0, "after the conflict"));

        assertThat(sealAll(store.sealer())).isEqualTo(3);

        Document tombstone = store.database().getCollection("events").find(Filters.eq("_id", 1L)).first();
        assertThat(tombstone.get("events")).isNull();
        assertThat(store.database().getCollection("chain").find(Filters.eq("_id", 1L)).first()).isNotNull();
        assertThat(store.verifier.verify(0, null).intact()).isTrue();
    }

    @Test
    void waitsAtAReservedPositionUntilItIsWrittenOrItsWriterIsSurelyGone() {
        store.engine.appendEvents(event("s1", 0, "before"));
        long slow = store.reserveAsADeadWriter(1);
        long dead = store.reserveAsADeadWriter(2);
        store.engine.appendEvents(event("s2", 0, "after"));
        ChainSealer sealer = store.sealer();

        assertThat(sealAll(sealer)).as("only what comes before the first unwritten position").isEqualTo(1);

        SlowWriter.appendAt(store.engine, slow, List.of(event("slow", 0, "late but within the write fence")));
        assertThat(sealAll(sealer)).isEqualTo(1);
        store.clock.advance(ChainFixture.GAP_TIMEOUT.minusSeconds(1));
        assertThat(sealAll(sealer)).as("the dead writer's fence has not closed yet").isZero();

        store.clock.advance(Duration.ofSeconds(2));
        assertThat(sealAll(sealer)).as("closed with a tombstone, then sealed on").isEqualTo(3);
        Document tombstone = store.database().getCollection("events").find(Filters.eq("_id", dead)).first();
        assertThat(tombstone.get("events")).isNull();
        assertThat(tombstone.get("count", Number.class).longValue()).isEqualTo(2);
        ChainVerifier.Verification verification = store.verifier.verify(0, null);
        assertThat(verification.intact()).isTrue();
        assertThat(verification.headPosition()).isEqualTo(4);
        assertThatThrownBy(() -> SlowWriter.appendAt(store.engine, dead, List.of(event("zombie", 0, "far too late"))))
                .as("the tombstone keeps the position closed").isInstanceOf(RuntimeException.class);
    }

    @Test
    void withWritersOnTwoClientsAppendingConcurrentlyEveryPositionIsSealedOnceAndTheChainIsIntact() throws Exception {
        int perWriter = 300;
        try (MongoClient second = store.mongo.newClient(); MongoClient third = store.mongo.newClient()) {
            MongoEventStorageEngine[] writers = {store.engine, store.engine(second, Clock.systemUTC())};
            ChainSealer sealer = store.sealer(third, Clock.systemUTC(), ChainFixture.LEASE, 1_000_000, Duration.ofDays(1));
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService threads = Executors.newFixedThreadPool(3);
            CompletableFuture<Long> sealing = CompletableFuture.supplyAsync(() -> {
                long sealed = 0;
                while (writing.get()) {
                    sealed += sealer.sealOnce();
                }
                return sealed;
            }, threads);
            List<CompletableFuture<Void>> appends = new ArrayList<>();
            for (int w = 0; w < writers.length; w++) {
                int writer = w;
                appends.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        // every tenth append collides with the one before, so losers' tombstones are among them
                        long sequence = i % 10 == 9 ? i - 1 : i;
                        try {
                            writers[writer].appendEvents(event("w" + writer, sequence, "e" + i));
                        } catch (RuntimeException conflict) {
                            writers[writer].appendEvents(event("w" + writer, i, "e" + i + " again"));
                        }
                    }
                }, threads));
            }
            CompletableFuture.allOf(appends.toArray(CompletableFuture[]::new)).join();
            writing.set(false);
            long sealedWhileWriting = sealing.join();
            threads.shutdown();
            long sealed = sealedWhileWriting + sealAll(sealer);

            long positions = store.engine.nextPosition();
            assertThat(positions).isGreaterThanOrEqualTo(2L * perWriter);
            assertThat(sealed).isEqualTo(positions);
            assertThat(sealedWhileWriting).as("the sealer follows the writers, not only after them").isPositive();
            ChainVerifier.Verification verification = store.verifier.verify(0, null);
            assertThat(verification.intact()).isTrue();
            assertThat(verification.eventsChecked()).isEqualTo(positions);
            assertThat(verification.unsealedCount()).isZero();
        }
    }

    @Test
    void onlyTheLeaseHolderSealsAndAnotherTakesOverWhenItStopsOrItsLeaseRunsOut() {
        ChainSealer first = store.sealer();
        ChainSealer second = store.sealer();
        store.engine.appendEvents(event("s1", 0, "a"));
        assertThat(first.sealOnce()).isEqualTo(1);
        store.engine.appendEvents(event("s1", 1, "b"));
        assertThat(second.sealOnce()).as("the first holds the lease").isZero();
        assertThat(first.sealOnce()).isEqualTo(1);

        first.release();
        store.engine.appendEvents(event("s1", 2, "c"));
        assertThat(second.sealOnce()).as("released: the second takes over at once").isEqualTo(1);
        store.engine.appendEvents(event("s1", 3, "d"));
        assertThat(first.sealOnce()).isZero();

        store.clock.advance(ChainFixture.LEASE.plusSeconds(1));
        assertThat(first.sealOnce()).as("the second stopped renewing its lease").isEqualTo(1);
        assertThat(store.verifier.verify(0, null).intact()).isTrue();
    }

    @Test
    void twoSealersThatBothBelieveTheyHoldTheLeaseNeverForkTheChain() throws Exception {
        // a lease that runs out at once: both take it round after round, as after a long pause of the holder
        try (MongoClient secondClient = store.mongo.newClient()) {
            ChainSealer first = store.sealer(store.mongo.client(), Clock.systemUTC(), Duration.ZERO, 1_000_000, Duration.ofDays(1));
            ChainSealer second = store.sealer(secondClient, Clock.systemUTC(), Duration.ZERO, 1_000_000, Duration.ofDays(1));
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicLong sealedByFirst = new AtomicLong();
            AtomicLong sealedBySecond = new AtomicLong();
            ExecutorService threads = Executors.newFixedThreadPool(2);
            CompletableFuture<Void> sealers = CompletableFuture.allOf(
                    CompletableFuture.runAsync(() -> sealWhile(writing, first, sealedByFirst), threads),
                    CompletableFuture.runAsync(() -> sealWhile(writing, second, sealedBySecond), threads));
            for (int i = 0; i < 150; i++) {
                store.engine.appendEvents(event("s" + i % 7, i / 7, "e" + i));
            }
            await().atMost(Duration.ofSeconds(60))
                   .until(() -> sealedByFirst.get() + sealedBySecond.get() >= 150);
            writing.set(false);
            sealers.join();
            threads.shutdown();

            assertThat(sealedByFirst.get() + sealedBySecond.get()).as("no position sealed twice").isEqualTo(150);
            assertThat(store.database().getCollection("chain").countDocuments()).isEqualTo(150);
            assertThat(store.verifier.verify(0, null).intact()).isTrue();
        }
    }

    private static void sealWhile(AtomicBoolean condition, ChainSealer sealer, AtomicLong sealed) {
        while (condition.get()) {
            sealed.addAndGet(sealer.sealOnce());
        }
    }

    @Test
    void signsACheckpointEveryNEventsOrAfterAWhileIfTheHeadMoved() {
        ChainSealer sealer = store.sealer(store.mongo.client(), store.clock, ChainFixture.LEASE, 5, Duration.ofMinutes(10));
        for (int i = 0; i < 12; i++) {
            store.engine.appendEvents(event("s1", i, "e" + i));
            sealAll(sealer);
        }
        assertThat(store.checkpoints.after(-1, 100)).extracting(Checkpoints.Checkpoint::position).containsExactly(4L, 9L);

        store.clock.advance(Duration.ofMinutes(10));
        sealAll(sealer);
        assertThat(store.checkpoints.after(9, 100)).extracting(Checkpoints.Checkpoint::position)
                                                   .as("ten minutes on, with the head moved").containsExactly(11L);
        store.clock.advance(Duration.ofMinutes(30));
        sealAll(sealer);
        assertThat(store.checkpoints.after(11, 100)).as("the head has not moved since").isEmpty();

        Checkpoints.Checkpoint checkpoint = store.checkpoints.after(-1, 1).get(0);
        assertThat(checkpoint.keyId()).isEqualTo(CheckpointKey.of(ChainFixture.KEY, "a test").id());
        assertThat(checkpoint.hash()).isEqualTo(ChainStore.storedHash(
                store.database().getCollection("chain").find(Filters.eq("_id", 4L)).first(), 4));
        ChainVerifier.Verification verification = store.verifier.verify(0, null);
        assertThat(verification.intact()).isTrue();
        assertThat(verification.checkpointsChecked()).isEqualTo(3);
    }
}
