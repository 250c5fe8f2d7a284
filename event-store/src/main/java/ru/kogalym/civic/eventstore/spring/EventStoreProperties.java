package ru.kogalym.civic.eventstore.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Tuning of the event store. The defaults suit both the embedded server and a real MongoDB.
 *
 * @param stallTimeout how long a tracking reader waits at a reserved but unwritten global index
 * @param gapTimeout   how long such an index is remembered in a token in case it is written late
 * @param fetchDelay   how often a reader polls the store when it has caught up (events from another
 *                     process are only seen by polling)
 * @param batchSize    events per fetch
 */
@ConfigurationProperties("civic.event-store")
public record EventStoreProperties(Duration stallTimeout, Duration gapTimeout, Duration fetchDelay, Integer batchSize) {

    public EventStoreProperties {
        stallTimeout = stallTimeout == null ? Duration.ofSeconds(2) : stallTimeout;
        gapTimeout = gapTimeout == null ? Duration.ofMinutes(2) : gapTimeout;
        fetchDelay = fetchDelay == null ? Duration.ofMillis(100) : fetchDelay;
        batchSize = batchSize == null ? 100 : batchSize;
    }
}
