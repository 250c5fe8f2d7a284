package ru.kogalym.civic.eventstore.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Tuning of the event store. The defaults suit both the embedded server and a real MongoDB.
 *
 * @param stallTimeout how long a tracking reader waits at a reserved but unwritten global index
 * @param gapTimeout   how long such an index is remembered in a token in case it is written late
 * @param fetchDelay   how often a reader polls the store when it has caught up, unless woken sooner (below)
 * @param watchInterval how often the log's head is looked at (one point lookup) while processors wait for events:
 *                     events from another process are only seen by looking, and when the head moves the readers
 *                     and their processors are woken. Most of the time from a command's acknowledgement to the
 *                     query side showing it is this interval ({@code benchmarks/freshness.sh}).
 * @param batchSize    events per fetch
 * @param cachedEvents the newest events kept in memory for the processors that follow the head, so that they share
 *                     one read of the store; a processor further behind reads on its own. Axon keeps 10,000, each
 *                     event both as stored and as read: about 30 MB whatever the store's size, for processors that
 *                     are rarely more than a few batches behind.
 */
@ConfigurationProperties("civic.event-store")
public record EventStoreProperties(Duration stallTimeout, Duration gapTimeout, Duration fetchDelay,
                                   Duration watchInterval, Integer batchSize, Integer cachedEvents) {

    public EventStoreProperties {
        stallTimeout = stallTimeout == null ? Duration.ofSeconds(2) : stallTimeout;
        gapTimeout = gapTimeout == null ? Duration.ofMinutes(2) : gapTimeout;
        fetchDelay = fetchDelay == null ? Duration.ofMillis(100) : fetchDelay;
        watchInterval = watchInterval == null ? Duration.ofMillis(20) : watchInterval;
        if (watchInterval.toMillis() < 1) {
            throw new IllegalArgumentException("civic.event-store.watch-interval must be at least 1 ms, not "
                                               + watchInterval);
        }
        batchSize = batchSize == null ? 100 : batchSize;
        cachedEvents = cachedEvents == null ? 1_000 : cachedEvents;
    }
}
