package ru.kogalym.civic.eventstore.spring;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Axon's pooled processors wait for their stream's call; the embedded store's streams never made one. */
class WokenEventStoreTest {

    @Test
    void aWaitingStreamIsCalledWhenAnotherProcessAppendsAndKeepsBeingCalledLater() throws Exception {
        InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
        WokenEventStore store = new WokenEventStore(EmbeddedEventStore.builder().storageEngine(storage),
                                                    storage, Duration.ofMillis(10));
        try (TrackingEventStream stream = store.openStream(null)) {
            AtomicInteger calls = new AtomicInteger();
            assertThat(stream.setOnAvailableCallback(calls::incrementAndGet)).as("supported").isTrue();

            // written straight to the storage engine, as another instance's command would be
            storage.appendEvents(GenericEventMessage.asEventMessage("raid recorded"));
            await().atMost(Duration.ofSeconds(10)).until(() -> calls.get() > 0);
            assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("raid recorded");

            int before = calls.get();
            storage.appendEvents(GenericEventMessage.asEventMessage("meeting held"));
            await().atMost(Duration.ofSeconds(10)).until(() -> calls.get() > before);
        } finally {
            store.shutDown();
        }
    }

    /**
     * The embedded store's producer reads the log for the streams that follow its head, and looked for another
     * process's events only every fetch delay: a woken processor then waited for it. The watcher that saw the head
     * move has it read at once; here the producer's own delay is an hour.
     */
    @Test
    void anEventAnotherProcessAppendsIsReadWhenTheWatcherSeesItNotAtTheProducersNextLook() throws Exception {
        // the producer has read the log for the first event, whatever woke it, and now waits out its hour
        followsTwoEvents(new InMemoryEventStorageEngine(), () -> { });
    }

    /**
     * Our store reserves an event's index before it writes the event, so the watcher may see the head move while
     * there is nothing yet to read: the producer is told to read again at each look while a stream is behind.
     */
    @Test
    void anEventWrittenAfterTheWatcherSawItsIndexReservedIsReadWithoutWaitingForTheProducer() throws Exception {
        AtomicLong reserved = new AtomicLong(-1);
        AtomicInteger looks = new AtomicInteger();
        InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine() {
            @Override
            public TrackingToken createHeadToken() {
                looks.incrementAndGet();
                TrackingToken written = super.createHeadToken();
                long head = written == null ? -1 : written.position().orElse(-1);
                return head >= reserved.get() ? written : new GlobalSequenceTrackingToken(reserved.get());
            }
        };
        followsTwoEvents(storage, () -> {
            reserved.set(1);
            int seen = looks.get();
            // the watcher has seen the head move, and woken the producer, which found nothing to read
            await().atMost(Duration.ofSeconds(10)).until(() -> looks.get() > seen + 2);
        });
    }

    /**
     * A stream that follows the store's producer (its own fetch delay an hour) reads one event, then, after
     * {@code between}, another, each appended straight to the storage engine as another process's command would be.
     */
    private static void followsTwoEvents(InMemoryEventStorageEngine storage, Runnable between) throws Exception {
        WokenEventStore store = new WokenEventStore(EmbeddedEventStore.builder().storageEngine(storage)
                                                                      .fetchDelay(Duration.ofHours(1).toMillis()),
                                                    storage, Duration.ofMillis(10));
        try (TrackingEventStream stream = store.openStream(null)) {
            stream.setOnAvailableCallback(() -> { });
            // the stream reads the empty log itself, then follows the producer
            assertThat(stream.hasNextAvailable(1, TimeUnit.MILLISECONDS)).isFalse();
            storage.appendEvents(GenericEventMessage.asEventMessage("raid recorded"));
            assertThat(stream.hasNextAvailable(10, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("raid recorded");

            between.run();
            storage.appendEvents(GenericEventMessage.asEventMessage("meeting held"));
            assertThat(stream.hasNextAvailable(10, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("meeting held");
        } finally {
            store.shutDown();
        }
    }

    @Test
    void aWatchIntervalUnderAMillisecondIsRefusedAtStartNotLeftToTheScheduler() {
        assertThatThrownBy(() -> new EventStoreProperties(null, null, null, Duration.ofNanos(500), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("watch-interval");
    }

    @Test
    void aReaderFurtherBehindThanTheCachedEventsStillReadsEveryEventInOrder() throws Exception {
        InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
        EventStoreProperties properties = new EventStoreProperties(null, null, Duration.ofMillis(10), null, null, 5);
        EmbeddedEventStore store = (EmbeddedEventStore) new EventStoreConfiguration().eventStore(storage, properties);
        try (TrackingEventStream head = store.openStream(null)) {
            for (int i = 0; i < 50; i++) {
                store.publish(GenericEventMessage.asEventMessage("event " + i));
            }
            // the first reader follows the head, so the cache moves on past the first events
            for (int i = 0; i < 50; i++) {
                assertThat(head.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
                assertThat(head.nextAvailable().getPayload()).isEqualTo("event " + i);
            }
            try (TrackingEventStream behind = store.openStream(null)) {
                for (int i = 0; i < 50; i++) {
                    assertThat(behind.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
                    assertThat(behind.nextAvailable().getPayload()).isEqualTo("event " + i);
                }
            }
        } finally {
            store.shutDown();
        }
    }
}
