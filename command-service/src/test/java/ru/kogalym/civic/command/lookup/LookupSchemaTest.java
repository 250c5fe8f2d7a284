package ru.kogalym.civic.command.lookup;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.eventstore.spring.EventStoreConfiguration;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LookupSchemaTest {

    private final TestMongo mongo = TestMongo.start();
    private final MongoCollection<Document> tokens = mongo.database().getCollection(EventStoreConfiguration.TRACKING_TOKENS);

    @AfterEach
    void stop() {
        mongo.close();
    }

    private void token(String processorName) {
        tokens.insertOne(new Document("processorName", processorName).append("segment", 0).append("owner", null));
    }

    private List<String> processorsWithTokens() {
        return tokens.find().map(token -> token.getString("processorName")).into(new java.util.ArrayList<>());
    }

    @Test
    void anOlderLayoutMakesTheRepairProcessorReplayTheStoreOnce() {
        token(CommandLookupRepair.PROCESSING_GROUP);
        token("nco-registry");

        new LookupSchema(mongo.database()).afterPropertiesSet();
        assertThat(processorsWithTokens()).containsExactly("nco-registry");

        // the processor has caught up and holds a token again: the next start leaves it
        token(CommandLookupRepair.PROCESSING_GROUP);
        new LookupSchema(mongo.database()).afterPropertiesSet();
        assertThat(processorsWithTokens()).contains(CommandLookupRepair.PROCESSING_GROUP);
        assertThat(mongo.database().getCollection(LookupSchema.COLLECTION).find().first().getInteger("version"))
                .isEqualTo(LookupSchema.VERSION);
    }
}
