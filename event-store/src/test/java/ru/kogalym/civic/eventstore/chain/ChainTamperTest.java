package ru.kogalym.civic.eventstore.chain;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.kogalym.civic.eventstore.chain.ChainFixture.event;
import static ru.kogalym.civic.eventstore.chain.ChainFixture.sealAll;

/**
 * Someone with write access to MongoDB alters the log directly; verification finds where, from the raw documents,
 * at or before the altered position. Here payloads and metadata are BSON documents, as written today;
 * {@link ChainTamperOnJsonTextTest} alters them as the JSON text earlier versions stored.
 */
class ChainTamperTest {

    private static final int EVENTS = 40;

    final ChainFixture store = new ChainFixture();
    private final MongoCollection<Document> commits = store.database().getCollection("events");

    @BeforeEach
    void aSealedLogWithCheckpoints() {
        // sealed as it is written, so the sealer signs a checkpoint every ten positions on the way
        ChainSealer sealer = store.sealer(store.mongo.client(), store.clock, ChainFixture.LEASE, 10, Duration.ofDays(1));
        for (int i = 0; i < EVENTS; i += 2) {
            if (i % 6 == 0) {
                store.engine.appendEvents(event("s" + i, 0, "e" + i), event("s" + i, 1, "e" + (i + 1)));
            } else {
                store.engine.appendEvents(event("s" + i, 0, "e" + i));
                store.engine.appendEvents(event("s" + (i + 1), 0, "e" + (i + 1)));
            }
            sealAll(sealer);
        }
        storedForm();
        ChainVerifier.Verification untouched = store.verifier.verify(0, null);
        assertThat(untouched.intact()).isTrue();
        assertThat(untouched.eventsChecked()).isEqualTo(EVENTS);
        assertThat(store.checkpoints.after(-1, 100)).extracting(Checkpoints.Checkpoint::position)
                                                    .containsExactly(9L, 19L, 29L, 39L);
        assertThat(untouched.checkpointsChecked()).isEqualTo(4);
    }

    /** Changes how the sealed events are stored, not what they hold; as written, they are BSON documents. */
    void storedForm() {
        assertThat(stored(0).get("payload")).isInstanceOf(Document.class);
    }

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void anEditedPayload() {
        long position = 13;
        tamper(position, event -> edit(event, "payload", "e13", "e13, отредактировано"));

        assertBrokenAtOrBefore(position, store.verifier.verify(0, null));
    }

    @Test
    void anEditedIssuedByInTheMetadata() {
        long position = 20;
        tamper(position, event -> edit(event, "metaData", "ivanova", "petrov"));

        ChainVerifier.Verification verification = store.verifier.verify(0, null);
        assertBrokenAtOrBefore(position, verification);
        assertThat(verification.brokenPositions()).containsExactly(position);
    }

    @Test
    void aDeletedCommitDocument() {
        long position = 24; // a commit of two events
        assertThat(commits.find(Filters.eq("_id", position)).first().getInteger("count")).isEqualTo(2);
        commits.deleteOne(Filters.eq("_id", position));

        ChainVerifier.Verification verification = store.verifier.verify(0, null);
        assertBrokenAtOrBefore(position, verification);
        assertThat(verification.brokenPositions()).containsExactly(position, position + 1);
    }

    @Test
    void twoSwappedPayloads() {
        long first = 7;
        long second = 30;
        Object firstPayload = stored(first).get("payload");
        Object secondPayload = stored(second).get("payload");
        tamper(first, event -> event.put("payload", secondPayload));
        tamper(second, event -> event.put("payload", firstPayload));

        ChainVerifier.Verification verification = store.verifier.verify(0, null);
        assertBrokenAtOrBefore(first, verification);
        assertThat(verification.brokenPositions()).containsExactly(first, second);
    }

    @Test
    void anEditWhoseEveryLaterHashWasRecomputedIsCaughtByTheCheckpointsSignedBefore() {
        long position = 15;
        tamper(position, event -> edit(event, "payload", "e15", "e15!"));
        rechainFrom(position);
        assertThat(store.verifier.verify(0, null).brokenCount()).as("every link now checks out").isZero();

        ChainVerifier.Verification verification = store.verifier.verify(0, null);
        assertBrokenAtOrBefore(position, verification);
        assertThat(verification.brokenCheckpoints()).isNotEmpty()
                .allSatisfy(broken -> assertThat(broken.failure()).isEqualTo(Checkpoints.Failure.HASH));
    }

