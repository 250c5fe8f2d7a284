package ru.kogalym.civic.query.testing;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.identity.TestUsers;
import ru.kogalym.civic.query.QueryServiceApplication;

import java.util.ArrayList;
import java.util.List;

/**
 * The query-service as the benchmarks (and tests of several instances) run it: on a random port, over {@code mongo},
 * with the test users.
 */
public final class BenchmarkService {

    private BenchmarkService() {
    }

    public static ConfigurableApplicationContext start(TestMongo mongo, String... arguments) {
        return start(mongo, new Class<?>[0], arguments);
    }

    /** The same, with {@code sources} (a test's own beans) beside the application's. */
    public static ConfigurableApplicationContext start(TestMongo mongo, Class<?>[] sources, String... arguments) {
        TestUsers.seed(mongo.database());
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--spring.data.mongodb.uri=" + mongo.uri(),
                                                   "--logging.level.root=WARN"));
        all.addAll(List.of(arguments));
        List<Class<?>> everything = new ArrayList<>(List.of(QueryServiceApplication.class));
        everything.addAll(List.of(sources));
        return new SpringApplicationBuilder(everything.toArray(Class<?>[]::new))
                .properties("spring.config.name=query-service")
                .run(all.toArray(String[]::new));
    }

    /** Whether every streaming processor has caught up with the log (and, if {@code head} ≥ 0, handled it to there). */
    public static boolean caughtUp(EventProcessingConfiguration processing, long head) {
        return processing.eventProcessors().values().stream()
                         .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                         .allMatch(processor -> !processor.processingStatus().isEmpty()
                                 && processor.processingStatus().values().stream().allMatch(
                                         status -> status.isCaughtUp()
                                                 && status.getCurrentPosition().orElse(-1) >= head));
    }
}
