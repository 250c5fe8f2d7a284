package ru.kogalym.civic.eventstore.embedded;

import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.BsonTimestamp;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.eventstore.TestMongo;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server writes documents as BSON and orders index keys by value ({@link DurableH2Backend.Database}):
 * what it stores comes back exactly after a restart, files written before the change keep working, and unique indexes
 * keep their rules.
 */
class EmbeddedStorageFormTest {

    private static final int DUPLICATE_KEY = 11000;

    @Test
    void everyKindOfValueComesBackExactlyAfterARestart() {
        Path directory = TestMongo.temporaryDirectory();
        Document stored = new Document("_id", "d1")
                .append("text", "Дом дружбы «Мира»")
                .append("int", 7).append("long", 1L << 40).append("double", 0.1)
                .append("decimal", new Decimal128(new BigDecimal("1234.50")))
                .append("date", new Date(1_600_000_000_123L))
                .append("objectId", new ObjectId("5f1e3c2b9a8d7e6f5a4b3c2d"))
                .append("binary", new Binary(new byte[] {1, 2, 3}))
                .append("timestamp", new BsonTimestamp(1_600_000_000, 3))
                .append("bool", true).append("null", null)
                .append("list", List.of(1, "два", new Document("three", 3.0)))
                .append("nested", new Document("a", new Document("b", List.of())));
        onServer(directory, collection -> collection.insertOne(stored));

        onServer(directory, collection -> assertThat(collection.find(eq("_id", "d1")).first()).isEqualTo(stored));
    }

    @Test
    void documentsWrittenAfterOneLargerThanTheEncodingBufferKeepsComeBackExactly() {
        Path directory = TestMongo.temporaryDirectory();
        Document large = new Document("_id", "large").append("text", "ж".repeat(100_000));
        List<Document> small = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            small.add(new Document("_id", "small-" + i).append("n", i).append("text", "строка " + i));
        }
        onServer(directory, collection -> {
            collection.insertOne(large);
            collection.insertMany(small);
        });

