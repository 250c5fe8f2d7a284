package ru.kogalym.civic.eventstore.chain;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code civic.chain.*}: the hash chain's sealer and its signed checkpoints.
 *
 * @param sealing       whether this instance takes part in sealing (one instance seals at a time, whatever this says)
 * @param pollInterval  how often the sealer looks for new events once it has caught up
 * @param batchSize     positions sealed, and read when verifying, at a time
 * @param lease         how long a sealer keeps the lease without renewing it: another instance takes over this long
 *                      after one stops
 * @param checkpointKey the key checkpoints are signed with ({@code CIVIC_CHECKPOINT_KEY}, at least 32 characters);
 *                      blank: the one in {@code keyFile}
 * @param keyFile       where a key is generated at the first start when none is configured
 * @param checkpoint    how often a checkpoint is signed
 */
@ConfigurationProperties("civic.chain")
public record ChainProperties(Boolean sealing, Duration pollInterval, Integer batchSize, Duration lease,
                              String checkpointKey, Path keyFile, Checkpoint checkpoint) {

    public ChainProperties {
        sealing = sealing == null || sealing;
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        batchSize = batchSize == null ? 500 : batchSize;
        lease = lease == null ? Duration.ofSeconds(10) : lease;
        checkpointKey = checkpointKey == null ? "" : checkpointKey;
        keyFile = keyFile == null ? Path.of("data", "checkpoint.key") : keyFile;
        checkpoint = checkpoint == null ? new Checkpoint(null, null) : checkpoint;
    }

    /**
     * @param everyEvents a checkpoint once the sealed head is this many positions past the last one ...
     * @param every       ... or this long after the last one, if the head has moved since
     */
    public record Checkpoint(Long everyEvents, Duration every) {
        public Checkpoint {
            everyEvents = everyEvents == null ? 1000 : everyEvents;
            every = every == null ? Duration.ofMinutes(10) : every;
        }
    }
}
