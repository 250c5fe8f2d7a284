package ru.kogalym.civic.command.lookup;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.command.common.Detail;
import ru.kogalym.civic.command.common.Problem;
import ru.kogalym.civic.command.common.RuleViolationException;
import ru.kogalym.civic.contract.grant.GrantApplicationCorrectedEvent;
import ru.kogalym.civic.contract.grant.GrantAppliedForEvent;
import ru.kogalym.civic.contract.grant.GrantAwardedEvent;
import ru.kogalym.civic.contract.grant.GrantLevel;
import ru.kogalym.civic.contract.raid.RaidRecordedEvent;
import ru.kogalym.civic.eventstore.TestMongo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * {@link ReferenceGate}'s invariant where the record's reservation goes in the lookups' last write of the record
 * rather than after the commit: a raid's lookup update is held after each of its writes to the NCO's references
 * document, and a liquidation before the raid's day is tried there. It must be refused at every such point; the
 * reservation must go in the same write as the marker, after the count is moved, and nothing be written after. The
 * same for a correction of a decided grant, whose decision's day the record keeps: counted all along.
 */
class ReservationGoesWithTheCountTest {

    private static final String NCO_ID = "nco-nur";
    private static final String RAID_ID = "raid-1";
    private static final LocalDate REGISTERED = LocalDate.of(2015, 3, 12);
    private static final LocalDate RAID_DAY = LocalDate.of(2021, 6, 12);
    private static final LocalDate LIQUIDATION = LocalDate.of(2021, 6, 1);
    private static final String GRANT_ID = "grant-1";
    private static final LocalDate APPLIED_ON = LocalDate.of(2021, 5, 1);
    private static final LocalDate CORRECTED_APPLIED_ON = LocalDate.of(2021, 5, 10);
    private static final LocalDate DECIDED_ON = LocalDate.of(2021, 6, 12);
    private static final Duration TTL = Duration.ofSeconds(30);

    /** A write of the raid's command on the references document, with the document as it stood right after it. */
    private record Write(String command, Document after) {
    }

