package ru.kogalym.civic.eventstore.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * This instance among the others of its service.
 *
 * @param nodeId        the owner its claims on processor segments carry in the token store; unique among the
 *                      instances (default: the JVM's name, {@code pid@host})
 * @param shareInterval how often it tells the others that it is alive and gives up a segment beyond its share
 *                      ({@code ProcessorShares}); at least the processors' token claim interval, so that another
 *                      instance takes a segment given up before this one may claim it again
 */
@ConfigurationProperties("civic.instance")
public record InstanceProperties(String nodeId, Duration shareInterval) {

    public InstanceProperties {
        nodeId = nodeId == null || nodeId.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : nodeId;
        shareInterval = shareInterval == null ? Duration.ofSeconds(5) : shareInterval;
        if (shareInterval.isNegative() || shareInterval.isZero()) {
            // the rounds are scheduled at this period, which must be positive
            throw new IllegalArgumentException("civic.instance.share-interval must be positive, not " + shareInterval);
        }
    }
}
