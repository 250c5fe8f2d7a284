package ru.kogalym.civic.query.projection;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Every processor of the query side writes its batch through {@link BatchedCollection}, and takes every event or
 * stops on it.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    @Autowired
    void flushBatches(EventProcessingConfigurer processing) {
        processing.registerDefaultHandlerInterceptor((configuration, processorName) -> new BatchFlushInterceptor());
    }

    /**
     * A projection that fails on an event (MongoDB not answering in time under load, a bug) fails its batch, and
     * the processor takes the batch again from its last token after a wait. Axon's default logs the failure and goes
     * on without the event: the read model would lack that fact until a rebuild, and nothing would say so.
     */
    @Autowired
    void retryFailedEvents(EventProcessingConfigurer processing) {
        processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
