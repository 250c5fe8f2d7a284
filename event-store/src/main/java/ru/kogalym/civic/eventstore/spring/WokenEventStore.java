package ru.kogalym.civic.eventstore.spring;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Axon's embedded event store, with streams that wake a pooled processor when the log grows. Axon's pooled processor
 * asks its stream to call it back when events are available; the embedded store's streams cannot, so the processor
 * looked again every 500 ms, and a command took 430 to 500 ms to show on the query side
 * ({@code benchmarks/freshness.sh}).
 * <p>
 * One watcher asks the storage engine for the log's head every {@code watchInterval} (a point lookup). While a
 * stream that is waiting has not reached the head, its processor is woken at each look (for at most
 * {@link #CHASE}: a reserved index never written is no event to wait for); and every waiting processor is woken at
 * least every {@link #AT_LEAST}, as Axon itself would. The store's own producer, which reads the log for the streams
 * that follow its head, is then told to read it at once as well: it looks only every fetch delay, and a woken
 * processor waited for it.
 */
final class WokenEventStore extends EmbeddedEventStore {

    private static final Duration CHASE = Duration.ofSeconds(2);
    private static final Duration AT_LEAST = Duration.ofMillis(500);

    private final EventStorageEngine storageEngine;
    /** The open streams whose processors asked to be woken, with the way to wake them. */
    private final Map<WokenStream, Runnable> waiting = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "event-store-head-watch");
        thread.setDaemon(true);
        return thread;
    });
    private long head = Long.MIN_VALUE;
    private long headMovedAt = System.nanoTime();
    private long lastWakeAll = System.nanoTime();

    WokenEventStore(Builder builder, EventStorageEngine storageEngine, Duration watchInterval) {
        super(builder);
        this.storageEngine = storageEngine;
        watcher.scheduleWithFixedDelay(this::look, watchInterval.toMillis(), watchInterval.toMillis(),
                                       TimeUnit.MILLISECONDS);
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new WokenStream(super.openStream(trackingToken));
    }

    @Override
    public void shutDown() {
        watcher.shutdownNow();
        super.shutDown();
    }

    private void look() {
        if (waiting.isEmpty()) {
            return;
        }
        try {
            long now = System.nanoTime();
            TrackingToken token = storageEngine.createHeadToken();
            long latest = token == null ? -1 : token.position().orElse(-1);
            if (latest != head) {
                head = latest;
                headMovedAt = now;
            }
            boolean all = now - lastWakeAll > AT_LEAST.toNanos();
            boolean chasing = now - headMovedAt < CHASE.toNanos();
            if (all) {
                lastWakeAll = now;
            }
            List<Runnable> woken = new ArrayList<>();
            boolean behind = false;
            for (Map.Entry<WokenStream, Runnable> entry : waiting.entrySet()) {
                boolean streamBehind = entry.getKey().position < head;
                behind |= streamBehind;
                if (all || (chasing && streamBehind)) {
                    woken.add(entry.getValue());
                }
            }
            if (chasing && behind) {
                // what a publish in this process does after its commit: the producer reads the log now. At every look
                // while a stream is behind, not only when the head moves: the head is an index reserved before its
                // event is written, and a read made in between finds nothing. Under steady writes that is a read per
                // look, most of which find new events; two seconds after the last write it stops
                afterCommit(List.of());
            }
            woken.forEach(Runnable::run);
        } catch (RuntimeException e) {
            // the store is unreachable for the moment: the next look tries again
        }
    }

    /** The embedded store's stream, which remembers how far it was read and can be woken. */
    private final class WokenStream implements TrackingEventStream {

        private final TrackingEventStream delegate;
        private volatile long position = -1;

        WokenStream(TrackingEventStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            TrackedEventMessage<?> event = delegate.nextAvailable();
            position = event.trackingToken().position().orElse(position);
            return event;
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        /** Axon registers once, when it opens the stream, and expects a call whenever events may be available. */
        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            waiting.put(this, callback);
            return true;
        }

        @Override
        public void close() {
            waiting.remove(this);
            delegate.close();
        }
    }
}
