package ru.kogalym.civic.command.lookup;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ru.kogalym.civic.contract.council.BodyKind;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The MongoDB lookups against an in-memory MongoDB wire-protocol server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MongoLookupsTest {

    private static final String NCO_ID = "nco-dostlug";
    private static final LocalDate REGISTERED_ON = LocalDate.of(2013, 8, 1);
    private static final LocalDate LIQUIDATED_ON = LocalDate.of(2020, 12, 1);
    private static final String BODY_ID = "commission-extremism";
    private static final LocalDate ESTABLISHED_ON = LocalDate.of(2016, 2, 1);
    private static final LocalDate DISSOLVED_ON = LocalDate.of(2021, 2, 1);

    private MongoServer server;
    private MongoClient client;

    @BeforeAll
    void startServer() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    }

    @AfterAll
    void stopServer() {
        client.close();
        server.shutdownNow();
    }

    private MongoDatabase freshDatabase() {
        return client.getDatabase("lookups_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @Test
    void findsRegisteredAndLiquidatedNco() {
        MongoDatabase database = freshDatabase();
        MongoNcoLookup lookup = new MongoNcoLookup(database);

        assertThat(lookup.find(NCO_ID)).isEmpty();
        lookup.recordRegistered(NCO_ID, REGISTERED_ON);
        assertThat(lookup.find(NCO_ID)).contains(new NcoStatus(REGISTERED_ON, null));
        lookup.recordLiquidated(NCO_ID, LIQUIDATED_ON);
        lookup.recordLiquidated(NCO_ID, LIQUIDATED_ON);
        lookup.recordRegistered(NCO_ID, REGISTERED_ON);
        assertThat(lookup.find(NCO_ID)).contains(new NcoStatus(REGISTERED_ON, LIQUIDATED_ON));

        Document stored = database.getCollection(MongoNcoLookup.COLLECTION).find().first();
        assertThat(stored).containsEntry("_id", NCO_ID).containsEntry("registeredOn", "2013-08-01")
                .containsEntry("liquidatedOn", "2020-12-01");
    }

    @Test
    void keepsTheLatestRegistrationDateWhateverOrderTheEventsComeInAndKnowsAWithdrawal() {
        MongoNcoLookup lookup = new MongoNcoLookup(freshDatabase());
        LocalDate corrected = REGISTERED_ON.plusMonths(1);

        lookup.recordLiquidated(NCO_ID, LIQUIDATED_ON);
        lookup.recordRegistered(NCO_ID, REGISTERED_ON);
        lookup.recordRegisteredOn(NCO_ID, 3, corrected);
        lookup.recordRegistered(NCO_ID, REGISTERED_ON);
        lookup.recordRegisteredOn(NCO_ID, 2, REGISTERED_ON.plusDays(1));
        lookup.recordRegisteredOn(NCO_ID, 3, corrected);
        assertThat(lookup.find(NCO_ID)).contains(new NcoStatus(corrected, LIQUIDATED_ON));

        lookup.recordWithdrawn(NCO_ID);
        lookup.recordWithdrawn(NCO_ID);
        assertThat(lookup.find(NCO_ID)).contains(new NcoStatus(corrected, LIQUIDATED_ON, true));
    }

    @Test
    void findsEstablishedAndDissolvedBody() {
        MongoBodyLookup lookup = new MongoBodyLookup(freshDatabase());

        assertThat(lookup.find(BODY_ID)).isEmpty();
        lookup.recordEstablished(BODY_ID, BodyKind.COMMISSION, ESTABLISHED_ON);
        assertThat(lookup.find(BODY_ID)).contains(new BodyStatus(BodyKind.COMMISSION, ESTABLISHED_ON, null));
        lookup.recordDissolved(BODY_ID, DISSOLVED_ON);
        lookup.recordEstablished(BODY_ID, BodyKind.COMMISSION, ESTABLISHED_ON);
        assertThat(lookup.find(BODY_ID)).contains(new BodyStatus(BodyKind.COMMISSION, ESTABLISHED_ON, DISSOLVED_ON));
    }

    @Test
    void keepsClaimsKeyedByKindAndValue() {
        MongoDatabase database = freshDatabase();
        MongoIdentifierClaims claims = new MongoIdentifierClaims(database, new InMemoryNcoLookup(),
                Clock.systemUTC());

        claims.claim(IdentifierKind.OGRN, "1028600000001", NCO_ID);

        Document stored = database.getCollection(MongoIdentifierClaims.COLLECTION).find().first();
        assertThat(stored).containsEntry("_id", "ogrn:1028600000001").containsEntry("ncoId", NCO_ID);
    }

    /** A registration relies on its claim once taken, before its events are appended: it must outlive a restart. */
    @Test
    void aClaimWaitsForTheJournalWhateverTheConnectionSays() {
        List<BsonValue> journal = new CopyOnWriteArrayList<>();
        try (MongoClient listened = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(
                        "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/?journal=false"))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        if (event.getCommandName().equals("insert")) {
                            journal.add(event.getCommand().getDocument("writeConcern", new BsonDocument()).get("j"));
                        }
                    }
                }).build())) {
            MongoIdentifierClaims claims = new MongoIdentifierClaims(
                    listened.getDatabase("lookups_" + UUID.randomUUID().toString().replace("-", "")),
                    new InMemoryNcoLookup(), Clock.systemUTC());

            assertThat(claims.claim(IdentifierKind.INN, "8608000001", NCO_ID)).isTrue();
        }
        assertThat(journal).containsExactly(BsonBoolean.TRUE);
    }

    @Nested
    class Claims extends IdentifierClaimsContract {

        @Override
        protected IdentifierClaims create(NcoLookup ncoLookup, Clock clock, Duration staleAfter) {
            return new MongoIdentifierClaims(freshDatabase(), ncoLookup, clock, staleAfter);
        }
    }
}
