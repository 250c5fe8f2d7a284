package ru.kogalym.civic.query.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.eventstore.TestMongo;

import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A query-service instance keeps a read model in memory and reads only what changed since; the writer here is
 * another instance (its own {@link MongoReadModels}), as on a deployment with several.
 */
class MirrorTest {

    private static final String NAME = "read_things";

    private final TestMongo mongo = TestMongo.start();
    private final ReadModelCollection writer = new MongoReadModels(mongo.database()).collection(NAME);
    private final ReadModelCollection reader = new MongoReadModels(mongo.database()).collection(NAME);
    private final AtomicInteger viewed = new AtomicInteger();
    private final Function<Document, String> view = document -> {
        viewed.incrementAndGet();
        return document.getString("name");
    };

    @AfterEach
    void stop() {
        mongo.close();
    }

    private void write(String id, String name) {
        writer.replace(id, new Document("_id", id).append("name", name));
    }

    /** Writes the documents in one batch of an event processor, flushed as the processor flushes it. */
    private void writeBatch(String... ids) {
        List<EventMessage<?>> events = new ArrayList<>();
        for (String id : ids) {
            events.add(GenericEventMessage.asEventMessage(id));
        }
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(events);
        unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork, List.of(new BatchFlushInterceptor()),
                message -> {
                    String id = (String) message.getPayload();
                    writer.replace(id, new Document("_id", id).append("name", "batched " + id));
                    return null;
                }).proceed());
    }

    @Test
    void readsOnlyTheDocumentsChangedSinceItsLastLook() {
        for (int i = 0; i < 100; i++) {
            write("t" + i, "thing " + i);
        }
        assertThat(reader.mirror(view).values()).hasSize(100);
        assertThat(viewed).hasValue(100);

        write("t7", "renamed");
        write("t100", "new");
        writeBatch("t1", "t2", "t101");

        Mirror<String> mirror = reader.mirror(view);
        assertThat(mirror.values()).hasSize(102);
        assertThat(mirror.get("t7")).isEqualTo("renamed");
        assertThat(mirror.get("t100")).isEqualTo("new");
        assertThat(mirror.get("t2")).isEqualTo("batched t2");
        assertThat(viewed).as("the five changed documents read again, no others").hasValue(105);
    }

    @Test
    void isTheSameObjectWhileNothingChangesAndDerivesEachThingOncePerVersion() {
        write("a", "A");
        AtomicInteger derivations = new AtomicInteger();
        Mirror<String> first = reader.mirror(view);
        first.derived("count", m -> derivations.incrementAndGet());

        Mirror<String> again = reader.mirror(view);
        again.derived("count", m -> derivations.incrementAndGet());
        assertThat(again).isSameAs(first);
        assertThat(derivations).hasValue(1);

        write("b", "B");
        int size = reader.mirror(view).derived("count", m -> m.values().size());
        assertThat(size).isEqualTo(2);
    }

    @Test
    void anOrderIsBroughtUpToDateFromWhatChangedWhenTheVersionBeforeWasAskedForIt() {
        for (int i = 0; i < 10; i++) {
            write("t" + i, "n" + i);
        }
        AtomicInteger sorts = new AtomicInteger();
        Function<Mirror<String>, List<String>> sort = m -> {
            sorts.incrementAndGet();
            return m.values().stream().sorted().toList();
        };
        List<String> replacedSeen = new ArrayList<>();
        List<String> broughtSeen = new ArrayList<>();
        Mirror.Update<String, List<String>> update = (before, replaced, brought) -> {
            replacedSeen.addAll(replaced);
            broughtSeen.addAll(brought);
            List<String> after = new ArrayList<>(before);
            after.removeIf(name -> replaced.stream().anyMatch(gone -> gone == name));
            after.addAll(brought);
            return after.stream().sorted().toList();
        };
        reader.mirror(view).derived("order", sort, update);

        write("t3", "z");
        write("t10", "a");
        List<String> order = reader.mirror(view).derived("order", sort, update);

        assertThat(order).containsExactly("a", "n0", "n1", "n2", "n4", "n5", "n6", "n7", "n8", "n9", "z");
        assertThat(sorts).as("sorted once, then brought up to date").hasValue(1);
        assertThat(replacedSeen).containsExactly("n3");
        assertThat(broughtSeen).containsExactlyInAnyOrder("z", "a");

        write("t4", "b");
        reader.mirror(view);
        write("t5", "c");
        assertThat(reader.mirror(view).derived("order", sort, update)).startsWith("a", "b", "c").hasSize(11);
        assertThat(sorts).as("the version before was not asked for the order: sorted whole").hasValue(2);
    }

    /** Under steady writes the next version is made while the last one's order is still being computed. */
    @Test
    void aVersionMadeWhileTheOneBeforeStillDerivesWaitsForItAndUpdatesIt() throws Exception {
        write("t1", "n1");
        write("t2", "n2");
        AtomicInteger sorts = new AtomicInteger();
        CountDownLatch sorting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Function<Mirror<String>, List<String>> sort = m -> {
            sorts.incrementAndGet();
            sorting.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return m.values().stream().sorted().toList();
        };
        Mirror.Update<String, List<String>> update = (before, replaced, brought) -> {
            List<String> after = new ArrayList<>(before);
            after.removeIf(name -> replaced.stream().anyMatch(gone -> gone == name));
            after.addAll(brought);
            return after.stream().sorted().toList();
        };
        Mirror<String> first = reader.mirror(view);
        CompletableFuture<List<String>> firstOrder = CompletableFuture.supplyAsync(() -> first.derived("order", sort, update));
        assertThat(sorting.await(10, TimeUnit.SECONDS)).isTrue();

        write("t1", "z");
        Mirror<String> second = reader.mirror(view);
        CompletableFuture<List<String>> secondOrder = CompletableFuture.supplyAsync(() -> second.derived("order", sort, update));
        release.countDown();

        assertThat(firstOrder.get(10, TimeUnit.SECONDS)).containsExactly("n1", "n2");
        assertThat(secondOrder.get(10, TimeUnit.SECONDS)).containsExactly("n2", "z");
        assertThat(sorts).as("the second version waited for the first's order instead of sorting").hasValue(1);
    }

    @Test
    void readsEverythingAgainWhenTooFarBehindOrWhenAChangeWasNeverTold() {
        write("a", "A");
        reader.mirror(view);
        for (int i = 0; i < 300; i++) {
            write("a", "A" + i);
        }
        assertThat(reader.mirror(view).get("a")).isEqualTo("A299");

        // a writer that died after writing and counting, before telling what it changed
        MongoCollection<Document> changes = mongo.database().getCollection(ReadModelChanges.COLLECTION);
        mongo.database().getCollection(NAME).replaceOne(eq("_id", "a"), new Document("_id", "a").append("name", "lost"));
        changes.updateOne(eq("_id", NAME), Updates.inc("version", 1L));
        write("b", "B");
        assertThat(reader.mirror(view).get("a")).isEqualTo("lost");
    }

    @Test
    void mirrorsACollectionLargerThanOneWireMessage() {
        String padding = "x".repeat(40_000);
        MongoCollection<Document> raw = mongo.database().getCollection(NAME);
        for (int chunk = 0; chunk < 15; chunk++) {
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                documents.add(new Document("_id", "t" + chunk + "-" + i).append("name", "n").append("padding", padding));
            }
            raw.insertMany(documents);
        }
        // 1,500 documents of 40 kB: 60 MB, past the driver's 48 MB limit for one reply

        assertThat(reader.mirror(view).values()).hasSize(1_500);
        assertThat(reader.all()).hasSize(1_500);
    }

    @Test
    void aVersionCountedButNotYetToldIsLookedForAgainNotReadWhole() {
        write("a", "A");
        write("b", "B");
        assertThat(reader.mirror(view).values()).hasSize(2);
        ReadModelChanges changes = new ReadModelChanges(mongo.database().getCollection(ReadModelChanges.COLLECTION));
        long told = changes.version(NAME);

        // a writer between counting its batch and telling which documents it changed
        mongo.database().getCollection(ReadModelChanges.COLLECTION).updateOne(eq("_id", NAME), Updates.inc("version", 1L));
        assertThat(changes.changedBetween(NAME, told - 1, told + 1))
                .as("up to the last version told").isEqualTo(new ReadModelChanges.Changed(told, java.util.Set.of("b")));
        int viewedBefore = viewed.get();
        assertThat(reader.mirror(view).get("a")).isEqualTo("A");
        assertThat(viewed).as("nothing read again meanwhile").hasValue(viewedBefore);

        write("a", "A2");   // the untold version is now older than the newest: read whole
        assertThat(reader.mirror(view).get("a")).isEqualTo("A2");
    }

    @Test
    void aCounterThatWentBackIsReadWhole() {
        write("a", "A");
        write("a", "A1");
        write("b", "B");
        assertThat(reader.mirror(view).get("a")).isEqualTo("A1");

        // the counts deleted (a restored backup, a dropped and reused name): the counter starts again below
        mongo.database().getCollection(ReadModelChanges.COLLECTION).deleteMany(new Document());
        mongo.database().getCollection(NAME).replaceOne(eq("_id", "b"), new Document("_id", "b").append("name", "B2"));
        write("a", "A2");

        Mirror<String> mirror = reader.mirror(view);
        assertThat(mirror.get("a")).isEqualTo("A2");
        assertThat(mirror.get("b")).isEqualTo("B2");
    }

    @Test
    void aFailedDerivationFailsAsItselfAndIsComputedAgainNextTimeWhileTheMostRecentlyUsedAreKept() {
        write("a", "A");
        Mirror<String> mirror = reader.mirror(view);
        AtomicInteger base = new AtomicInteger();

        assertThatThrownBy(() -> mirror.derived("broken", m -> {
            throw new IllegalStateException("no");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(mirror.<String>derived("broken", m -> "fine")).isEqualTo("fine");

        for (int i = 0; i < 20; i++) {
            mirror.derived("base", m -> base.incrementAndGet());
            int other = i;
            mirror.derived("other " + i, m -> other);
        }
        assertThat(base).as("kept while in use, though twenty others came and went").hasValue(1);
    }

    @Test
    void anEmptiedCollectionIsEmptyInMemoryToo() {
        write("a", "A");
        assertThat(reader.mirror(view).values()).containsExactly("A");

        writer.deleteAll();

        assertThat(reader.mirror(view).values()).isEmpty();
    }

    @Test
    void followsARebuiltGenerationOnceAnotherInstanceSwitchedToIt() {
        write("a", "old");
        assertThat(reader.mirror(view).values()).containsExactly("old");

        MongoReadModels rebuilder = new MongoReadModels(mongo.database());
        rebuilder.generation("r1").collection(NAME).replace("b", new Document("_id", "b").append("name", "rebuilt"));
        rebuilder.switchGroup("things", Map.of(NAME, NAME + MongoReadModels.SEPARATOR + "r1"));

        assertThat(new MongoReadModels(mongo.database()).collection(NAME).mirror(view).values())
                .as("a new instance").containsExactly("rebuilt");
        await().atMost(Duration.ofSeconds(10))
               .untilAsserted(() -> assertThat(reader.mirror(view).values()).as("a running one").containsExactly("rebuilt"));
    }
}
