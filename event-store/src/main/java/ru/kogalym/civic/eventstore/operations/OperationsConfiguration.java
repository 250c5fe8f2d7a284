package ru.kogalym.civic.eventstore.operations;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import ru.kogalym.civic.eventstore.spring.InstanceProperties;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.concurrent.TimeUnit;

/**
 * What operating either service needs beyond Spring Boot's and Axon's own: MongoDB failing fast, its health and
 * the processors' lag (the readiness group, see each service's yml), and the request's logging context.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MongoTimeouts.class)
public class OperationsConfiguration {

    /** Runs before the connection string is applied, so an option given there wins. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public MongoClientSettingsBuilderCustomizer failFastMongoClient(MongoTimeouts timeouts) {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        timeouts.serverSelection().toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket
                        .connectTimeout((int) timeouts.connect().toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout((int) timeouts.socket().toMillis(), TimeUnit.MILLISECONDS));
    }

    /** In place of Axon's own (its auto-configuration backs off): see {@link BoundedMetricRegistry}. */
    @Bean
    public GlobalMetricRegistry globalMetricRegistry(MeterRegistry meters) {
        return new BoundedMetricRegistry(meters);
    }

    @Bean
    public MongoHealthIndicator mongoHealthIndicator(MongoDatabase civicDatabase) {
        return new MongoHealthIndicator(civicDatabase);
    }

    @Bean
    public ProcessorLag processorsHealthIndicator(EventProcessingConfiguration processing, EventStore eventStore,
                                                  MeterRegistry meters) {
        return new ProcessorLag(processing, eventStore, meters);
    }

    @Bean
    public SmartLifecycle claimsReleasedOnShutdown(EventProcessingConfiguration processing, TokenStore tokenStore,
                                                   MongoDatabase civicDatabase, InstanceProperties instance) {
        return new ClaimsReleasedOnShutdown(() -> List.copyOf(streamingProcessors(processing).keySet()), tokenStore,
                                            civicDatabase, instance.nodeId());
    }

    @Bean
    public SmartLifecycle processorShares(EventProcessingConfiguration processing, TokenStore tokenStore,
                                          MongoDatabase civicDatabase, InstanceProperties instance,
                                          @Value("${spring.application.name}") String service) {
        return new ProcessorShares(() -> streamingProcessors(processing), tokenStore,
                                   civicDatabase.getCollection(ProcessorShares.INSTANCES), service, instance.nodeId(),
                                   instance.shareInterval(), Clock.systemUTC());
    }

    /** This instance's streaming processors by name, once Axon has built them. */
    static Map<String, StreamingEventProcessor> streamingProcessors(EventProcessingConfiguration processing) {
        Map<String, StreamingEventProcessor> processors = new LinkedHashMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                processors.put(name, streaming);
            }
        });
        return processors;
    }

    @Bean
    public FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** After Spring Security's filter chain (order -100), which is what makes the principal known. */
    @Bean
    public FilterRegistrationBean<UserLoggingFilter> userLoggingFilter() {
        FilterRegistrationBean<UserLoggingFilter> registration = new FilterRegistrationBean<>(new UserLoggingFilter());
        registration.setOrder(-99);
        return registration;
    }
}
