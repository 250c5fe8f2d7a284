package ru.kogalym.civic.eventstore.operations;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.lifecycle.Phase;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Spreads the segments of a service's streaming processors over its live instances. Axon's pooled processors claim
 * every unclaimed segment they see, so the instance that starts first takes all the work and the others only wait to
 * take over when it fails. Each instance therefore says every {@code interval} that it is alive (a document in
 * {@value #INSTANCES}), counts the instances of its service seen within three intervals, and gives up one segment a
 * round while it holds more than its share (the segments of all processors over the live instances, rounded up),
 * for three intervals, in which another instance claims it.
 * <p>
 * Only the owner of a segment's claim in the token store processes it, so an event is still handled once however the
 * segments move; what this changes is where the work runs. An instance that stops deletes its document, so the
 * others' shares grow at once; one that dies drops out after three intervals, when its claims have also timed out.
 * <p>
 * A Spring lifecycle one phase above Axon's processors: it starts once they run and stops before they do.
 */
class ProcessorShares implements SmartLifecycle {

    static final String INSTANCES = "service_instances";
    private static final Logger LOG = LoggerFactory.getLogger(ProcessorShares.class);

    private final Supplier<Map<String, StreamingEventProcessor>> processors;
    private final TokenStore tokenStore;
    private final MongoCollection<Document> instances;
    private final String service;
    private final String node;
    private final Duration interval;
    private final Clock clock;
    private ScheduledExecutorService rounds;

    ProcessorShares(Supplier<Map<String, StreamingEventProcessor>> processors, TokenStore tokenStore,
                    MongoCollection<Document> instances, String service, String node, Duration interval, Clock clock) {
        this.processors = processors;
        this.tokenStore = tokenStore;
        this.instances = instances;
        this.service = service;
        this.node = node;
        this.interval = interval;
        this.clock = clock;
    }

    private String id() {
        return service + "@" + node;
    }

    /** One round: says this instance is alive, and gives up one segment if it holds more than its share. */
    void round() {
        Instant now = clock.instant();
        instances.replaceOne(Filters.eq("_id", id()), new Document("_id", id()).append("service", service)
                                     .append("node", node).append("seenAt", Date.from(now)),
                             new ReplaceOptions().upsert(true));
        long alive = Math.max(1, instances.countDocuments(Filters.and(
                Filters.eq("service", service), Filters.gte("seenAt", Date.from(now.minus(interval.multipliedBy(3)))))));
        int segments = 0;
        List<Claim> held = new ArrayList<>();
        for (Map.Entry<String, StreamingEventProcessor> processor : processors.get().entrySet()) {
            segments += tokenStore.fetchSegments(processor.getKey()).length;
            processor.getValue().processingStatus().keySet()
                     .forEach(segment -> held.add(new Claim(processor.getKey(), processor.getValue(), segment)));
        }
        int share = (int) Math.ceil(segments / (double) alive);
        if (held.size() > share) {
            Claim given = held.stream().max(Comparator.comparing(Claim::processorName)
                                                      .thenComparing(Claim::segment)).orElseThrow();
            LOG.info("Holding {} of {} segments with {} instances of {} alive: giving up {} segment {}",
                     held.size(), segments, alive, service, given.processorName(), given.segment());
            given.processor().releaseSegment(given.segment(), interval.multipliedBy(3).toMillis(),
                                             TimeUnit.MILLISECONDS);
        }
    }

    private record Claim(String processorName, StreamingEventProcessor processor, int segment) {
    }

    @Override
    public synchronized void start() {
        rounds = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "processor-shares");
            thread.setDaemon(true);
            return thread;
        });
        rounds.scheduleWithFixedDelay(() -> {
            try {
                round();
            } catch (MongoException | IllegalStateException e) {
                // the store away for a moment: the next round tries again, and the claims keep the work correct
                LOG.warn("Could not share the processors' segments this round: {}", e.toString());
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (rounds == null) {
            return;
        }
        rounds.shutdownNow();
        rounds = null;
        try {
            instances.deleteOne(Filters.eq("_id", id()));
        } catch (MongoException e) {
            LOG.warn("Could not say this instance stopped; the others will see it gone in {}", interval.multipliedBy(3));
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return rounds != null;
    }

    @Override
    public int getPhase() {
        return Phase.INBOUND_EVENT_CONNECTORS + 1;
    }
}
