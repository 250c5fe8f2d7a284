package ru.kogalym.civic.eventstore.operations;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.lifecycle.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import ru.kogalym.civic.eventstore.spring.EventStoreConfiguration;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.Supplier;

/**
 * Gives back whatever claim this instance still holds once its processors have stopped. A pooled processor's
 * coordinator caught mid-step on shutdown leaves its claim in the store (seen in about one shutdown in four), and
 * another instance would then wait for the claim timeout before taking the segment over.
 * <p>
 * A Spring lifecycle one phase below Axon's event processors, so it stops right after them.
 */
class ClaimsReleasedOnShutdown implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimsReleasedOnShutdown.class);
    /** axon-mongo's default node name, which the token store is built with. */
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private final Supplier<List<String>> streamingProcessors;
    private final TokenStore tokenStore;
    private final MongoDatabase database;
    private volatile boolean running;

    ClaimsReleasedOnShutdown(EventProcessingConfiguration processing, TokenStore tokenStore, MongoDatabase database) {
        this(() -> processing.eventProcessors().values().stream().filter(StreamingEventProcessor.class::isInstance)
                             .map(EventProcessor::getName).toList(), tokenStore, database);
    }

    ClaimsReleasedOnShutdown(Supplier<List<String>> streamingProcessors, TokenStore tokenStore, MongoDatabase database) {
        this.streamingProcessors = streamingProcessors;
        this.tokenStore = tokenStore;
        this.database = database;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        for (String processor : streamingProcessors.get()) {
            database.getCollection(EventStoreConfiguration.TRACKING_TOKENS)
                    .find(Filters.and(Filters.eq("processorName", processor), Filters.eq("owner", NODE)))
                    .map(token -> token.getInteger("segment"))
                    .forEach(segment -> {
                        LOG.info("Releasing the claim on {} segment {} left after shutdown", processor, segment);
                        tokenStore.releaseClaim(processor, segment);
                    });
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Phase.INBOUND_EVENT_CONNECTORS - 1;
    }
}
