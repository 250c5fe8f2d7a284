package ru.kogalym.civic.eventstore.chain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import ru.kogalym.civic.eventstore.operations.StoreUnavailable;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the sealer on a thread of its own while the service runs: round after round while there is a backlog of a
 * batch or more, otherwise once every poll interval. On shutdown it gives the lease up, so another instance seals on at once.
 */
final class SealerLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SealerLifecycle.class);

    private final ChainSealer sealer;
    private final int batchSize;
    private final boolean enabled;
    private final Duration pollInterval;
    private volatile ScheduledExecutorService executor;
    private volatile boolean failing;

    SealerLifecycle(ChainSealer sealer, int batchSize, boolean enabled, Duration pollInterval) {
        this.sealer = sealer;
        this.batchSize = batchSize;
        this.enabled = enabled;
        this.pollInterval = pollInterval;
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "chain-sealer");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::sealWhatThereIs, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sealWhatThereIs() {
        try {
            while (isRunning() && sealer.sealOnce() >= batchSize) {
                // a backlog: on at once. Behind a head that moves, once a poll interval: round after round of a
                // few events each would compete with the writers for the store, the embedded one above all.
            }
            if (failing) {
                log.info("The chain sealer works again");
                failing = false;
            }
        } catch (RuntimeException e) {
            // logged once until it works again: an unreachable store would otherwise log twice a second
            if (!failing) {
                failing = true;
                if (StoreUnavailable.causedBy(e)) {
                    log.warn("The chain sealer cannot reach MongoDB; it tries again every {}", pollInterval);
                } else {
                    log.error("The chain sealer failed; it tries again every {}", pollInterval, e);
                }
            }
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        if (running == null) {
            return;
        }
        executor = null;
        running.shutdown();
        try {
            if (running.awaitTermination(10, TimeUnit.SECONDS)) {
                sealer.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("The chain sealer could not give its lease up; another instance takes over when it runs out: {}",
                     e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
