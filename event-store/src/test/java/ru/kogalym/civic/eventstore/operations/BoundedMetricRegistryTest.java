package ru.kogalym.civic.eventstore.operations;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the services measure of their processors and buses, with nothing kept per message. */
class BoundedMetricRegistryTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final BoundedMetricRegistry registry = new BoundedMetricRegistry(meters);

    @Test
    void aProcessorIsCountedTimedAndItsLatencyGaugedWithoutACapacityGauge() {
        MessageMonitor<? super EventMessage<?>> monitor = registry.registerEventProcessor(
                "eventProcessor", message -> Tags.of("processorName", "registry"),
                message -> Tags.of("processorName", "registry"));

        for (int i = 0; i < 10_000; i++) {
            monitor.onMessageIngested(GenericEventMessage.asEventMessage("event " + i)).reportSuccess();
        }

        assertThat(meters.get("eventProcessor.allTimer").tag("processorName", "registry").timer().count())
                .isEqualTo(10_000);
        assertThat(meters.get("eventProcessor.successCounter").tag("processorName", "registry").counter().count())
                .isEqualTo(10_000);
        assertThat(meters.find("eventProcessor.latency").gauge()).isNotNull();
        assertThat(meters.getMeters()).noneMatch(meter -> meter.getId().getName().contains("capacity"));
    }

    @Test
    void theCommandAndQueryBusesAreCountedAndTimedWithoutACapacityGauge() {
        var commands = registry.registerCommandBus("commandBus", message -> Tags.of("payloadType", "Register"));
        commands.onMessageIngested(GenericCommandMessage.asCommandMessage("register")).reportSuccess();
        registry.registerQueryBus("queryBus", message -> Tags.empty());

        assertThat(meters.get("commandBus.allTimer").tag("payloadType", "Register").timer().count()).isEqualTo(1);
        assertThat(meters.get("commandBus.successCounter").counter().count()).isEqualTo(1);
        assertThat(meters.getMeters()).noneMatch(meter -> meter.getId().getName().contains("capacity"));
    }
}
