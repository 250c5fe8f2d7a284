package ru.kogalym.civic.eventstore.spring;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import ru.kogalym.civic.eventstore.MongoEventStorageEngine;

import java.util.ServiceLoader;

/**
 * Wires Axon to MongoDB for either service: our storage engine, axon-mongo's token store, and Jackson
 * for every message. The axon-mongo Spring Boot auto-configuration is not published for 4.12, hence
 * Java configuration.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({EventStoreProperties.class, InstanceProperties.class})
public class EventStoreConfiguration {

    /** The collection of the processors' tracking tokens (axon-mongo's default name, stated where it is used). */
    public static final String TRACKING_TOKENS = "trackingtokens";

    /** The database named by the connection string ({@code MONGODB_URI} or {@code spring.data.mongodb.uri}). */
    @Bean
    public MongoDatabase civicDatabase(MongoClient client, MongoProperties properties) {
        return client.getDatabase(properties.getMongoClientDatabase());
    }

    /**
     * Axon's own mapper, separate from the web layer's: stored messages must stay readable when a field
     * is added or dropped, while requests are checked strictly.
     */
    public static ObjectMapper messageObjectMapper() {
        return JsonMapper.builder()
                         .addModule(new JavaTimeModule())
                         .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                         .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                         .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                         .build();
    }

    /**
     * Snapshots hold an aggregate's private state, which has no getters: read and written field by field.
     */
    public static ObjectMapper snapshotObjectMapper() {
        ObjectMapper mapper = messageObjectMapper();
        mapper.setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE);
        mapper.setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return mapper;
    }

    @Bean
    @Primary
    public Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(messageObjectMapper()).build();
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("snapshotSerializer")
    public Serializer snapshotSerializer() {
        return JacksonSerializer.builder().objectMapper(snapshotObjectMapper()).build();
    }

    /** Typed as our engine, not Axon's interface: the auditors' API reads what only it offers (global positions). */
    @Bean
    public MongoEventStorageEngine eventStorageEngine(MongoDatabase civicDatabase, Serializer serializer,
                                                 @Qualifier("snapshotSerializer") Serializer snapshotSerializer,
                                                 EventStoreProperties properties,
                                                 ObjectProvider<MeterRegistry> meterRegistry) {
        return MongoEventStorageEngine.builder()
                                      .database(civicDatabase)
                                      .stallTimeout(properties.stallTimeout())
                                      .gapTimeout(properties.gapTimeout())
                                      .batchSize(properties.batchSize())
                                      .eventSerializer(serializer)
                                      .snapshotSerializer(snapshotSerializer)
                                      .upcasterChain(upcasters())
                                      .meterRegistry(meterRegistry.getIfAvailable(() -> Metrics.globalRegistry))
                                      .build();
    }

    /**
     * Every upcaster on the class path, so that both services read events stored in an earlier form alike: a module
     * that owns events lists its upcasters in {@code META-INF/services/}{@link EventUpcaster} (shared-events lists
     * the contract's one chain), and no Spring is needed where the events are defined. Spring beans of the type are
     * not collected: our storage engine is built here, not by Axon's configurer.
     */
    public static EventUpcasterChain upcasters() {
        return new EventUpcasterChain(ServiceLoader.load(EventUpcaster.class,
                EventStoreConfiguration.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList());
    }

    @Bean
    public EventStore eventStore(EventStorageEngine eventStorageEngine, EventStoreProperties properties) {
        return new WokenEventStore(EmbeddedEventStore.builder()
                                                     .storageEngine(eventStorageEngine)
                                                     .fetchDelay(properties.fetchDelay().toMillis())
                                                     .cachedEvents(properties.cachedEvents()),
                                   eventStorageEngine, properties.watchInterval());
    }

    @Bean
    public TokenStore tokenStore(MongoDatabase civicDatabase, Serializer serializer, InstanceProperties instance) {
        return MongoTokenStore.builder()
                              .nodeId(instance.nodeId())
                              .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(civicDatabase)
                                                                  .trackingTokensCollectionName(TRACKING_TOKENS).build())
                              .serializer(serializer)
                              .transactionManager(NoTransactionManager.INSTANCE)
                              .build();
    }
}
