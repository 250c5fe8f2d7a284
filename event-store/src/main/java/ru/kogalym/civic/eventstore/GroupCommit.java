package ru.kogalym.civic.eventstore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Lets concurrent callers share one write: a caller that finds no write running writes everything submitted so far
 * in one batch; callers that arrive meanwhile wait, and the first of them whose item that batch did not hold writes
 * the next one. A lone caller writes its own item at once, so nobody waits for company.
 *
 * <p>The write reports each item's outcome in the item itself; what it throws is thrown to every caller of its batch.
 */
final class GroupCommit<T> {

    private final Consumer<List<T>> write;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition batchWritten = lock.newCondition();
    private List<Entry<T>> waiting = new ArrayList<>();
    private boolean writing;

    GroupCommit(Consumer<List<T>> write) {
        this.write = write;
    }

    /** Returns once a batch holding {@code item} has been written. */
    void submit(T item) {
        Entry<T> entry = new Entry<>(item);
        List<Entry<T>> batch;
        lock.lock();
        try {
            waiting.add(entry);
            while (writing && !entry.written) {
                // Uninterruptibly: the item is queued and will be written whatever this thread is told.
                batchWritten.awaitUninterruptibly();
            }
            if (entry.written) {
                entry.rethrowFailure();
                return;
            }
            writing = true;
            batch = waiting;
            waiting = new ArrayList<>();
        } finally {
            lock.unlock();
        }
        Throwable failure = null;
        try {
            write.accept(batch.stream().map(Entry::item).toList());
        } catch (RuntimeException | Error e) {
            failure = e;
        } finally {
            lock.lock();
            try {
                for (Entry<T> written : batch) {
                    written.written = true;
                    written.failure = failure;
                }
                writing = false;
                batchWritten.signalAll();
            } finally {
                lock.unlock();
            }
        }
        entry.rethrowFailure();
    }

    /** How many items wait for the next batch; for tests that need a batch to fill before it is written. */
    int waiting() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    private static final class Entry<T> {
        private final T item;
        private boolean written;
        private Throwable failure;

        Entry(T item) {
            this.item = item;
        }

        T item() {
            return item;
        }

        void rethrowFailure() {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
        }
    }
}
