package ru.kogalym.civic.eventstore;

import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A read of the whole log from its start in three stages side by side, for a reader that folds every event (a fold
 * "as known at" an instant): windows of commits fetched (the server encoding, the driver decoding) a few ahead; one
 * thread walking them in global order into events and deserialising their payloads and metadata; the reader handling
 * them. Read in turn, each window waited for the server and the decoding, and one of two cores stayed idle.
 * <p>
 * A window fetched early is a view of the log as it stood a little before the walk reached it. That is as good as
 * the view a later fetch would give: the walk judges a position without a commit by the age of the commits after it
 * as of when the read began, which is before any window was fetched.
 */
final class ReadAhead {

    /** Positions fetched at a time, and events walked at a time. */
    static final int WINDOW = 1000;

    /** Where a walk finds the commits of a stretch of positions. */
    interface Commits {
        /** The commits whose {@code _id} lies in {@code [from, from + count)}, by {@code _id}. */
        Map<Long, Document> in(long from, int count);
    }

    /** The events after {@code last} (null: from the start) in global order, at least {@code count} unless at the end. */
    interface Walk {
        List<TrackedEventData<?>> after(TrackingToken last, int count, Commits commits);
    }

    private record Batch(List<TrackedEventMessage<?>> events, boolean last, Throwable failure) {
    }

    private ReadAhead() {
    }

    /**
     * @param fetchWindow the commits whose {@code _id} lies in {@code [start, start + WINDOW)}, by {@code _id}
     * @param decode      events as Axon's messages (upcast, deserialised lazily)
     * @param executor    runs the walk for the whole read and the fetches: not bounded below {@code ahead + 1}
     *                    threads per read at a time
     * @param ahead       windows fetched beyond the one walked
     */
    static Stream<TrackedEventMessage<?>> read(LongFunction<Map<Long, Document>> fetchWindow, Walk walk,
                                               Function<List<TrackedEventData<?>>, List<TrackedEventMessage<?>>> decode,
                                               Executor executor, int ahead) {
        BlockingQueue<Batch> walked = new ArrayBlockingQueue<>(2);
        AtomicBoolean closed = new AtomicBoolean();
        Tasks tasks = new Tasks(executor);
        tasks.execute(() -> {
            Windows windows = new Windows(fetchWindow, tasks, ahead);
            try {
                TrackingToken last = null;
                boolean end = false;
                while (!end && !closed.get()) {
                    List<TrackedEventData<?>> found = walk.after(last, WINDOW, windows);
                    end = found.size() < WINDOW;
                    if (!found.isEmpty()) {
                        last = found.get(found.size() - 1).trackingToken();
                    }
                    List<TrackedEventMessage<?>> events = decode.apply(found);
                    for (TrackedEventMessage<?> event : events) {
                        event.getPayload();
                        event.getMetaData();
                    }
                    hand(walked, new Batch(events, end, null), closed);
                }
            } catch (Throwable e) {
                hand(walked, new Batch(List.of(), true, e), closed);
            } finally {
                windows.close();
            }
        });
        Spliterator<TrackedEventMessage<?>> events = new Spliterators.AbstractSpliterator<>(
                Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
            private Iterator<TrackedEventMessage<?>> batch = Collections.emptyIterator();
            private boolean ended;

            @Override
            public boolean tryAdvance(Consumer<? super TrackedEventMessage<?>> action) {
                while (!batch.hasNext()) {
                    if (ended) {
                        return false;
                    }
                    Batch next = take(walked);
                    if (next.failure() != null) {
                        throw next.failure() instanceof RuntimeException e ? e
                                : new IllegalStateException("Reading the event log failed", next.failure());
                    }
                    ended = next.last();
                    batch = next.events().iterator();
                }
                action.accept(batch.next());
                return true;
            }
        };
        return StreamSupport.stream(events, false).onClose(() -> {
            closed.set(true);
            walked.clear();
            tasks.awaitAll();
        });
    }

    /**
     * The read's tasks on the caller's executor, so that closing the read returns once none of them runs any more: a
     * caller that bounds how many reads run at once then bounds their threads too, and a closed read does not go on
     * reading the store behind its reader's back.
     */
    private static final class Tasks implements Executor {
        /** The reader is one party; each task registers while it is submitted and running. */
        private final Phaser running = new Phaser(1);
        private final Executor executor;

        Tasks(Executor executor) {
            this.executor = executor;
        }

        @Override
        public void execute(Runnable task) {
            running.register();
            try {
                executor.execute(() -> {
                    try {
                        task.run();
                    } finally {
                        running.arriveAndDeregister();
                    }
                });
            } catch (RuntimeException e) {
                running.arriveAndDeregister();
                throw e;
            }
        }

        /**
         * Waits for the walk to see the read closed (after the window it is on) and for the fetches it started. Only
         * the walk starts fetches and it is registered before the read is returned, so none registers after this.
         */
        void awaitAll() {
            try {
                running.awaitAdvanceInterruptibly(running.arrive(), 30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (TimeoutException e) {
                // an executor that dropped a task (shut down meanwhile): nothing left to wait for that will come
            }
        }
    }

    /** Waits while the reader is behind, and gives up once it has closed the stream. */
    private static void hand(BlockingQueue<Batch> walked, Batch batch, AtomicBoolean closed) {
        try {
            while (!closed.get() && !walked.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                // the reader is still folding the batches before
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Batch take(BlockingQueue<Batch> walked) {
        try {
            return walked.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the event log", e);
        }
    }

    /** The windows of commits, fetched a few ahead of the walk; used by the walking thread alone. */
    private static final class Windows implements Commits {
        private final LongFunction<Map<Long, Document>> fetchWindow;
        private final Executor executor;
        private final int ahead;
        private final NavigableMap<Long, CompletableFuture<NavigableMap<Long, Document>>> fetched = new TreeMap<>();

        Windows(LongFunction<Map<Long, Document>> fetchWindow, Executor executor, int ahead) {
            this.fetchWindow = fetchWindow;
            this.executor = executor;
            this.ahead = ahead;
        }

        @Override
        public Map<Long, Document> in(long from, int count) {
            long first = Math.floorDiv(from, WINDOW) * (long) WINDOW;
            long last = Math.floorDiv(from + count - 1, WINDOW) * (long) WINDOW;
            fetched.headMap(first).clear();
            for (long start = first; start <= last + (long) ahead * WINDOW; start += WINDOW) {
                long windowStart = start;
                fetched.computeIfAbsent(start, s -> CompletableFuture.supplyAsync(
                        () -> new TreeMap<>(fetchWindow.apply(windowStart)), executor));
            }
            Map<Long, Document> found = new TreeMap<>();
            for (long start = first; start <= last; start += WINDOW) {
                found.putAll(join(fetched.get(start)).subMap(from, from + count));
            }
            return found;
        }

        private static NavigableMap<Long, Document> join(CompletableFuture<NavigableMap<Long, Document>> window) {
            try {
                return window.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }

        /** Stops waiting for windows not yet walked; a fetch already running finishes (the read's close waits) and is dropped. */
        void close() {
            fetched.values().forEach(window -> window.cancel(false));
            fetched.clear();
        }
    }
}
