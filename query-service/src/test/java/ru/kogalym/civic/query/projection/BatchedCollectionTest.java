package ru.kogalym.civic.query.projection;

import com.mongodb.ConnectionString;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.eventstore.TestMongo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class BatchedCollectionTest {

    private static final String DOCUMENT_ID = "nco-1";

    private final TestMongo mongo = TestMongo.start();
    private final MongoCollection<Document> raw = mongo.database().getCollection("batched");
    private final ReadModelChanges changes =
            new ReadModelChanges(mongo.database().getCollection(ReadModelChanges.COLLECTION));
    private final BatchedCollection batched = new BatchedCollection(raw, changes);

    @AfterEach
    void stop() {
        mongo.close();
    }

    /** Appends the event's payload to the document's list, as a projection's transition would. */
    private final MessageHandler<EventMessage<?>> appendPayload = message -> {
        Document document = batched.find(DOCUMENT_ID);
        List<String> seen = new ArrayList<>(document == null ? List.of() : document.getList("seen", String.class));
        seen.add((String) message.getPayload());
        batched.replace(DOCUMENT_ID, new Document("_id", DOCUMENT_ID).append("seen", seen));
        if ("fail".equals(message.getPayload())) {
            throw new IllegalStateException("handler failed");
        }
        return null;
    };

    private void process(String... payloads) {
        List<EventMessage<?>> events = new ArrayList<>();
        for (String payload : payloads) {
            events.add(GenericEventMessage.asEventMessage(payload));
        }
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(events);
        unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork, List.of(new BatchFlushInterceptor()),
                                                                         message -> {
            Object result = appendPayload.handle(message);
            if (!unitOfWork.isLastMessage()) {
                assertThat(raw.find().first()).as("nothing is written before the batch's last event").isNull();
            }
            return result;
        }).proceed());
    }

    @Test
    void writesABatchOnceAfterItsLastEventSeeingItsOwnChangesOnTheWay() {
        process("a", "b", "c");

        assertThat(raw.find().first().getList("seen", String.class)).containsExactly("a", "b", "c");
        assertThat(raw.countDocuments()).isEqualTo(1);
    }

    @Test
    void aBatchThatFailsWritesNothing() {
        process("a", "fail");

        assertThat(raw.countDocuments()).isZero();
    }

    @Test
    void findsTheDocumentsOfTheIdsAskedForAndNoOthers() {
        raw.insertMany(List.of(new Document("_id", "a"), new Document("_id", "b"), new Document("_id", "c")));

        assertThat(batched.findAll(List.of("c", "a", "missing", "a"))).extracting(d -> d.getString("_id"))
                                                                      .containsExactlyInAnyOrder("a", "c");
        assertThat(batched.findAll(List.of())).isEmpty();
    }

    @Test
    void writesStraightThroughOutsideAUnitOfWork() throws Exception {
        appendPayload.handle(GenericEventMessage.asEventMessage("alone"));

        assertThat(raw.find().first().getList("seen", String.class)).containsExactly("alone");
    }

    @Test
    void aSoleWritersCollectionAsksOnlyForWhatItWroteUntilItIsShared() {
        BatchedCollection generation = BatchedCollection.soleWriter(raw, changes);
        generation.replace("mine", new Document("_id", "mine").append("n", 1));
        // written behind its back, as a live processor would once the generation serves
        raw.insertOne(new Document("_id", "theirs").append("n", 2));

        assertThat(generation.find("mine").getInteger("n")).isEqualTo(1);
        assertThat(generation.find("theirs")).as("not asked for while it writes alone").isNull();

        generation.shared();
        assertThat(generation.find("theirs").getInteger("n")).isEqualTo(2);
    }

    @Test
    void aSoleWriterInsertsWhatItWritesFirstAndReplacesItAfter() {
        BatchedCollection generation = BatchedCollection.soleWriter(raw, changes);
        assertThat(inOneBatch(() -> generation.replace("mine", new Document("_id", "mine").append("n", 1)))).isNull();
        assertThat(inOneBatch(() -> generation.replace("mine", new Document("_id", "mine").append("n", 2)))).isNull();
        assertThat(raw.find().into(new ArrayList<>())).containsExactly(new Document("_id", "mine").append("n", 2));

        // written behind its back, which only a live processor may do, and only once the generation serves
        raw.insertOne(new Document("_id", "theirs").append("n", 3));
        assertThat(inOneBatch(() -> generation.replace("theirs", new Document("_id", "theirs").append("n", 4))))
                .as("an insert, not an upsert: nothing is looked for first").isInstanceOf(MongoBulkWriteException.class);
    }

    @Test
    void aSoleWritersBatchThatFailedHalfWrittenIsWrittenWholeWhenRetried() {
        raw.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
        BatchedCollection generation = BatchedCollection.soleWriter(raw, changes);
        assertThat(inOneBatch(() -> {
            generation.replace("a", new Document("_id", "a").append("code", 1));
            generation.replace("b", new Document("_id", "b").append("code", 1));
        })).as("the second write breaks the index: the first is stored").isInstanceOf(MongoBulkWriteException.class);
        assertThat(raw.countDocuments()).isEqualTo(1);

        assertThat(inOneBatch(() -> {
            generation.replace("a", new Document("_id", "a").append("code", 1));
            generation.replace("b", new Document("_id", "b").append("code", 2));
        })).isNull();
        assertThat(raw.find().into(new ArrayList<>())).containsExactlyInAnyOrder(
                new Document("_id", "a").append("code", 1), new Document("_id", "b").append("code", 2));
    }

    @Test
    void aGenerationIsWrittenWithoutWaitingForTheJournalUntilItServesAndItsSwitchWaitsForIt() {
        List<String> writes = new CopyOnWriteArrayList<>();
        CommandListener listener = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                BsonValue collection = event.getCommand().get(event.getCommandName());
                if (Set.of("insert", "update").contains(event.getCommandName())
                        && !ReadModelChanges.COLLECTION.equals(collection.asString().getValue())) {
                    BsonValue concern = event.getCommand().get("writeConcern");
                    writes.add(event.getCommandName() + " " + collection.asString().getValue() + " "
                               + (concern == null ? "default" : concern.asDocument().toJson()));
                }
            }
        };
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(mongo.uri())).addCommandListener(listener).build())) {
            MongoReadModels live = new MongoReadModels(client.getDatabase(mongo.databaseName()));
            MongoReadModels.Generation generation = live.generation("g1");
            ReadModelCollection ncos = generation.collection("ncos");
            assertThat(inOneBatch(() -> ncos.replace("a", new Document("_id", "a").append("n", 1)))).isNull();
            generation.shared();
            live.switchGroup("registry", Map.of("ncos", "ncos__g1"));
            assertThat(inOneBatch(() -> ncos.replace("a", new Document("_id", "a").append("n", 2)))).isNull();
        }

        assertThat(writes).containsExactly("insert ncos__g1 {\"j\": false}",
                                           "update read_model_generations {\"w\": \"majority\", \"j\": true}",
                                           "update ncos__g1 default");
    }

    /** Runs {@code writes} as the handling of a one-event batch and writes the batch; what it failed with, or null. */
    private static Throwable inOneBatch(Runnable writes) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork =
                new BatchingUnitOfWork<>(List.of(GenericEventMessage.asEventMessage("event")));
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            writes.run();
            BatchedCollection.flushCurrent();
            return null;
        });
        return result.isExceptional() ? result.exceptionResult() : null;
    }
}
