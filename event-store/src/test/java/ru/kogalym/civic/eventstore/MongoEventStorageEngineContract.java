package ru.kogalym.civic.eventstore;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.eventstore.spring.EventStoreConfiguration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The engine's contract, run against the embedded server always ({@link MongoEventStorageEngineOnEmbeddedServerTest}) and against a
 * real MongoDB when {@code MONGODB_URI} names one ({@link MongoEventStorageEngineOnRealMongoDbTest}).
 */
abstract class MongoEventStorageEngineContract {

    abstract TestMongo startMongo();

    private static final String AGGREGATE_TYPE = "Nco";
    private static final Instant START = Instant.parse("2026-01-15T09:00:00Z");
    private static final Duration STALL_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration GAP_TIMEOUT = Duration.ofMinutes(2);

    record Renamed(String ncoId, String name) {
    }

    private final Serializer serializer =
            JacksonSerializer.builder().objectMapper(EventStoreConfiguration.messageObjectMapper()).build();
    private final MutableClock clock = new MutableClock(START);
    private TestMongo mongo;
    private MongoEventStorageEngine engine;

    @BeforeEach
    void start() {
        mongo = startMongo();
        engine = engineOn(mongo.client());
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private MongoEventStorageEngine engineOn(MongoClient client) {
        return MongoEventStorageEngine.builder()
                                      .database(client.getDatabase(mongo.databaseName()))
                                      .clock(clock)
                                      .stallTimeout(STALL_TIMEOUT)
                                      .gapTimeout(GAP_TIMEOUT)
                                      .eventSerializer(serializer)
                                      .snapshotSerializer(serializer)
                                      .batchSize(100)
                                      .build();
    }

    private static DomainEventMessage<Renamed> event(String aggregateId, long sequence, String name) {
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, aggregateId, sequence, new Renamed(aggregateId, name),
                                               MetaData.with("issuedBy", "tester").and("correlationId", "c-" + name));
    }

    private List<TrackedEventMessage<?>> readAfter(TrackingToken token) {
        return readAfter(engine, token);
    }

    private static List<TrackedEventMessage<?>> readAfter(MongoEventStorageEngine reader, TrackingToken token) {
        try (var stream = reader.readEvents(token, false)) {
            return new ArrayList<>(stream.toList());
        }
    }