    private final TestMongo mongo = TestMongo.start();
    private final ExecutorService raidThread = Executors.newSingleThreadExecutor();
    private final Map<Integer, String> collections = new ConcurrentHashMap<>();
    private final List<Write> writes = new CopyOnWriteArrayList<>();
    private final AtomicReference<CountDownLatch> held = new AtomicReference<>();
    private volatile Thread watched;
    private final MongoClient listened = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(mongo.uri()))
            .addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    if (event.getCommand().isString(event.getCommandName())) {
                        collections.put(event.getRequestId(),
                                        event.getCommand().getString(event.getCommandName()).getValue());
                    }
                }

                @Override
                public void commandSucceeded(CommandSucceededEvent event) {
                    String collection = collections.remove(event.getRequestId());
                    if (Thread.currentThread() != watched || !MongoActivityReferences.REFERENCES.equals(collection)
                            || event.getCommandName().equals("find")) {
                        return;
                    }
                    writes.add(new Write(event.getCommandName(), referencesDocument()));
                    CountDownLatch resume = new CountDownLatch(1);
                    held.set(resume);
                    try {
                        resume.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            })
            .build());

    private final MongoNcoLookup ncos = new MongoNcoLookup(mongo.database());
    private final MongoBodyLookup bodies = new MongoBodyLookup(mongo.database());
    private final MongoActivityReferences raidReferences =
            new MongoActivityReferences(listened.getDatabase(mongo.databaseName()));
    private final ReferenceGate raidGate = new ReferenceGate(ncos, bodies, raidReferences, record -> { },
                                                             Clock.systemUTC(), TTL);
    private final CommandLookupUpdater raidUpdater =
            new CommandLookupUpdater(ncos, bodies, raidReferences, new InMemoryIdentifierClaims(ncos));
    private final MongoActivityReferences references = new MongoActivityReferences(mongo.database());
    private final ReferenceGate liquidationGate = new ReferenceGate(ncos, bodies, references, record -> { },
                                                                    Clock.systemUTC(), TTL);

    ReservationGoesWithTheCountTest() {
        ncos.recordRegistered(NCO_ID, REGISTERED);
    }

    @AfterEach
    void stop() {
        watched = null;
        CountDownLatch resume = held.getAndSet(null);
        if (resume != null) {
            resume.countDown();
        }
        raidThread.shutdownNow();
        listened.close();
        mongo.close();
    }

    @Test
    void aLiquidationIsRefusedBetweenEveryWriteOfTheRaidsLookupUpdate() throws Exception {
        CompletableFuture<Void> raid = CompletableFuture.runAsync(() -> {
            UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            raidGate.admitNco("participantNcoIds[0]", RAID_ID, NCO_ID, RAID_DAY);
            // its events are appended here; the subscribing updater then runs in the command's unit of work
            watched = Thread.currentThread();
            DefaultUnitOfWork.startAndGet(null).execute(() -> raidUpdater.on(new RaidRecordedEvent(
                    RAID_ID, RAID_DAY, "Улица Мира", "Памятки", List.of(NCO_ID), List.of(), 20, null), 0));
            unitOfWork.commit();
            watched = null;
        }, raidThread);

        liquidationIsRefusedAfterEachWriteOf(raid);

        assertThat(writes).extracting(Write::command).containsExactly("update", "update");
        Document counted = writes.get(0).after();
        assertThat(counted.get("dates", Document.class).getInteger(RAID_DAY.toString())).isEqualTo(1);
        assertThat(counted.get("applying", Document.class)).containsKey(RAID_ID);
        assertThat(counted.getList("pending", Document.class)).hasSize(1);
        Document settled = writes.get(1).after();
        assertThat(settled.get("dates", Document.class).getInteger(RAID_DAY.toString())).isEqualTo(1);
        assertThat(settled.get("applying", Document.class)).doesNotContainKey(RAID_ID);
        assertThat(settled.getList("pending", Document.class)).isEmpty();
        assertThat(references.standing(NCO_ID).reservations()).isEmpty();
    }

    @Test
    void aLiquidationBetweenApplicationAndDecisionIsRefusedBetweenEveryWriteOfTheCorrectionsLookupUpdate()
            throws Exception {
        CommandLookupUpdater updater = new CommandLookupUpdater(ncos, bodies, references, new InMemoryIdentifierClaims(ncos));
        updater.on(new GrantAppliedForEvent(GRANT_ID, NCO_ID, GrantLevel.OKRUG, "Конкурс", "Проект", 50_000_000L,
                                            APPLIED_ON), 0);
        updater.on(new GrantAwardedEvent(GRANT_ID, NCO_ID, GrantLevel.OKRUG, "Конкурс", "Проект", 50_000_000L,
                                         40_000_000L, DECIDED_ON), 1);
        CompletableFuture<Void> correction = CompletableFuture.runAsync(() -> {
            UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            // as GrantApplication admits the corrected NCO of a decided application: on both of its days
            raidGate.admitNco("ncoId", GRANT_ID, NCO_ID, CORRECTED_APPLIED_ON);
            raidGate.admitNco("ncoId", GRANT_ID, NCO_ID, DECIDED_ON);
            watched = Thread.currentThread();
            DefaultUnitOfWork.startAndGet(null).execute(() -> raidUpdater.on(new GrantApplicationCorrectedEvent(
                    GRANT_ID, NCO_ID, GrantLevel.OKRUG, "Конкурс", "Проект", 50_000_000L, CORRECTED_APPLIED_ON,
                    "дата подачи"), 2));
            unitOfWork.commit();
            watched = null;
        }, raidThread);

        liquidationIsRefusedAfterEachWriteOf(correction);

        // the decision's day is not the correction's: its reservation goes after the commit, the day counted since
        assertThat(writes).extracting(Write::command).containsExactly("update", "update", "update");
        Document counted = writes.get(0).after();
        assertThat(counted.get("dates", Document.class)).isEqualTo(new Document(APPLIED_ON.toString(), 0)
                .append(DECIDED_ON.toString(), 1).append(CORRECTED_APPLIED_ON.toString(), 1));
        assertThat(counted.getList("pending", Document.class)).hasSize(2);
        Document settled = writes.get(1).after();
        assertThat(settled.get("applying", Document.class)).doesNotContainKey(GRANT_ID);
        assertThat(settled.getList("pending", Document.class)).extracting(reservation -> reservation.getString("on"))
                                                              .containsExactly(DECIDED_ON.toString());
        assertThat(writes.get(2).after().getList("pending", Document.class)).isEmpty();
        assertThatThrownBy(this::liquidate).isInstanceOf(RuleViolationException.class);
    }

    /**
     * The decision's lookup update died with its process, and before the repair reaches it the grant is corrected to
     * another NCO: the correction's own update counts the new NCO on the application's day only, the record knowing
     * no decision yet. The reservation for the decision's day is not released before the record is replayed.
     */
    @Test
    void aCorrectionToAnotherNcoIsCountedOnTheDecisionsDayWhoseUpdateDied() {
        String applicant = "nco-first-applicant";
        ncos.recordRegistered(applicant, REGISTERED);
        CommandLookupUpdater updater = new CommandLookupUpdater(ncos, bodies, references, new InMemoryIdentifierClaims(ncos));
        GrantAppliedForEvent applied = new GrantAppliedForEvent(GRANT_ID, applicant, GrantLevel.OKRUG, "Конкурс",
                                                                "Проект", 50_000_000L, APPLIED_ON);
        GrantAwardedEvent awarded = new GrantAwardedEvent(GRANT_ID, applicant, GrantLevel.OKRUG, "Конкурс", "Проект",
                                                          50_000_000L, 40_000_000L, DECIDED_ON);
        GrantApplicationCorrectedEvent corrected = new GrantApplicationCorrectedEvent(GRANT_ID, NCO_ID,
                GrantLevel.OKRUG, "Конкурс", "Проект", 50_000_000L, CORRECTED_APPLIED_ON, "другая НКО");
        updater.on(applied, 0);
        // the award's events are appended (sequence 1); its process died before its lookup update
        CommandLookupUpdater repair = new CommandLookupUpdater(ncos, bodies, references,
                                                               new InMemoryIdentifierClaims(ncos), false);
        ReferenceGate gate = new ReferenceGate(ncos, bodies, references, record -> {
            repair.on(applied, 0);
            repair.on(awarded, 1);
            repair.on(corrected, 2);
        }, Clock.systemUTC(), TTL);

        UnitOfWork<?> correction = DefaultUnitOfWork.startAndGet(null);
        gate.admitNco("ncoId", GRANT_ID, NCO_ID, CORRECTED_APPLIED_ON);
        gate.admitNco("ncoId", GRANT_ID, NCO_ID, DECIDED_ON);
        DefaultUnitOfWork.startAndGet(null).execute(() -> updater.on(corrected, 2));
        correction.commit();

        assertThatThrownBy(this::liquidate).isInstanceOf(RuleViolationException.class);
        assertThat(references.standing(NCO_ID).reservations()).isEmpty();
    }

    /** Tries a liquidation after each of the command's writes to the references, holding it there meanwhile. */
    private void liquidationIsRefusedAfterEachWriteOf(CompletableFuture<Void> command) throws Exception {
        for (int write = 1; !command.isDone(); write++) {
            await().atMost(Duration.ofSeconds(20)).until(() -> held.get() != null || command.isDone());
            CountDownLatch resume = held.getAndSet(null);
            if (resume == null) {
                break;
            }
            assertThatThrownBy(this::liquidate)
                    .as("a liquidation after the command's write %d on the references", write)
                    .isInstanceOf(RuleViolationException.class);
            resume.countDown();
        }
        command.get(20, TimeUnit.SECONDS);
    }

    private void liquidate() {
        UnitOfWork<?> liquidation = DefaultUnitOfWork.startAndGet(null);
        try {
            liquidationGate.narrowLifespan("liquidatedOn", NCO_ID, Lifespan.until(LIQUIDATION), standing ->
                    StandingRecords.requireNoneFrom(standing, "liquidatedOn", LIQUIDATION,
                            on -> Detail.of(Problem.RECORD_NAMES_LIQUIDATED, on, LIQUIDATION)));
        } finally {
            liquidation.rollback();
        }
    }

    private Document referencesDocument() {
        return mongo.database().getCollection(MongoActivityReferences.REFERENCES)
                    .find(Filters.eq("_id", NCO_ID)).first();
    }
}
