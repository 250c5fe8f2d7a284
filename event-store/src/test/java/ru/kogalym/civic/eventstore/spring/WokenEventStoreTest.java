package ru.kogalym.civic.eventstore.spring;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
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

    @Test
    void aReaderFurtherBehindThanTheCachedEventsStillReadsEveryEventInOrder() throws Exception {
        InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
        EventStoreProperties properties = new EventStoreProperties(null, null, Duration.ofMillis(10), null, 5);
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
