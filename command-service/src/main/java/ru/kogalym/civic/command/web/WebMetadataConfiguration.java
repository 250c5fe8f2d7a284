package ru.kogalym.civic.command.web;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.kogalym.civic.contract.MetadataKey;

/** Metadata the web layer puts on commands and wants on the events they cause (beside the audit metadata). */
@Configuration(proxyBeanMethods = false)
class WebMetadataConfiguration {

    /** Copies a creation command's request fingerprint into its events, so a retried creation can be recognised. */
    @Bean
    public CorrelationDataProvider requestFingerprintProvider() {
        return new SimpleCorrelationDataProvider(CommandSender.REQUEST_FINGERPRINT);
    }

    /** Copies which values a command only illustrates (e.g. the seed scenario's dates) into its events. */
    @Bean
    public CorrelationDataProvider illustrativeValuesProvider() {
        return new SimpleCorrelationDataProvider(MetadataKey.ILLUSTRATIVE.key());
    }
}
