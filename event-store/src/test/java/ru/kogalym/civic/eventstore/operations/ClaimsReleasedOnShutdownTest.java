package ru.kogalym.civic.eventstore.operations;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.eventstore.TestMongo;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimsReleasedOnShutdownTest {

    private final TestMongo mongo = TestMongo.start();

    @AfterEach
    void stop() {
        mongo.close();
    }

    private TokenStore tokenStore(String node) {
        return MongoTokenStore.builder()
                              .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(mongo.database()).build())
                              .serializer(JacksonSerializer.defaultSerializer())
                              .transactionManager(NoTransactionManager.INSTANCE)
                              .claimTimeout(Duration.ofHours(1))
                              .nodeId(node)
                              .build();
    }

    @Test
    void theClaimsThisInstanceStillHoldsAreGivenBackSoAnotherTakesThemAtOnce() {
        TokenStore here = tokenStore("this-instance");
        TokenStore elsewhere = tokenStore("another-instance");
        here.initializeTokenSegments("registry", 2, new GlobalSequenceTrackingToken(5));
        here.initializeTokenSegments("journal", 1, new GlobalSequenceTrackingToken(5));
        here.fetchToken("registry", 0);
        here.fetchToken("journal", 0);
        elsewhere.fetchToken("registry", 1);

        ClaimsReleasedOnShutdown release = new ClaimsReleasedOnShutdown(() -> List.of("registry", "journal"), here,
                                                                        mongo.database(), "this-instance");
        release.start();
        release.stop();

        assertThat(release.isRunning()).isFalse();
        // the claim timeout is an hour: only a released claim can be taken now
        assertThat(elsewhere.fetchToken("registry", 0)).isEqualTo(new GlobalSequenceTrackingToken(5));
        assertThat(elsewhere.fetchToken("journal", 0)).isEqualTo(new GlobalSequenceTrackingToken(5));
        // and another instance's claim is not this one's to give back
        assertThat(mongo.database().getCollection("trackingtokens")
                        .find(new org.bson.Document("processorName", "registry").append("segment", 1)).first()
                        .getString("owner")).isEqualTo("another-instance");
    }
}
