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

    @Test
    void layoutTwosListsOfRecordsBecomeCountsByDayAndTheMembershipsStay() {
        mongo.database().getCollection(LookupSchema.COLLECTION).insertOne(new Document("_id", "lookups").append("version", 2));
        token(CommandLookupRepair.PROCESSING_GROUP);
        Document membership = new Document("record", "council-1/m1").append("on", "2020-02-01")
                                                                    .append("body", "council-1").append("until", null);
        MongoCollection<Document> references = mongo.database().getCollection(MongoActivityReferences.REFERENCES);
        references.insertOne(new Document("_id", "nco-1").append("activities", List.of(
                new Document("record", "raid-1").append("on", "2020-06-19"),
                new Document("record", "raid-2").append("on", "2020-06-19"),
                new Document("record", "meeting-1").append("on", "2020-03-01"),
                membership)).append("pending", List.of()));

        new LookupSchema(mongo.database()).afterPropertiesSet();

        Document converted = references.find().first();
        assertThat(converted.containsKey("activities")).isFalse();
        assertThat(converted.get(MongoActivityReferences.DATES, Document.class))
                .isEqualTo(new Document("2020-03-01", 1).append("2020-06-19", 2));
        assertThat(converted.getList(MongoActivityReferences.MEMBERSHIPS, Document.class)).containsExactly(membership);
        assertThat(new MongoActivityReferences(mongo.database()).latestActivityOn("nco-1"))
                .contains(java.time.LocalDate.parse("2020-06-19"));
        assertThat(processorsWithTokens()).as("counting needs no replay").contains(CommandLookupRepair.PROCESSING_GROUP);
    }
}
