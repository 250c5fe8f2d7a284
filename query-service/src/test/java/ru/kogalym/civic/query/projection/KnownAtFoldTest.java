package ru.kogalym.civic.query.projection;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.contract.nco.LegalForm;
import ru.kogalym.civic.contract.nco.NcoRegisteredEvent;
import ru.kogalym.civic.contract.raid.RaidRecordedEvent;
import ru.kogalym.civic.eventstore.MongoEventStorageEngine;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.eventstore.spring.EventStoreConfiguration;
import ru.kogalym.civic.query.journal.ActivityFilter;
import ru.kogalym.civic.query.journal.ActivityJournal;
import ru.kogalym.civic.query.journal.ActivityJournalProjection;
import ru.kogalym.civic.query.nco.NcoFilter;
import ru.kogalym.civic.query.nco.NcoRegistry;
import ru.kogalym.civic.query.nco.NcoRegistryProjection;
import ru.kogalym.civic.query.nco.NcoState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A fold "as known at" an instant, folded read model by read model as the questions ask for them. */
class KnownAtFoldTest {

    private static final LocalDate ON = LocalDate.of(2021, 3, 1);

    private final TestMongo mongo = TestMongo.start();
    private final EventStorageEngine engine;
    private final KnownAt known;

    KnownAtFoldTest() {
        JacksonSerializer serializer = JacksonSerializer.builder()
                                                        .objectMapper(EventStoreConfiguration.messageObjectMapper())
                                                        .build();
        engine = MongoEventStorageEngine.builder().database(mongo.database()).eventSerializer(serializer)
                                        .snapshotSerializer(serializer).build();
        known = KnownAt.of(engine, NcoRegistryProjection.class, ActivityJournalProjection.class);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private void append(String type, String id, Object payload, Instant recordedAt) {
        engine.appendEvents(List.of(new GenericDomainEventMessage<>(type, id, 0, payload,
                MetaData.with("recordedAt", recordedAt.toString()).and("issuedBy", "test"))));
    }

    private static NcoRegisteredEvent nco(String id) {
        return new NcoRegisteredEvent(id, "Общество " + id, null, null, LegalForm.LOCAL_PUBLIC_ORGANIZATION, null, null,
                                      null, null, null, ON, null);
    }

    private static RaidRecordedEvent raid(String id) {
        return new RaidRecordedEvent(id, ON, "улица Мира", "рейд", List.of("n-1"), List.of(), 10, null);
    }

    @Test
    void readModelsAskedForLaterFoldTheSameEventsAsTheFirst() {
        Instant now = Instant.now();
        append("Nco", "n-1", nco("n-1"), now.minusSeconds(5));
        append("Raid", "r-1", raid("r-1"), now.minusSeconds(5));

        ReadModels asKnown = known.at(now);
        assertThat(new NcoRegistry(asKnown).find(NcoFilter.current())).hasSize(1);

        // recorded before the instant, stored after the registry was folded (a command within its commit window)
        append("Raid", "r-2", raid("r-2"), now.minusSeconds(1));

        assertThat(new ActivityJournal(asKnown).find(ActivityFilter.all()))
                .as("the journal, folded after, from the registry's events only").extracting(e -> e.id())
                .containsExactly("r-1");
        assertThat(known.recordAt("r-2", now).documents()).as("a question asked once the log moved on")
                                                          .containsOnlyKeys(ActivityJournalProjection.COLLECTION);
    }

    /** Counts the NCOs registered, and fails once at the second, as a read that breaks off half way would. */
    @ProcessingGroup("flaky")
    static class FlakyCount {
        static final String COLLECTION = "read_flaky";
        static final AtomicBoolean FAILED = new AtomicBoolean();
        private final ReadModelCollection counts;

        FlakyCount(ReadModels readModels) {
            this.counts = readModels.collection(COLLECTION);
        }

        @EventHandler
        void on(NcoRegisteredEvent event) {
            Document count = counts.find("ncos");
            int seen = count == null ? 0 : count.getInteger("n");
            if (seen == 1 && FAILED.compareAndSet(false, true)) {
                throw new IllegalStateException("the read broke off");
            }
            counts.replace("ncos", new Document("_id", "ncos").append("n", seen + 1));
        }
    }

    @Test
    void aFoldThatBrokeOffIsFoldedAgainFromNothing() {
        Instant now = Instant.now();
        append("Nco", "n-1", nco("n-1"), now.minusSeconds(60));
        append("Nco", "n-2", nco("n-2"), now.minusSeconds(50));
        KnownAt flaky = KnownAt.of(engine, FlakyCount.class);
        FlakyCount.FAILED.set(false);

        ReadModels asKnown = flaky.at(now);
        assertThatThrownBy(() -> asKnown.collection(FlakyCount.COLLECTION)).isInstanceOf(IllegalStateException.class);

        assertThat(asKnown.collection(FlakyCount.COLLECTION).find("ncos").getInteger("n"))
                .as("each NCO counted once").isEqualTo(2);
    }

    @Test
    void anEventRecordedAFractionOfASecondAfterTheInstantIsNotKnownAtIt() {
        Instant at = Instant.parse("2021-03-01T10:00:00Z");
        append("Nco", "n-1", nco("n-1"), at);
        append("Nco", "n-2", nco("n-2"), at.plusMillis(1));
        append("Nco", "n-3", nco("n-3"), at.minusNanos(1_000));
        append("Nco", "n-4", nco("n-4"), at.plusSeconds(1));

        assertThat(new NcoRegistry(known.at(at)).find(NcoFilter.current())).extracting(NcoState::id)
                .containsExactlyInAnyOrder("n-1", "n-3");
        assertThat(new NcoRegistry(known.at(at.plusNanos(1_000_000))).find(NcoFilter.current()))
                .extracting(NcoState::id).containsExactlyInAnyOrder("n-1", "n-2", "n-3");
    }

    @Test
    void aRecordsStateAsKnownIsFoldedFromEveryReadModel() {
        Instant now = Instant.now();
        append("Nco", "n-1", nco("n-1"), now.minusSeconds(60));
        append("Raid", "r-1", raid("r-1"), now.minusSeconds(30));

        assertThat(known.recordAt("n-1", now).documents()).containsOnlyKeys(NcoRegistryProjection.COLLECTION);
        assertThat(known.recordAt("r-1", now).documents()).containsOnlyKeys(ActivityJournalProjection.COLLECTION);
        assertThat(known.recordAt("r-1", now.minusSeconds(45)).documents()).as("not yet recorded then").isEmpty();
    }

    @Test
    void manyColdFoldsAtOnceWaitTheirTurnWithBoundedThreads() throws Exception {
        Instant first = Instant.parse("2021-03-01T10:00:00Z");
        List<GenericDomainEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            events.add(new GenericDomainEventMessage<>("Nco", "n-" + i, 0, nco("n-" + i),
                    MetaData.with("recordedAt", first.plusSeconds(i).toString()).and("issuedBy", "test")));
        }
        engine.appendEvents(events);
        int requests = 12 * KnownAt.READS_AT_ONCE;
        ExecutorService clients = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                // a different instant each, so that every request folds from cold
                Instant at = first.plusSeconds(2_000 + i);
                answers.add(clients.submit(() -> {
                    start.await();
                    return new NcoRegistry(known.at(at)).find(NcoFilter.current()).size();
                }));
            }
            start.countDown();
            for (int i = 0; i < requests; i++) {
                assertThat(answers.get(i).get(60, TimeUnit.SECONDS)).isEqualTo(2_001 + i);
            }
        } finally {
            clients.shutdownNow();
        }
        // a pool thread that has just finished a task may not yet be idle when the next read starts one, so a few
        // more threads than tasks may have been made; unbounded, each request would have had threads of its own
        assertThat(known.readerThreadsAtMost()).isBetween(1, KnownAt.MAX_READER_TASKS + KnownAt.READS_AT_ONCE);
    }
}