        onServer(directory, collection -> {
            assertThat(collection.find(eq("_id", "large")).first()).isEqualTo(large);
            assertThat(collection.find(ne("_id", "large")).sort(new Document("n", 1)).into(new ArrayList<>()))
                    .isEqualTo(small);
        });
    }

    @Test
    void aFileWrittenByTheStockBackendOpensAndItsIndexesAreRebuilt() {
        Path directory = TestMongo.temporaryDirectory();
        writeThreeHundredThings(new MongoServer(new H2Backend(directory.resolve("civic.mv.db").toString())));

        onServer(directory, collection -> {
            assertThat(collection.countDocuments()).isEqualTo(300);
            assertThat(collection.find(eq("_id", "t123")).first().getString("name")).isEqualTo("вещь 123");
            assertThat(collection.find(eq("code", 299)).first().getString("_id")).isEqualTo("t299");
            assertDuplicate(() -> collection.insertOne(new Document("_id", "t5")));
            assertDuplicate(() -> collection.insertOne(new Document("_id", "x").append("code", 5)));
            collection.insertOne(new Document("_id", "t300").append("code", 300));
        });
        onServer(directory, collection -> {
            assertThat(collection.countDocuments()).isEqualTo(301);
            assertThat(collection.find(eq("code", 300)).first().getString("_id")).isEqualTo("t300");
        });
    }

    @Test
    void pagesAreCompressedOnlyWhenAskedAndEitherFormIsReadByTheOther() {
        Path plain = TestMongo.temporaryDirectory();
        Path compressed = TestMongo.temporaryDirectory();
        Document repetitive = new Document("text", "Местная общественная организация «Единство» ".repeat(50));
        for (boolean compress : List.of(false, true)) {
            try (EmbeddedMongoServer server = EmbeddedMongoServer.start(compress ? compressed : plain, "127.0.0.1", 0,
                                                                        compress);
                 MongoClient client = MongoClients.create(server.connectionString())) {
                MongoCollection<Document> things = client.getDatabase("civic").getCollection("things");
                for (int i = 0; i < 200; i++) {
                    things.insertOne(new Document(repetitive).append("_id", "t" + i));
                }
            }
        }

        assertThat(compressed.resolve("civic.mv.db").toFile().length())
                .isLessThan(plain.resolve("civic.mv.db").toFile().length() / 2);
        for (Path directory : List.of(plain, compressed)) {
            try (EmbeddedMongoServer server = EmbeddedMongoServer.start(directory, "127.0.0.1", 0, directory == plain);
                 MongoClient client = MongoClients.create(server.connectionString())) {
                MongoCollection<Document> things = client.getDatabase("civic").getCollection("things");
                assertThat(things.countDocuments()).isEqualTo(200);
                assertThat(things.find(eq("_id", "t150")).first().getString("text")).isEqualTo(repetitive.getString("text"));
            }
        }
    }

    @Test
    void aFileWrittenWithCompressedPagesIsReadAndWrittenOn() {
        Path directory = TestMongo.temporaryDirectory();
        MVStore compressed = new MVStore.Builder().fileName(directory.resolve("civic.mv.db").toString()).compress().open();
        writeThreeHundredThings(new MongoServer(new DurableH2Backend(compressed)));
        assertThat(compressed.isClosed()).isTrue();

        onServer(directory, collection -> {
            assertThat(collection.find(eq("code", 123)).first().getString("name")).isEqualTo("вещь 123");
            collection.insertOne(new Document("_id", "t300").append("code", 300).append("name", "вещь 300"));
        });
        onServer(directory, collection -> {
            assertThat(collection.countDocuments()).isEqualTo(301);
            assertThat(collection.find(eq("_id", "t7")).first().getString("name")).isEqualTo("вещь 7");
            assertThat(collection.find(eq("code", 300)).first().getString("_id")).isEqualTo("t300");
        });
    }

    @Test
    void aUniqueIndexTreatsEqualNumbersOfDifferentTypesAsOneKeyAsMongoDbDoes() {
        onServer(TestMongo.temporaryDirectory(), collection -> {
            collection.createIndex(Indexes.ascending("n"), new IndexOptions().unique(true));
            collection.insertOne(new Document("_id", "a").append("n", 1));
            assertDuplicate(() -> collection.insertOne(new Document("_id", "b").append("n", 1.0)));
            assertDuplicate(() -> collection.insertOne(new Document("_id", "c").append("n", 1L)));
            collection.insertOne(new Document("_id", "d").append("n", 2));
            assertThat(collection.find(eq("n", 2L)).first().getString("_id")).isEqualTo("d");
        });
    }

    @Test
    void pointLookupsFindEveryOneOfManyKeysOfMixedTypes() {
        onServer(TestMongo.temporaryDirectory(), collection -> {
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < 3_000; i++) {
                Object id = switch (i % 3) {
                    case 0 -> "s" + i;
                    case 1 -> (long) i;
                    default -> new UUID(0, i).toString();
                };
                documents.add(new Document("_id", id).append("i", i));
            }
            collection.insertMany(documents);
            for (Document document : documents) {
                assertThat(collection.find(eq("_id", document.get("_id"))).first()).isEqualTo(document);
            }
            assertThat(collection.find(eq("_id", "s1")).first()).isNull();
        });
    }

    @Test
    void aQueryForAListOfIdsFindsEachIdOnceWhateverItsNumberType() {
        onServer(TestMongo.temporaryDirectory(), collection -> {
            List<Document> documents = new ArrayList<>();
            for (long i = 0; i < 2_000; i++) {
                documents.add(new Document("_id", i).append("i", i));
            }
            collection.insertMany(documents);
            collection.insertOne(new Document("_id", "s").append("i", -1L));
            List<Object> ids = new ArrayList<>();
            for (int i = 1_999; i >= 0; i -= 2) {
                ids.add(i % 4 == 1 ? (Object) i : (Object) (double) i);
            }
            ids.add(1_999L);
            ids.add(5_000L);
            ids.add("s");
            List<Object> found = collection.find(in("_id", ids)).map(d -> d.get("_id")).into(new ArrayList<>());
            assertThat(found).hasSize(1_001).doesNotHaveDuplicates().contains("s", 1_999L, 1L).doesNotContain(0L, 2L);
            assertThat(collection.find(in("_id", ids)).sort(new Document("i", -1)).limit(2)
                                 .projection(new Document("i", 1)).into(new ArrayList<>()))
                    .containsExactly(new Document("_id", 1_999L).append("i", 1_999L),
                                     new Document("_id", 1_997L).append("i", 1_997L));
            assertThat(collection.find(in("_id", List.of(new Document("i", 1), List.of(1L)))).first()).isNull();
            assertThat(collection.find(in("_id", List.of())).first()).isNull();
        });
    }

    @Test
    void aDroppedCollectionLeavesNoKeysBehind() {
        onServer(TestMongo.temporaryDirectory(), collection -> {
            collection.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            collection.insertOne(new Document("_id", "a").append("code", 1));
            collection.drop();
            collection.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            collection.insertOne(new Document("_id", "a").append("code", 1));
            assertThat(collection.countDocuments()).isEqualTo(1);
        });
    }

    @Test
    void aWholeCollectionIsReadBatchByBatchInIdOrderAsTheClientAsks() {
        onServer(TestMongo.temporaryDirectory(), collection -> {
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < 2_500; i++) {
                documents.add(new Document("_id", String.format("r-%05d", i)).append("n", i));
            }
            collection.insertMany(documents);

            List<Object> ids = new ArrayList<>();
            try (MongoCursor<Document> cursor = collection.find().batchSize(1_000).iterator()) {
                for (int i = 0; i < 1_000; i++) {
                    ids.add(cursor.next().get("_id"));
                }
                // written while the cursor is open: the rest of the answer is read when asked for, as MongoDB's is
                collection.insertOne(new Document("_id", "r-99999"));
                collection.deleteOne(eq("_id", "r-02000"));
                cursor.forEachRemaining(document -> ids.add(document.get("_id")));
            }

            assertThat(ids).hasSize(2_500).doesNotHaveDuplicates().contains("r-99999").doesNotContain("r-02000")
                           .isSortedAccordingTo(Comparator.comparing(Object::toString));
            assertThat(collection.find().batchSize(3_000).into(new ArrayList<>())).hasSize(2_500);
            assertThat(collection.find(gt("n", 2_000)).batchSize(100).into(new ArrayList<>())).hasSize(499);
            assertThat(collection.find().sort(new Document("n", -1)).batchSize(100).first()).containsEntry("n", 2_499);
        });
    }

    @Test
    void aCollectionsSizeIsItsDocumentsBsonAndAWriteDoesNotRewriteItInTheMetaMap() {
        MVStore store = new MVStore.Builder().open();
        MongoServer server = new MongoServer(new DurableH2Backend(store));
        int port = server.bind().getPort();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoDatabase database = client.getDatabase("civic");
            MongoCollection<Document> collection = database.getCollection("things");
            Document kept = new Document("_id", "a").append("name", "вещь");
            Document grown = new Document("_id", "b").append("name", "вещь побольше").append("tags", List.of(1, 2, 3));
            collection.insertMany(List.of(kept, new Document("_id", "b"), new Document("_id", "c").append("n", 3)));
            collection.replaceOne(eq("_id", "b"), grown);
            collection.deleteOne(eq("_id", "c"));

            Document stats = database.runCommand(new Document("collStats", "things"));
            assertThat(stats.getInteger("size")).isEqualTo(bsonSize(kept) + bsonSize(grown));
            assertThat(stats.getInteger("count")).isEqualTo(2);
            assertThat(store.<String, Object>openMap("meta.civic.things").get("dataSize")).isEqualTo(0L);
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void aWriteThatAsksNotToWaitForTheJournalIsCommittedWithTheNextWriteThatDoes() {
        MVStore store = new MVStore.Builder().fileName(TestMongo.temporaryDirectory().resolve("civic.mv.db").toString())
                                             .autoCommitDisabled().open();
        MongoServer server = new MongoServer(new DurableH2Backend(store));
        int port = server.bind().getPort();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> things = client.getDatabase("civic").getCollection("things");
            things.insertOne(new Document("_id", "journaled"));
            assertThat(store.hasUnsavedChanges()).isFalse();

            things.withWriteConcern(WriteConcern.ACKNOWLEDGED.withJournal(false)).insertOne(new Document("_id", "unjournaled"));
            assertThat(store.hasUnsavedChanges()).as("acknowledged before any commit").isTrue();

            things.insertOne(new Document("_id", "next"));
            assertThat(store.hasUnsavedChanges()).as("committed with the next write").isFalse();
            assertThat(things.countDocuments()).isEqualTo(3);
        } finally {
            server.shutdownNow();
        }
    }

    private static int bsonSize(Document document) {
        return new RawBsonDocument(document, new DocumentCodec()).getByteBuffer().remaining();
    }

    /** Things t0 to t299, each with a unique code, written through a server that is shut down afterwards. */
    private static void writeThreeHundredThings(MongoServer server) {
        int port = server.bind().getPort();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> collection = client.getDatabase("civic").getCollection("things");
            collection.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            for (int i = 0; i < 300; i++) {
                collection.insertOne(new Document("_id", "t" + i).append("code", i).append("name", "вещь " + i));
            }
        } finally {
            server.shutdownNow();
        }
    }

    private static void onServer(Path directory, Consumer<MongoCollection<Document>> use) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(directory, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            use.accept(client.getDatabase("civic").getCollection("things"));
        }
    }

    private static void assertDuplicate(Runnable write) {
        assertThatThrownBy(write::run).isInstanceOfSatisfying(MongoWriteException.class,
                e -> assertThat(e.getCode()).isEqualTo(DUPLICATE_KEY));
    }

    @Test
    void aQueryWithAnEqualityOnAUniqueFieldAndOtherConditionsMatchesAsMongoDbDoes() {
        onServer(TestMongo.temporaryDirectory(), collection -> {
            collection.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            for (int i = 0; i < 50; i++) {
                collection.insertOne(new Document("_id", "t" + i).append("code", i).append("claim", i % 2 == 0 ? null : "c"));
            }
            assertThat(collection.find(and(eq("_id", "t4"), eq("claim", null))).first().getInteger("code")).isEqualTo(4);
            assertThat(collection.find(and(eq("_id", "t5"), eq("claim", null))).first()).isNull();
            assertThat(collection.find(new Document("_id", "t7").append("claim", "c")).first().getInteger("code"))
                    .isEqualTo(7);
            assertThat(collection.find(and(in("_id", "t1", "t2", "t3"), ne("claim", null))).map(d -> d.getString("_id"))
                                 .into(new ArrayList<>())).containsExactlyInAnyOrder("t1", "t3");
            assertThat(collection.find(and(eq("code", 9), gt("code", 3))).first().getString("_id")).isEqualTo("t9");
            assertThat(collection.find(and(eq("_id", "t-none"), eq("claim", null))).first()).isNull();

            assertThat(collection.updateOne(and(eq("_id", "t2"), ne("claim", "me")), Updates.set("claim", "me"))
                                 .getModifiedCount()).isEqualTo(1);
            assertThat(collection.updateOne(and(eq("_id", "t2"), ne("claim", "me")), Updates.set("claim", "me"))
                                 .getModifiedCount()).isZero();
            assertThat(collection.countDocuments(eq("claim", "me"))).isEqualTo(1);
        });
    }
}
