package ru.kogalym.civic.eventstore.chain;

import com.mongodb.client.MongoDatabase;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.kogalym.civic.eventstore.MongoEventStorageEngine;
import ru.kogalym.civic.eventstore.spring.EventStoreProperties;

import java.time.Clock;

/**
 * The hash chain for a service that follows the store (the query-service): its sealer, run in the background, the
 * signed checkpoints and the verifier. The checkpoint key is loaded, or generated, at start, so a bad key stops the
 * start rather than the first checkpoint.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChainProperties.class)
public class ChainConfiguration {

    @Bean
    CheckpointKey checkpointKey(ChainProperties properties) {
        return CheckpointKey.load(properties.checkpointKey(), properties.keyFile());
    }

    @Bean
    Checkpoints checkpoints(MongoDatabase civicDatabase, CheckpointKey checkpointKey) {
        return new Checkpoints(civicDatabase, checkpointKey);
    }

    @Bean
    ChainVerifier chainVerifier(MongoDatabase civicDatabase, MongoEventStorageEngine engine, Checkpoints checkpoints,
                                ChainProperties properties) {
        return new ChainVerifier(civicDatabase, engine, checkpoints, properties.batchSize());
    }

    @Bean
    SealerLifecycle chainSealer(MongoDatabase civicDatabase, MongoEventStorageEngine engine, Checkpoints checkpoints,
                                ChainProperties properties, EventStoreProperties store) {
        ChainSealer sealer = new ChainSealer(civicDatabase, engine, checkpoints, new ChainSealer.Settings(
                properties.batchSize(), properties.lease(), store.gapTimeout(), properties.checkpoint().everyEvents(),
                properties.checkpoint().every()), Clock.systemUTC());
        return new SealerLifecycle(sealer, properties.batchSize(), properties.sealing(), properties.pollInterval());
    }
}
