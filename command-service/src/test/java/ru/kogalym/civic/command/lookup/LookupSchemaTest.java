package ru.kogalym.civic.command.lookup;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.contract.grant.GrantApplicationCorrectedEvent;
import ru.kogalym.civic.contract.grant.GrantAppliedForEvent;
import ru.kogalym.civic.contract.grant.GrantAwardedEvent;
import ru.kogalym.civic.contract.grant.GrantLevel;
import ru.kogalym.civic.contract.grant.GrantRejectedEvent;
import ru.kogalym.civic.eventstore.MongoEventStorageEngine;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.eventstore.spring.EventStoreConfiguration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class LookupSchemaTest {

    private final TestMongo mongo = TestMongo.start();
    private final MongoCollection<Document> tokens = mongo.database().getCollection(EventStoreConfiguration.TRACKING_TOKENS);
    private final MongoCollection<Document> references = mongo.database().getCollection(MongoActivityReferences.REFERENCES);
    private final MongoCollection<Document> activities = mongo.database().getCollection(MongoActivityReferences.ACTIVITIES);
    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(EventStoreConfiguration.messageObjectMapper()).build();
    private final MongoEventStorageEngine storageEngine = MongoEventStorageEngine.builder().database(mongo.database())
            .eventSerializer(serializer).snapshotSerializer(serializer).build();
    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(storageEngine).build();
    /** Every count the lookups lower, as {@code nco: day}. */
    private final List<String> lowered = new CopyOnWriteArrayList<>();
    private final MongoClient listened = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(mongo.uri()))
            .addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    if (event.getCommandName().equals("update")) {
                        event.getCommand().getArray("updates").forEach(update -> lowered(update.asDocument()));
                    }
                }
            })
            .build());

    @AfterEach
    void stop() {
        eventStore.shutDown();
        listened.close();
        mongo.close();
    }

    private void lowered(BsonDocument update) {
        BsonDocument change = update.get("u").isDocument() ? update.getDocument("u") : new BsonDocument();
        change.getDocument("$inc", new BsonDocument()).forEach((field, by) -> {
            if (by.asNumber().intValue() < 0) {
                lowered.add(update.getDocument("q").get("_id") + ": " + field);
            }
        });
    }

    /** The schema as the application builds it: replaying records from the store into the lookups in MongoDB. */
    private LookupSchema schema() {
        MongoNcoLookup ncos = new MongoNcoLookup(mongo.database());
        EventStoreRecordReplay replay = new EventStoreRecordReplay(eventStore, ncos, new MongoBodyLookup(mongo.database()),
                new MongoActivityReferences(listened.getDatabase(mongo.databaseName())), new InMemoryIdentifierClaims(ncos));
        return new LookupSchema(mongo.database(), replay);
    }

    private void token(String processorName) {
        tokens.insertOne(new Document("processorName", processorName).append("segment", 0).append("owner", null));
    }

    private List<String> processorsWithTokens() {
        return tokens.find().map(token -> token.getString("processorName")).into(new ArrayList<>());
    }

    @Test
    void anOlderLayoutMakesTheRepairProcessorReplayTheStoreOnce() {
        token(CommandLookupRepair.PROCESSING_GROUP);
        token("nco-registry");

        schema().afterPropertiesSet();
        assertThat(processorsWithTokens()).containsExactly("nco-registry");

        // the processor has caught up and holds a token again: the next start leaves it
        token(CommandLookupRepair.PROCESSING_GROUP);
        schema().afterPropertiesSet();
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
        references.insertOne(new Document("_id", "nco-1").append("activities", List.of(
                new Document("record", "raid-1").append("on", "2020-06-19"),
                new Document("record", "raid-2").append("on", "2020-06-19"),
                new Document("record", "meeting-1").append("on", "2020-03-01"),
                membership)).append("pending", List.of()));

        schema().afterPropertiesSet();

        Document converted = references.find().first();
        assertThat(converted.containsKey("activities")).isFalse();
        assertThat(converted.get(MongoActivityReferences.DATES, Document.class))
                .isEqualTo(new Document("2020-03-01", 1).append("2020-06-19", 2));
        assertThat(converted.getList(MongoActivityReferences.MEMBERSHIPS, Document.class)).containsExactly(membership);
        assertThat(new MongoActivityReferences(mongo.database()).latestActivityOn("nco-1"))
                .contains(java.time.LocalDate.parse("2020-06-19"));
        assertThat(processorsWithTokens()).as("counting needs no replay").contains(CommandLookupRepair.PROCESSING_GROUP);
    }

    @Test
    void layoutThreesDecidedGrantsAreCountedOnTheirApplicationsDayAndTheirDecisionsAndTheRestAsTheyWere() {
        mongo.database().getCollection(LookupSchema.COLLECTION).insertOne(new Document("_id", "lookups").append("version", 3));
        token(CommandLookupRepair.PROCESSING_GROUP);
        // decided: layout 3 counted it on its decision's day only
        append("grant-decided", applied("grant-decided", "2020-02-01"), rejected("grant-decided", "2020-05-01"));
        // decided, then corrected: on its application's day only
        append("grant-corrected", applied("grant-corrected", "2020-02-15"), awarded("grant-corrected", "2020-06-01"),
               corrected("grant-corrected", "2020-03-01"));
        append("grant-undecided", applied("grant-undecided", "2020-04-01"));
        layoutThree("grant-decided", 1, "2020-05-01");
        layoutThree("grant-corrected", 2, "2020-03-01");
        layoutThree("grant-undecided", 0, "2020-04-01");
        references.insertOne(new Document("_id", "nco-1").append(MongoActivityReferences.DATES,
                new Document("2020-03-01", 1).append("2020-04-01", 1).append("2020-05-01", 1)));

        schema().afterPropertiesSet();
        Document expected = new Document("2020-02-01", 1).append("2020-03-01", 1).append("2020-04-01", 1)
                                                         .append("2020-05-01", 1).append("2020-06-01", 1);
        assertThat(dates()).isEqualTo(expected);
        assertThat(lowered).as("no day the records name went uncounted for a moment").isEmpty();
        assertThat(mongo.database().getCollection(LookupSchema.COLLECTION).find().first().getInteger("version"))
                .isEqualTo(LookupSchema.VERSION);

        // a start that died before it marked the layout does it all again, to the same counts
        mongo.database().getCollection(LookupSchema.COLLECTION).updateOne(Filters.eq("_id", "lookups"),
                                                                          Updates.set("version", 3));
        schema().afterPropertiesSet();
        assertThat(dates()).isEqualTo(expected);
        assertThat(processorsWithTokens()).as("no replay of the whole store").contains(CommandLookupRepair.PROCESSING_GROUP);
    }

    /** Two instances started together both migrate the same documents; each is converted once, to the same counts. */
    @Test
    void twoInstancesStartingTogetherMigrateToTheSameCountsAsOne() throws Exception {
        append("grant-decided", applied("grant-decided", "2020-02-01"), rejected("grant-decided", "2020-05-01"));
        append("grant-corrected", applied("grant-corrected", "2020-02-15"), awarded("grant-corrected", "2020-06-01"),
               corrected("grant-corrected", "2020-03-01"));
        Document expected = new Document("2020-02-01", 1).append("2020-03-01", 1).append("2020-05-01", 1)
                                                         .append("2020-06-01", 1).append("2020-06-19", 2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                mongo.database().getCollection(LookupSchema.COLLECTION).deleteMany(new Document());
                activities.deleteMany(new Document());
                references.deleteMany(new Document());
                mongo.database().getCollection(LookupSchema.COLLECTION)
                     .insertOne(new Document("_id", "lookups").append("version", 2));
                layoutThree("grant-decided", 1, "2020-05-01");
                layoutThree("grant-corrected", 2, "2020-03-01");
                // layout 2's list, as it stood before counting by day: the grants and two raids of one day
                references.insertOne(new Document("_id", "nco-1").append("activities", List.of(
                        new Document("record", "grant-decided").append("on", "2020-05-01"),
                        new Document("record", "grant-corrected").append("on", "2020-03-01"),
                        new Document("record", "raid-1").append("on", "2020-06-19"),
                        new Document("record", "raid-2").append("on", "2020-06-19"))));
                lowered.clear();

                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<?>> started = new ArrayList<>();
                for (int instance = 0; instance < 2; instance++) {
                    LookupSchema schema = schema();
                    started.add(instances.submit(() -> {
                        together.await();
                        schema.afterPropertiesSet();
                        return null;
                    }));
                }
                for (Future<?> start : started) {
                    start.get(1, TimeUnit.MINUTES);
                }
                assertThat(dates()).as("round %d", round).isEqualTo(expected);
                assertThat(lowered).as("round %d: no day went uncounted for a moment", round).isEmpty();
            }
        } finally {
            instances.shutdownNow();
        }
    }

    @Test
    void aDecisionWhoseLayoutThreeUpdateDiedHalfWayIsCountedOnItsDayAndTheApplicationOnItsOwn() {
        mongo.database().getCollection(LookupSchema.COLLECTION).insertOne(new Document("_id", "lookups").append("version", 3));
        token(CommandLookupRepair.PROCESSING_GROUP);
        append("grant-half", applied("grant-half", "2020-02-01"), rejected("grant-half", "2020-05-01"));
        // the rejection's update wrote its statement, as layout 3 did the whole record, and died before counting it
        layoutThree("grant-half", 0, "2020-02-01");
        activities.updateOne(Filters.eq("_id", "grant-half"), Updates.set(MongoActivityReferences.NEXT,
                new Document("sequence", 1L).append("refs", List.of("nco-1")).append("on", "2020-05-01")
                                            .append("body", null).append("until", null)));
        references.insertOne(new Document("_id", "nco-1").append(MongoActivityReferences.DATES,
                new Document("2020-02-01", 1)));

        schema().afterPropertiesSet();

        assertThat(dates()).isEqualTo(new Document("2020-02-01", 1).append("2020-05-01", 1));
    }

    private Document dates() {
        return new Document(new TreeMap<>(references.find(Filters.eq("_id", "nco-1")).first()
                                                    .get(MongoActivityReferences.DATES, Document.class)));
    }

    /** A record as layout 3 kept it: dated by its last event. */
    private void layoutThree(String grantId, long sequence, String on) {
        activities.insertOne(new Document("_id", grantId).append("sequence", sequence).append("refs", List.of("nco-1"))
                                                         .append("on", on).append("body", null).append("until", null));
    }

    private void append(String grantId, Object... payloads) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int sequence = 0; sequence < payloads.length; sequence++) {
            events.add(new GenericDomainEventMessage<>("GrantApplication", grantId, sequence, payloads[sequence]));
        }
        storageEngine.appendEvents(events);
    }

    private static GrantAppliedForEvent applied(String grantId, String on) {
        return new GrantAppliedForEvent(grantId, "nco-1", GrantLevel.OKRUG, "Конкурс", "Проект", 50_000_000L,
                                        LocalDate.parse(on));
    }

    private static GrantApplicationCorrectedEvent corrected(String grantId, String on) {
        return new GrantApplicationCorrectedEvent(grantId, "nco-1", GrantLevel.OKRUG, "Конкурс", "Проект",
                                                  50_000_000L, LocalDate.parse(on), "дата подачи");
    }

    private static GrantAwardedEvent awarded(String grantId, String on) {
        return new GrantAwardedEvent(grantId, "nco-1", GrantLevel.OKRUG, "Конкурс", "Проект", 50_000_000L,
                                     40_000_000L, LocalDate.parse(on));
    }

    private static GrantRejectedEvent rejected(String grantId, String on) {
        return new GrantRejectedEvent(grantId, "nco-1", GrantLevel.OKRUG, "Конкурс", "Проект", 50_000_000L,
                                      LocalDate.parse(on), "мало баллов");
    }
}
