package ru.kogalym.civic.query.projection;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** Every processor of the query side writes its batch through {@link BatchedCollection}. */
@Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    @Autowired
    void flushBatches(EventProcessingConfigurer processing) {
        processing.registerDefaultHandlerInterceptor((configuration, processorName) -> new BatchFlushInterceptor());
    }
}
