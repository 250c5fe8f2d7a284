package ru.kogalym.civic.eventstore.operations;

import com.mongodb.MongoException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * How far each tracking processor of this instance is behind the store's head, in events: the readiness group's
 * {@code processors} details and the gauge {@value #METER}. A processor that holds no segment here (another instance
 * does) has no lag to report.
 */
public class ProcessorLag extends AbstractHealthIndicator {

    public static final String METER = "civic.processor.lag";

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final MeterRegistry meters;

    public ProcessorLag(EventProcessingConfiguration processing, EventStore eventStore, MeterRegistry meters) {
        super("The processors' lag is unknown");
        this.processing = processing;
        this.eventStore = eventStore;
        this.meters = meters;
    }

    /** After start, when Axon has built its processors. */
    @EventListener(ApplicationReadyEvent.class)
    public void registerGauges() {
        streamingProcessors().forEach((name, processor) ->
                Gauge.builder(METER, () -> gaugeValue(lag(processor, headPosition())))
                     .description("Events in the store that the processor has not handled yet")
                     .baseUnit("events")
                     .tag("processorName", name)
                     .register(meters));
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long head;
        try {
            head = headPosition();
        } catch (MongoException e) {
            builder.down().withDetail("error", "the store's head cannot be read: " + e.getClass().getSimpleName());
            return;
        }
        builder.up().withDetail("head", head);
        streamingProcessors().forEach((name, processor) -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("running", processor.isRunning());
            details.put("error", processor.isError());
            details.put("segments", processor.processingStatus().size());
            lag(processor, head).ifPresent(lag -> details.put("lag", lag));
            builder.withDetail(name, details);
        });
    }

    private Map<String, StreamingEventProcessor> streamingProcessors() {
        return OperationsConfiguration.streamingProcessors(processing);
    }

    private static double gaugeValue(OptionalLong lag) {
        return lag.isPresent() ? lag.getAsLong() : Double.NaN;
    }

    /** The global index of the store's last event; -1 when it is empty. */
    private long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /** The events between the head and the processor's least advanced segment here; empty when it holds none. */
    private static OptionalLong lag(StreamingEventProcessor processor, long head) {
        OptionalLong behind = OptionalLong.empty();
        for (EventTrackerStatus segment : processor.processingStatus().values()) {
            long position = segment.getTrackingToken() == null ? -1 : segment.getCurrentPosition().orElse(-1);
            long lag = Math.max(0, head - position);
            behind = OptionalLong.of(Math.max(lag, behind.orElse(0)));
        }
        return behind;
    }
}
