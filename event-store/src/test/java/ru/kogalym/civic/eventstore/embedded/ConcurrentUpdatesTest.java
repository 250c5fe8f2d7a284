package ru.kogalym.civic.eventstore.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.eventstore.TestMongo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents the embedded store holds change only by being replaced. Updates of one document from many clients
 * while the store commits: each commit is written on H2's own thread, outside the collection's lock, from pages that
 * hold the documents the next update reads. Before the collection updated copies, a commit met the document changing
 * under it about once in fifty updates here.
 */
class ConcurrentUpdatesTest {

    private static final int CLIENTS = 8;
    private static final int UPDATES_EACH = 150;

    @Test
    void updatesOfOneDocumentFromManyClientsAllSucceedAndTheStoreKeepsTheLastState() throws Exception {
        Path directory = TestMongo.temporaryDirectory();
        Document before;
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(directory, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> documents = client.getDatabase("civic").getCollection("documents");
            // large enough that writing it takes a while, so updates meet commits in progress
            Document large = new Document("_id", "shared").append("kind", "large");
            for (int field = 0; field < 5_000; field++) {
                large.append("f" + field, "value " + field);
            }
            documents.insertOne(large);

            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    int clientNumber = c;
                    running.add(clients.submit(() -> {
                        for (int n = 0; n < UPDATES_EACH; n++) {
                            update(documents, clientNumber, n);
                        }
                        return null;
                    }));
                }
                for (Future<?> each : running) {
                    each.get(); // rethrows what a client met
                }
            } finally {
                clients.shutdownNow(); // a client left running after a failure would write into the next test
            }

            before = documents.find(eq("_id", "shared")).first();
            for (int c = 0; c < CLIENTS; c++) {
                // each client's last update (n = 149, an odd one) added its own field
                assertThat(before.getInteger("claim" + c)).isEqualTo(UPDATES_EACH - 1);
            }
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(directory, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            Document after = client.getDatabase("civic").getCollection("documents").find(eq("_id", "shared")).first();
            assertThat(after).isEqualTo(before);
        }
    }

    @Test
    void anAggregationChangesNoStoredDocument() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(TestMongo.temporaryDirectory(), "127.0.0.1", 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> documents = client.getDatabase("civic").getCollection("documents");
            documents.insertOne(new Document("_id", "a").append("nested", new Document("x", 1)).append("next", "b"));
            documents.insertOne(new Document("_id", "b").append("nested", new Document("x", 2)));

            // mongo-java-server's $addFields writes into the nested document it is given, $graphLookup its depth
            // field into the documents it links
            documents.aggregate(List.of(new Document("$addFields", new Document("nested", new Document("y", 3)))))
                     .into(new ArrayList<>());
            documents.aggregate(List.of(new Document("$graphLookup", new Document("from", "documents")
                    .append("startWith", "$next").append("connectFromField", "next").append("connectToField", "_id")
                    .append("as", "linked").append("depthField", "depth")))).into(new ArrayList<>());

            assertThat(documents.find().into(new ArrayList<>())).containsExactly(
                    new Document("_id", "a").append("nested", new Document("x", 1)).append("next", "b"),
                    new Document("_id", "b").append("nested", new Document("x", 2)));
        }
    }

    /**
     * Fields added and taken away (the changes that restructure the stored map), by each way an update finds its
     * document: by id, by id with the document returned, and by a scan of the collection.
     */
    private static void update(MongoCollection<Document> documents, int client, int n) {
        Bson change = n % 2 == 1 ? Updates.set("claim" + client, n) : Updates.unset("claim" + client);
        switch (n % 3) {
            case 0 -> documents.updateOne(eq("_id", "shared"), change);
            case 1 -> documents.findOneAndUpdate(eq("_id", "shared"), change);
            default -> documents.updateMany(eq("kind", "large"), change);
        }
    }
}