    @Test
    void readsBackAppendedEventsWithPayloadAndMetaData() {
        engine.appendEvents(event("nco-1", 0, "Единство"), event("nco-1", 1, "ВАЙНАХ"));
        engine.appendEvents(event("nco-2", 0, "НУР"));

        List<? extends DomainEventMessage<?>> stream = engine.readEvents("nco-1").asStream().toList();

        assertThat(stream).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L);
        assertThat(stream).extracting(e -> (Object) e.getPayload())
                          .containsExactly(new Renamed("nco-1", "Единство"), new Renamed("nco-1", "ВАЙНАХ"));
        assertThat(stream.get(0).getMetaData()).containsEntry("issuedBy", "tester").containsEntry("correlationId", "c-Единство");
        assertThat(engine.lastSequenceNumberFor("nco-1")).contains(1L);
        assertThat(engine.lastSequenceNumberFor("unknown")).isEmpty();
        assertThat(engine.readEvents("nco-1", 1).asStream().toList()).hasSize(1);
    }

    @Test
    void readsLongAggregateStreamsAcrossBatches() {
        for (int i = 0; i < 250; i++) {
            engine.appendEvents(event("nco-long", i, "name " + i));
        }
        assertThat(engine.readEvents("nco-long").asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .containsExactlyElementsOf(IntStream.range(0, 250).mapToObj(Long::valueOf).toList());
        assertThat(engine.lastSequenceNumberFor("nco-long")).contains(249L);
    }

    @Test
    void assignsDenseGlobalIndexesInAppendOrder() {
        engine.appendEvents(event("a", 0, "x"), event("a", 1, "y"));
        engine.appendEvents(new GenericEventMessage<>("not from an aggregate"));
        engine.appendEvents(event("b", 0, "z"));

        List<TrackedEventMessage<?>> tracked = readAfter(null);

        assertThat(tracked).extracting(e -> ((GapAwareTrackingToken) e.trackingToken()).getIndex())
                           .containsExactly(0L, 1L, 2L, 3L);
        assertThat(tracked.get(2).getPayload()).isEqualTo("not from an aggregate");
        assertThat(readAfter(tracked.get(1).trackingToken())).hasSize(2);
    }

    @Test
    void refusesASecondAppendAtTheSameSequenceNumber() {
        engine.appendEvents(event("nco-1", 0, "registered"), event("nco-1", 1, "first"));

        assertThatThrownBy(() -> engine.appendEvents(event("nco-1", 1, "second")))
                .isInstanceOf(ConcurrencyException.class);
        assertThatThrownBy(() -> engine.appendEvents(event("nco-1", 0, "registered again")))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(engine.readEvents("nco-1").asStream().map(e -> ((Renamed) e.getPayload()).name()).toList())
                .containsExactly("registered", "first");
    }

    @Test
    void exactlyOneOfTwoConcurrentAppendsFromTwoThreadsWins() {
        engine.appendEvents(event("nco-1", 0, "registered"));
        for (int round = 1; round <= 20; round++) {
            long sequence = round;
            long winners = simultaneously(2, t -> appendedFirst(engine, event("nco-1", sequence, "thread " + t)))
                    .stream().filter(won -> won).count();
            assertThat(winners).as("winners in round %d", round).isEqualTo(1);
        }
        assertThat(engine.lastSequenceNumberFor("nco-1")).contains(20L);
    }

    /**
     * A standalone MongoDB acknowledges a write with its default concern ({@code w: 1}) once it is in memory, and its
     * journal takes it up to 100 ms later: a kill in between would lose an acknowledged command.
     */
    @Test
    void anAppendWaitsForTheJournalWhateverTheServersDefaultWriteConcern() {
        List<String> inserts = new CopyOnWriteArrayList<>();
        CommandListener listener = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent started) {
                if (started.getCommandName().equals("insert")) {
                    BsonValue concern = started.getCommand().get("writeConcern");
                    inserts.add(started.getCommand().getString("insert").getValue() + " "
                                + (concern == null ? "default" : concern.asDocument().toJson()));
                }
            }
        };
        try (MongoClient listened = clientListening(listener)) {
            MongoEventStorageEngine journaled = engineOn(listened);
            journaled.appendEvents(event("nco-1", 0, "registered"));
            journaled.appendEvents(event("nco-1", 1, "renamed"), event("nco-2", 0, "registered"));
        }

        assertThat(inserts).isNotEmpty().containsOnly(MongoEventStorageEngine.COMMITS + " {\"j\": true}");
    }

    @Test
    void refusesToStartOnAConnectionThatDoesNotWaitForAcknowledgements() {
        assertThatThrownBy(() -> MongoEventStorageEngine.builder()
                .database(mongo.database().withWriteConcern(WriteConcern.UNACKNOWLEDGED))
                .eventSerializer(serializer).snapshotSerializer(serializer).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("w=0");
    }

    @Test
    void exactlyOneOfTwoConcurrentAppendsFromTwoClientsWins() {
        try (MongoClient otherClient = mongo.newClient()) {
            MongoEventStorageEngine other = engineOn(otherClient);
            engine.appendEvents(event("nco-1", 0, "registered"));
            for (int round = 1; round <= 20; round++) {
                long sequence = round;
                CountDownLatch go = new CountDownLatch(1);
                CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> tryAppend(engine, go, sequence));
                CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> tryAppend(other, go, sequence));
                go.countDown();
                assertThat(first.join() ^ second.join()).as("exactly one winner in round %d", round).isTrue();
            }
        }
    }

    @Test
    void sixteenConcurrentWritersAllLandInOrderAndOnlyTheLosersOfARaceFail() {
        int writers = 16;
        int rounds = 20;
        engine.appendEvents(event("contested", 0, "registered"));
        int won = simultaneously(writers, w -> {
            int wins = 0;
            for (int round = 1; round <= rounds; round++) {
                engine.appendEvents(event("own-" + w, round - 1, "round " + round));
                if (appendedFirst(engine, event("contested", round, "writer " + w))) {
                    wins++;
                }
            }
            return wins;
        }).stream().mapToInt(Integer::intValue).sum();

        assertThat(won).as("one winner per sequence number").isEqualTo(rounds);
        assertThat(engine.lastSequenceNumberFor("contested")).contains((long) rounds);
        for (int w = 0; w < writers; w++) {
            assertThat(engine.readEvents("own-" + w).asStream().count()).as("own-" + w).isEqualTo(rounds);
        }
        assertThat(readAfter(null)).extracting(e -> ((GapAwareTrackingToken) e.trackingToken()).getIndex())
                                   .as("every event in global order, none held back by a loser's reservation")
                                   .hasSize(1 + rounds + writers * rounds).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void anAppendAfterTheCounterFellBehindTakesTheNextFreeIndex() {
        engine.appendEvents(event("a", 0, "first"));
        engine.appendEvents(event("b", 0, "second"));
        // as after restoring the counter from a backup taken before the last appends
        mongo.database().getCollection("sequences")
             .updateOne(Filters.eq("_id", MongoEventStorageEngine.SEQUENCE_ID), Updates.set("value", 0L));

        engine.appendEvents(event("c", 0, "third"));

        assertThat(readAfter(null)).extracting(e -> ((GapAwareTrackingToken) e.trackingToken()).getIndex())
                                   .containsExactly(0L, 1L, 2L);
        assertThat(engine.readEvents("c").asStream().count()).isEqualTo(1);
    }

    private static boolean tryAppend(MongoEventStorageEngine target, CountDownLatch go, long sequence) {
        awaitQuietly(go);
        return appendedFirst(target, event("nco-1", sequence, "client"));
    }

    /** False if another writer appended at the event's sequence number first. */
    private static boolean appendedFirst(MongoEventStorageEngine target, DomainEventMessage<?> event) {
        try {
            target.appendEvents(event);
            return true;
        } catch (ConcurrencyException e) {
            return false;
        }
    }

    /** Runs {@code task} on {@code threads} threads started at once; each thread's result, in the threads' order. */
    private static <T> List<T> simultaneously(int threads, IntFunction<T> task) {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<CompletableFuture<T>> running = IntStream.range(0, threads).mapToObj(t -> CompletableFuture.supplyAsync(() -> {
                awaitQuietly(go);
                return task.apply(t);
            }, pool)).toList();
            go.countDown();
            return running.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aReaderFollowingTwoWritersOnSeparateClientsSeesEveryEventOnceInOrder() throws Exception {
        int aggregates = 40;
        int eventsPerWriter = Integer.getInteger("interleaved.events", 5_000);
        try (MongoClient secondClient = mongo.newClient()) {
            MongoEventStorageEngine[] writers = {engineOn(mongo.client()), engineOn(secondClient)};
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<CompletableFuture<Void>> writing = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int writer = w;
                writing.add(CompletableFuture.runAsync(() -> {
                    // Each writer owns its own aggregates and advances them round-robin, so the two streams interleave.
                    long[] next = new long[aggregates];
                    for (int i = 0; i < eventsPerWriter; i++) {
                        int aggregate = i % aggregates;
                        writers[writer].appendEvents(event("w" + writer + "-" + aggregate, next[aggregate]++, "e" + i));
                    }
                }, pool));
            }

            List<TrackedEventMessage<?>> seen = new ArrayList<>();
            TrackingToken[] token = {null};
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20)).until(() -> {
                List<TrackedEventMessage<?>> batch = readAfter(token[0]);
                if (!batch.isEmpty()) {
                    seen.addAll(batch);
                    token[0] = batch.get(batch.size() - 1).trackingToken();
                }
                if (writing.stream().anyMatch(CompletableFuture::isCompletedExceptionally)) {
                    CompletableFuture.allOf(writing.toArray(CompletableFuture[]::new)).join();
                }
                return seen.size() >= 2 * eventsPerWriter && writing.stream().allMatch(CompletableFuture::isDone);
            });
            CompletableFuture.allOf(writing.toArray(CompletableFuture[]::new)).join();
            pool.shutdown();
            seen.addAll(readAfter(token[0]));

            List<Long> indexes = seen.stream().map(e -> ((GapAwareTrackingToken) e.trackingToken()).getIndex()).toList();
            assertThat(indexes).doesNotHaveDuplicates().isSorted().hasSize(2 * eventsPerWriter);
            assertThat(indexes.get(indexes.size() - 1)).isEqualTo(2L * eventsPerWriter - 1);
            assertThat(seen).extracting(TrackedEventMessage::getIdentifier).doesNotHaveDuplicates();
            Map<String, Long> lastSequence = new HashMap<>();
            for (TrackedEventMessage<?> message : seen) {
                DomainEventMessage<?> event = (DomainEventMessage<?>) message;
                long expected = lastSequence.getOrDefault(event.getAggregateIdentifier(), -1L) + 1;
                assertThat(event.getSequenceNumber()).as(event.getAggregateIdentifier()).isEqualTo(expected);
                lastSequence.put(event.getAggregateIdentifier(), event.getSequenceNumber());
            }
        }
    }

    @Test
    void aReservedIndexNeverWrittenHoldsReadersOnlyUntilTheStallTimeout() {
        engine.appendEvents(event("a", 0, "before"));
        reserveIndexesAsADeadWriterWould(1);
        engine.appendEvents(event("b", 0, "after"));

        List<TrackedEventMessage<?>> first = readAfter(null);
        assertThat(first).extracting(e -> payloadName(e)).containsExactly("before");

        clock.advance(STALL_TIMEOUT.plusMillis(1));
        List<TrackedEventMessage<?>> next = readAfter(first.get(0).trackingToken());
        assertThat(next).extracting(e -> payloadName(e)).containsExactly("after");
        GapAwareTrackingToken token = (GapAwareTrackingToken) next.get(0).trackingToken();
        assertThat(token.getIndex()).isEqualTo(2);
        assertThat(token.getGaps()).containsExactly(1L);

        clock.advance(GAP_TIMEOUT);
        engine.appendEvents(event("c", 0, "much later"));
        List<TrackedEventMessage<?>> later = readAfter(token);
        assertThat(later).extracting(e -> payloadName(e)).containsExactly("much later");
        assertThat(((GapAwareTrackingToken) later.get(0).trackingToken()).getGaps())
                .as("a gap older than the gap timeout is forgotten").isEmpty();
    }

    @Test
    void anEventCommittedLateIsDeliveredExactlyOnce() {
        engine.appendEvents(event("a", 0, "first"));
        long reserved = reserveIndexesAsADeadWriterWould(1);
        engine.appendEvents(event("b", 0, "third"));
        clock.advance(STALL_TIMEOUT.plusMillis(1));
        List<TrackedEventMessage<?>> beforeLateCommit = readAfter(null);
        assertThat(beforeLateCommit).extracting(e -> payloadName(e)).containsExactly("first", "third");

        engine.appendAt(reserved, List.of(event("slow", 0, "second, late")));
        TrackingToken token = beforeLateCommit.get(1).trackingToken();
        List<TrackedEventMessage<?>> afterLateCommit = readAfter(token);

        assertThat(afterLateCommit).extracting(e -> payloadName(e)).containsExactly("second, late");
        TrackingToken tokenAfter = afterLateCommit.get(0).trackingToken();
        assertThat(((GapAwareTrackingToken) tokenAfter).getGaps()).isEmpty();
        assertThat(readAfter(tokenAfter)).isEmpty();
    }

    @Test
    void aLateEventWithinTheStallTimeoutIsDeliveredInGlobalOrder() {
        engine.appendEvents(event("a", 0, "first"));
        long reserved = reserveIndexesAsADeadWriterWould(1);
        engine.appendEvents(event("b", 0, "third"));
        List<TrackedEventMessage<?>> held = readAfter(null);
        assertThat(held).extracting(e -> payloadName(e)).containsExactly("first");

        engine.appendAt(reserved, List.of(event("slow", 0, "second")));

        assertThat(readAfter(held.get(0).trackingToken())).extracting(e -> payloadName(e)).containsExactly("second", "third");
    }

    /**
     * Each append wakes the processors, which then read from the head: asking for a whole batch of positions there
     * would look up a hundred that do not exist yet, on every append, in both services.
     */
    @Test
    void aReaderAtTheHeadAsksOnlyForPositionsAlreadyReserved() {
        engine.appendEvents(event("a", 0, "first"), event("b", 0, "second"));
        List<String> finds = new CopyOnWriteArrayList<>();
        try (MongoClient listened = clientListingFinds(finds)) {
            MongoEventStorageEngine reader = engineOn(listened);
            TrackingToken head = readAfter(reader, null).get(1).trackingToken();
            finds.clear();
            assertThat(readAfter(reader, head)).isEmpty();
            assertThat(finds).as("nothing new: the counter alone").containsExactly("sequences one document");

            engine.appendEvents(event("c", 0, "third"), event("d", 0, "fourth"), event("e", 0, "fifth"));
            finds.clear();
            assertThat(readAfter(reader, head)).extracting(e -> payloadName(e)).containsExactly("third", "fourth", "fifth");
            assertThat(finds).as("three new events: the counter and their three positions; then the counter alone, "
                                 + "as Axon's stream fetches until a fetch finds nothing")
                             .containsExactly("sequences one document", MongoEventStorageEngine.COMMITS + " 3 positions",
                                              "sequences one document");
        }
    }

    @Test
    void aReaderFarBehindTheHeadReadsTheCounterOnlyWhenItNears() {
        engine.appendEvents(IntStream.range(0, 250).mapToObj(i -> event("a-" + i, 0, "e" + i)).toList());
        List<String> finds = new CopyOnWriteArrayList<>();
        try (MongoClient listened = clientListingFinds(finds)) {
            assertThat(readAfter(engineOn(listened), null)).hasSize(250);
        }
        assertThat(finds).containsExactly("sequences one document", MongoEventStorageEngine.COMMITS + " 100 positions",
                                          MongoEventStorageEngine.COMMITS + " 100 positions",
                                          "sequences one document", MongoEventStorageEngine.COMMITS + " 50 positions",
                                          "sequences one document");
    }

    /** A client noting each {@code find}: its collection, and how many positions it asks for by {@code _id}. */
    private MongoClient clientListingFinds(List<String> finds) {
        CommandListener listener = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent started) {
                if (started.getCommandName().equals("find")) {
                    BsonValue id = started.getCommand().getDocument("filter").get("_id");
                    finds.add(started.getCommand().getString("find").getValue() + " "
                              + (id.isDocument() && id.asDocument().containsKey("$in")
                                 ? id.asDocument().getArray("$in").size() + " positions" : "one document"));
                }
            }
        };
        return clientListening(listener);
    }

    private MongoClient clientListening(CommandListener listener) {
        return MongoClients.create(MongoClientSettings.builder().applyConnectionString(new ConnectionString(mongo.uri()))
                                                      .addCommandListener(listener).build());
    }

    @Test
    void aWriterThatLosesARaceLeavesATombstoneSoReadersDoNotWait() {
        engine.appendEvents(event("a", 0, "first"));
        assertThatThrownBy(() -> engine.appendEvents(event("a", 0, "conflict"))).isInstanceOf(AggregateStreamCreationException.class);
        engine.appendEvents(event("b", 0, "after the conflict"));

        assertThat(readAfter(null)).extracting(e -> payloadName(e)).containsExactly("first", "after the conflict");
    }

    @Test
    void writersGiveUpReservationsOlderThanTheWriteFence() {
        MutableClock slowClock = clock;
        engine.appendEvents(event("a", 0, "first"));
        // Simulates a writer paused between reserving and writing: the clock jumps while it appends.
        MongoEventStorageEngine paused = MongoEventStorageEngine.builder()
                                                                .database(mongo.database())
                                                                .clock(new JumpingClock(slowClock, GAP_TIMEOUT))
                                                                .stallTimeout(STALL_TIMEOUT).gapTimeout(GAP_TIMEOUT)
                                                                .eventSerializer(serializer).snapshotSerializer(serializer)
                                                                .build();
        assertThatThrownBy(() -> paused.appendEvents(event("b", 0, "too late")))
                .hasMessageContaining("write fence");
        assertThat(engine.lastSequenceNumberFor("b")).isEmpty();
    }

    @Test
    void keepsOnlyTheNewestSnapshot() {
        engine.appendEvents(event("nco-1", 0, "a"), event("nco-1", 1, "b"), event("nco-1", 2, "c"));
        engine.storeSnapshot(event("nco-1", 2, "snapshot at 2"));
        engine.storeSnapshot(event("nco-1", 1, "older snapshot"));

        assertThat(engine.readSnapshot("nco-1")).hasValueSatisfying(s -> {
            assertThat(s.getSequenceNumber()).isEqualTo(2);
            assertThat(((Renamed) s.getPayload()).name()).isEqualTo("snapshot at 2");
        });
        engine.appendEvents(event("nco-1", 3, "d"));
        assertThat(engine.lastSequenceNumberFor("nco-1")).contains(3L);
        assertThat(engine.readEvents("nco-1", 3).asStream().toList()).hasSize(1);
    }

    @Test
    void readsARecordsEveryEventWithItsGlobalPositionWhateverTheSnapshots() {
        engine.appendEvents(event("nco-1", 0, "a"), event("nco-1", 1, "b"));
        engine.appendEvents(event("nco-2", 0, "other"));
        engine.appendEvents(event("nco-1", 2, "c"));
        engine.storeSnapshot(event("nco-1", 2, "snapshot at 2"));
        for (int i = 3; i < 250; i++) {
            engine.appendEvents(event("nco-1", i, "e" + i));
        }

        List<TrackedEventMessage<?>> history = engine.readEventsWithPositions("nco-1").toList();

        assertThat(history).hasSize(250);
        assertThat(history).extracting(e -> ((DomainEventMessage<?>) e).getSequenceNumber())
                           .containsExactlyElementsOf(IntStream.range(0, 250).mapToObj(Long::valueOf).toList());
        assertThat(history.subList(0, 4)).extracting(e -> e.trackingToken().position().orElseThrow())
                                         .containsExactly(0L, 1L, 3L, 4L);
        assertThat(history).extracting(MongoEventStorageEngineContract::payloadName).doesNotContain("snapshot at 2")
                           .startsWith("a", "b", "c", "e3");
        assertThat(engine.readEventsWithPositions("unknown")).isEmpty();
    }

    @Test
    void createsTailHeadAndTimeTokens() {
        // a token, not null, even on an empty store: a processor reset stores it, and the token store takes no null
        assertThat(engine.createTailToken()).isNotNull();
        assertThat(engine.createHeadToken()).isEqualTo(engine.createTailToken());
        Instant middle = START.plus(Duration.ofHours(1));
        engine.appendEvents(new GenericDomainEventMessage<>(AGGREGATE_TYPE, "a", 0, new Renamed("a", "x"), MetaData.emptyInstance(), "id-a", START));
        engine.appendEvents(new GenericDomainEventMessage<>(AGGREGATE_TYPE, "b", 0, new Renamed("b", "y"), MetaData.emptyInstance(), "id-b", middle));
        engine.appendEvents(new GenericDomainEventMessage<>(AGGREGATE_TYPE, "c", 0, new Renamed("c", "z"), MetaData.emptyInstance(), "id-c", middle.plusSeconds(5)));

        assertThat(readAfter(engine.createTailToken())).hasSize(3);
        assertThat(readAfter(engine.createHeadToken())).isEmpty();
        assertThat(readAfter(engine.createTokenAt(middle))).extracting(e -> payloadName(e)).containsExactly("y", "z");
        assertThat(readAfter(engine.createTokenAt(middle.plusSeconds(60)))).isEmpty();
    }

    @Test
    void handlesMultiEventCommitsAsOneUnit() {
        engine.appendEvents(event("a", 0, "one"), event("a", 1, "two"), event("a", 2, "three"));
        assertThatThrownBy(() -> engine.appendEvents(event("a", 1, "x"), event("a", 2, "y")))
                .as("a commit starting inside another is refused: its first event's key is free, so this checks the chain")
                .isInstanceOf(RuntimeException.class);
        assertThat(engine.readEvents("a").asStream().map(e -> ((Renamed) e.getPayload()).name()).toList())
                .containsExactly("one", "two", "three");
    }

    /** Commits of one to seven events, a tombstone and abandoned indexes; returns how many events. */
    private int appendALogOfManyCommits(int atLeast) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int aggregate = 0; events.size() < atLeast; aggregate++) {
            for (int sequence = 0; sequence <= aggregate % 7; sequence++) {
                events.add(event("a-" + aggregate, sequence, aggregate + "/" + sequence));
            }
        }
        engine.appendEvents(events.subList(0, 1_200));
        assertThatThrownBy(() -> engine.appendEvents(event("a-0", 0, "conflict")))
                .isInstanceOf(AggregateStreamCreationException.class);
        reserveIndexesAsADeadWriterWould(3);
        engine.appendEvents(events.subList(1_200, events.size()));
        clock.advance(STALL_TIMEOUT.plusMillis(1));
        return events.size();
    }

    private static List<String> positionsAndNames(List<TrackedEventMessage<?>> events) {
        return events.stream().map(e -> e.trackingToken().position().orElseThrow() + " " + payloadName(e)
                                        + " " + e.getMetaData().get("correlationId")).toList();
    }

    @Test
    void aReadAheadDeliversWhatAReadFromTheStartDelivers() {
        int events = appendALogOfManyCommits(2_300);
        ExecutorService executor = Executors.newCachedThreadPool();
        try (var ahead = engine.readAhead(executor, 2)) {
            List<TrackedEventMessage<?>> read = ahead.toList();
            assertThat(positionsAndNames(read)).hasSize(events).isEqualTo(positionsAndNames(readAfter(null)));
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aReadAheadStopsWhereAReadFromTheStartStops() {
        engine.appendEvents(event("a", 0, "before"));
        reserveIndexesAsADeadWriterWould(1);
        engine.appendEvents(event("b", 0, "after"));
        ExecutorService executor = Executors.newCachedThreadPool();
        try (var ahead = engine.readAhead(executor, 2)) {
            assertThat(ahead.toList()).extracting(e -> payloadName(e)).as("a reservation younger than the stall timeout")
                                      .containsExactly("before");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aReadAheadClosedEarlyStopsReading() {
        appendALogOfManyCommits(12_000);
        java.util.concurrent.ThreadPoolExecutor executor =
                (java.util.concurrent.ThreadPoolExecutor) Executors.newCachedThreadPool();
        try {
            try (var ahead = engine.readAhead(executor, 1)) {
                assertThat(ahead.findFirst()).isPresent();
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> executor.getActiveCount() == 0);
            assertThat(executor.getCompletedTaskCount())
                    .as("the walk and the windows of the batches it could hand over, not the log's twelve")
                    .isLessThanOrEqualTo(1 + 6);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aReadAheadWhoseStoreFailsFailsTheReader() {
        appendALogOfManyCommits(12_000);
        MongoClient client = mongo.newClient();
        MongoEventStorageEngine reader = engineOn(client);
        ExecutorService executor = Executors.newCachedThreadPool();
        try (var ahead = reader.readAhead(executor, 1)) {
            var events = ahead.iterator();
            events.next();
            client.close();
            assertThatThrownBy(() -> events.forEachRemaining(e -> { })).isInstanceOf(RuntimeException.class);
        } finally {
            executor.shutdownNow();
        }
    }

    private long reserveIndexesAsADeadWriterWould(int count) {
        Document counter = mongo.database().getCollection("sequences")
                                .findOneAndUpdate(Filters.eq("_id", MongoEventStorageEngine.SEQUENCE_ID),
                                                  Updates.inc("value", (long) count),
                                                  new com.mongodb.client.model.FindOneAndUpdateOptions()
                                                          .upsert(true)
                                                          .returnDocument(com.mongodb.client.model.ReturnDocument.AFTER));
        return counter.get("value", Number.class).longValue() - count;
    }

    private static String payloadName(TrackedEventMessage<?> message) {
        return ((Renamed) message.getPayload()).name();
    }

    /** A clock that has jumped {@code jump} ahead by the time it is asked a second time. */
    private static final class JumpingClock extends java.time.Clock {
        private final java.time.Clock base;
        private final Duration jump;
        private final AtomicInteger calls = new AtomicInteger();

        JumpingClock(java.time.Clock base, Duration jump) {
            this.base = base;
            this.jump = jump;
        }

        @Override
        public java.time.ZoneId getZone() {
            return base.getZone();
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return calls.getAndIncrement() == 0 ? base.instant() : base.instant().plus(jump);
        }
    }
}