    @Test
    void aForgedCheckpoint() {
        Checkpoints.Checkpoint genuine = store.checkpoints.after(-1, 1).get(0);
        store.database().getCollection("checkpoints")
             .updateOne(Filters.eq("_id", genuine.position()), Updates.set("signedAt", "2020-01-01T00:00:00Z"));

        ChainVerifier.Verification verification = store.verifier.verify(0, null);
        assertThat(verification.intact()).isFalse();
        assertThat(verification.brokenCheckpoints())
                .containsExactly(new ChainVerifier.BrokenCheckpoint(genuine.position(), Checkpoints.Failure.SIGNATURE));
        assertThat(verification.firstBrokenPosition()).isLessThanOrEqualTo(genuine.position());
    }

    @Test
    void aCutOffEndIsCaughtByTheLastCheckpoint() {
        long cut = 38; // the last checkpoint is at 39
        for (MongoCollection<Document> collection : List.of(commits, store.database().getCollection("chain"))) {
            collection.deleteMany(Filters.gte("_id", cut));
        }
        store.database().getCollection("chainHead").updateOne(Filters.eq("_id", "head"), Updates.combine(
                Updates.set("position", cut - 1),
                Updates.set("hash", stored(store.database().getCollection("chain"), cut - 1))));

        ChainVerifier.Verification verification = store.verifier.verify(0, null);
        assertThat(verification.intact()).isFalse();
        assertThat(verification.brokenCheckpoints()).extracting(ChainVerifier.BrokenCheckpoint::failure)
                                                    .containsExactly(Checkpoints.Failure.BEYOND_HEAD);
        assertThat(verification.firstBrokenPosition()).isLessThanOrEqualTo(cut);
    }

    @Test
    void aRangeIsCheckedFromTheStoredHashBeforeIt() {
        ChainVerifier.Verification range = store.verifier.verify(5, 15L);
        assertThat(range.intact()).isTrue();
        assertThat(range.from()).isEqualTo(5);
        assertThat(range.to()).isEqualTo(15);
        assertThat(range.eventsChecked()).isEqualTo(11);

        tamper(16, event -> edit(event, "payload", "e16", "e16?"));
        assertThat(store.verifier.verify(5, 15L).intact()).as("outside the range").isTrue();
        assertThat(store.verifier.verify(16, null).firstBrokenPosition()).isEqualTo(16);
        assertThat(store.verifier.verify(1000, null).eventsChecked()).isZero();
    }

    private static void assertBrokenAtOrBefore(long position, ChainVerifier.Verification verification) {
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenPosition()).isNotNull().isLessThanOrEqualTo(position);
    }

    /** The commit document covering {@code position}. */
    private Document covering(long position) {
        return ChainStore.covering(commits, position, 100);
    }

    Document stored(long position) {
        Document commit = covering(position);
        return commit.getList("events", Document.class).get((int) (position - commit.get("_id", Number.class).longValue()));
    }

    private static String stored(MongoCollection<Document> links, long position) {
        return ChainStore.storedHash(ChainStore.covering(links, position, 100), position);
    }

    /** Replaces {@code from} by {@code to} in an event's payload or metadata, in whichever form it is stored. */
    private static void edit(Document event, String field, String from, String to) {
        Object stored = event.get(field);
        Object edited = stored instanceof String text ? text.replace(from, to)
                : new Document(((Document) stored).entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        java.util.Map.Entry::getKey, member -> member.getValue() instanceof String value
                                ? value.replace(from, to) : member.getValue(), (a, b) -> a, java.util.LinkedHashMap::new)));
        assertThat(edited).as("the edit changes " + field).isNotEqualTo(stored);
        event.put(field, edited);
    }

    /** Changes the event at {@code position} in MongoDB itself, past the engine and the chain. */
    private void tamper(long position, java.util.function.Consumer<Document> change) {
        Document commit = covering(position);
        List<Document> events = new ArrayList<>(commit.getList("events", Document.class));
        change.accept(events.get((int) (position - commit.get("_id", Number.class).longValue())));
        commits.updateOne(Filters.eq("_id", commit.get("_id")), Updates.set("events", events));
    }

    /** What someone covering their tracks would do: recompute every hash from {@code position} on. */
    private void rechainFrom(long position) {
        MongoCollection<Document> links = store.database().getCollection("chain");
        String previous = stored(links, position - 1);
        Document link = ChainStore.covering(links, position, 100);
        while (link != null) {
            long start = link.get("_id", Number.class).longValue();
            Document commit = covering(start);
            List<String> hashes = new ArrayList<>();
            for (long p = start; p < start + link.getInteger("count"); p++) {
                previous = ChainLink.hash(p, commit, previous);
                hashes.add(previous);
            }
            links.updateOne(Filters.eq("_id", start), Updates.set("hashes", hashes));
            link = links.find(Filters.eq("_id", start + hashes.size())).first();
        }
        store.database().getCollection("chainHead").updateOne(Filters.eq("_id", "head"), Updates.set("hash", previous));
    }
}
