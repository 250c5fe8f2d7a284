package ru.kogalym.civic.eventstore.embedded;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.wire.MongoWireProtocolHandler;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import ru.kogalym.civic.eventstore.TestMongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A conditional upsert that finds its document taken is answered as MongoDB answers it, and is no server failure:
 * the lookups' claims meet it on every command the repair got to first.
 */
class DuplicateKeyAnswerTest {

    private final Logger serverLog = (Logger) LoggerFactory.getLogger(MongoWireProtocolHandler.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        serverLog.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        serverLog.detachAppender(logged);
    }

    @Test
    void anUpsertOntoATakenIdIsADuplicateKeyThatChangesNothingAndLogsNoError() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(TestMongo.temporaryDirectory(), "127.0.0.1", 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> claims = client.getDatabase("civic").getCollection("claims");
            claims.insertOne(new Document("_id", "r1").append("claim", "first"));

            assertThatThrownBy(() -> claims.findOneAndUpdate(and(eq("_id", "r1"), eq("claim", null)),
                                                             Updates.set("claim", "second"),
                                                             new FindOneAndUpdateOptions().upsert(true)))
                    .isInstanceOfSatisfying(MongoCommandException.class, e -> {
                        assertThat(e.getErrorCode()).isEqualTo(11000);
                        assertThat(e.getErrorCodeName()).isEqualTo("DuplicateKey");
                        assertThat(e.getErrorMessage()).contains("duplicate key", "claims");
                    });

            assertThat(claims.find(eq("_id", "r1")).first().getString("claim")).isEqualTo("first");
            assertThat(logged.list).noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN));
        }
    }

    @Test
    void aCommandThatFailsOtherwiseIsStillLogged() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(TestMongo.temporaryDirectory(), "127.0.0.1", 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            assertThatThrownBy(() -> client.getDatabase("civic").runCommand(new Document("noSuchCommand", 1)))
                    .isInstanceOf(MongoCommandException.class);

            assertThat(logged.list).anyMatch(event -> event.getLevel() == Level.ERROR);
        }
    }
}
