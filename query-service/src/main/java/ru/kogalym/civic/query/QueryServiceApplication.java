package ru.kogalym.civic.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;
import ru.kogalym.civic.eventstore.chain.ChainConfiguration;
import ru.kogalym.civic.eventstore.operations.OperationsConfiguration;
import ru.kogalym.civic.eventstore.spring.EventStoreConfiguration;

/**
 * The analysts' and auditors' side: read models built from the event store by tracking processors, and the store's
 * hash chain, sealed here as the store grows.
 */
@SpringBootApplication
@Import({EventStoreConfiguration.class, OperationsConfiguration.class, ChainConfiguration.class})
public class QueryServiceApplication {

    /** Both services may share one JVM (the embedded default), so each reads its own config file. */
    public static final String CONFIG_NAME = "query-service";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(QueryServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
