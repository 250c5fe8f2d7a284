package ru.kogalym.civic.command.lookup;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.eventstore.TestMongo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

class MongoActivityReferencesTest {

    private static final String NCO_ID = "nco-nur";
    private static final String BODY_ID = "commission-extremism";
    private static final String MEETING_ID = "meeting-1";
    private static final String RAID_ID = "raid-1";
    private static final String GRANT_ID = "grant-1";
    private static final LocalDate APRIL = LocalDate.of(2020, 4, 2);
    private static final LocalDate MARCH = LocalDate.of(2020, 3, 12);
    private static final LocalDate MAY = LocalDate.of(2020, 5, 20);

    private final TestMongo mongo = TestMongo.start();
    private final MongoActivityReferences references = new MongoActivityReferences(mongo.database());

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void followsRecordsThroughCorrectionAndWithdrawal() {
        references.recordActivity(MEETING_ID, 0, List.of(NCO_ID, BODY_ID), MAY);
        references.recordActivity(RAID_ID, 0, List.of(NCO_ID), MARCH);
        assertThat(references.latestActivityOn(NCO_ID)).contains(MAY);
        assertThat(references.latestActivityOn(BODY_ID)).contains(MAY);

        references.recordActivity(MEETING_ID, 1, List.of(NCO_ID), MARCH.minusDays(1));
        assertThat(references.latestActivityOn(NCO_ID)).contains(MARCH);
        assertThat(references.latestActivityOn(BODY_ID)).isEmpty();

        references.withdrawActivity(RAID_ID, 1);
        assertThat(references.latestActivityOn(NCO_ID)).contains(MARCH.minusDays(1));
        assertThat(references.latestActivityOn("nco-never-named")).isEmpty();
    }

    @Test
    void aDecidedRecordIsCountedOnItsOwnDayAndItsDecisionsAndACorrectionMovesOnlyItsOwn() {
        references.recordActivity(GRANT_ID, 0, List.of(NCO_ID), MARCH);
        references.recordDecision(GRANT_ID, 1, List.of(NCO_ID), MAY);
        assertThat(counts(NCO_ID)).isEqualTo(new Document(MARCH.toString(), 1).append(MAY.toString(), 1));
        assertThat(references.earliestActivityOn(NCO_ID)).contains(MARCH);
        assertThat(references.latestActivityOn(NCO_ID)).contains(MAY);
        assertThat(references.recordNaming(NCO_ID, MAY)).contains(GRANT_ID);

        references.recordActivity(GRANT_ID, 2, List.of(NCO_ID), APRIL);
        assertThat(counts(NCO_ID)).isEqualTo(new Document(MARCH.toString(), 0).append(MAY.toString(), 1)
                                                                               .append(APRIL.toString(), 1));

        references.recordActivity(GRANT_ID, 3, List.of(BODY_ID), APRIL);
        assertThat(references.referencesTo(NCO_ID)).as("the decision names what the record names now").isEmpty();
        assertThat(references.referencesTo(BODY_ID)).extracting(ActivityReferences.Reference::on)
                                                    .containsExactlyInAnyOrder(APRIL, MAY);

        references.withdrawActivity(GRANT_ID, 4);
        assertThat(references.referencesTo(BODY_ID)).isEmpty();
    }

    @Test
    void aRecordsDaysComeOutTheSameWhateverOrderItsEventsAreAppliedIn() {
        // the correction's command died after its append; the decision's update came first
        references.recordActivity(GRANT_ID, 0, List.of(NCO_ID), MARCH);
        references.recordDecision(GRANT_ID, 2, List.of(NCO_ID), MAY);
        references.recordActivity(GRANT_ID, 1, List.of(NCO_ID), APRIL);
        // and the repair replays the record from its start
        references.recordActivity(GRANT_ID, 0, List.of(NCO_ID), MARCH);
        references.recordActivity(GRANT_ID, 1, List.of(NCO_ID), APRIL);
        references.recordDecision(GRANT_ID, 2, List.of(NCO_ID), MAY);

        assertThat(counts(NCO_ID)).isEqualTo(new Document(MARCH.toString(), 0).append(MAY.toString(), 1)
                                                                               .append(APRIL.toString(), 1));
    }

    /** A decided grant corrected to another NCO: every order of its three events, each by a command and a replay. */
    @Test
    void aRecordMovedToAnotherNcoComesOutTheSameInEveryOrderOfItsEvents() {
        List<List<Integer>> orders = List.of(List.of(0, 1, 2), List.of(0, 2, 1), List.of(1, 0, 2), List.of(1, 2, 0),
                                             List.of(2, 0, 1), List.of(2, 1, 0));
        for (int o = 0; o < orders.size(); o++) {
            String grant = "grant-order-" + o;
            String first = "nco-first-" + o;
            String corrected = "nco-corrected-" + o;
            List<Consumer<ActivityReferences>> events = List.of(
                    applier -> applier.recordActivity(grant, 0, List.of(first), MARCH),
                    applier -> applier.recordDecision(grant, 1, List.of(first), MAY),
                    applier -> applier.recordActivity(grant, 2, List.of(corrected), APRIL));
            for (int event : orders.get(o)) {
                events.get(event).accept(references);
                events.get(event).accept(references.forReplay());
            }

            assertThat(references.referencesTo(first)).as("order %s", orders.get(o)).isEmpty();
            assertThat(references.referencesTo(corrected)).as("order %s", orders.get(o))
                                                          .extracting(ActivityReferences.Reference::on)
                                                          .containsExactlyInAnyOrder(APRIL, MAY);
            assertThat(counts(corrected)).as("order %s", orders.get(o)).containsEntry(APRIL.toString(), 1)
                                         .containsEntry(MAY.toString(), 1).hasSize(2);
            Document firstCounts = referencesCollection().find(eq("_id", first)).first();
            if (firstCounts != null) {
                assertThat(firstCounts.get(MongoActivityReferences.DATES, Document.class).values())
                        .as("order %s", orders.get(o)).allMatch(count -> ((Number) count).intValue() == 0);
            }
        }
    }

    @Test
    void aRecordWrittenBeforeLayoutFourHasTheDayItsLastEventStated() {
        activities().insertOne(new Document("_id", RAID_ID).append("sequence", 1L).append("refs", List.of(NCO_ID))
                                                           .append("on", MAY.toString()).append("body", null)
                                                           .append("until", null));
        referencesCollection().insertOne(new Document("_id", NCO_ID).append("dates", new Document(MAY.toString(), 1)));

        references.recordActivity(RAID_ID, 0, List.of(NCO_ID), MARCH);
        assertThat(counts(NCO_ID)).isEqualTo(new Document(MAY.toString(), 1));

        references.recordActivity(RAID_ID, 2, List.of(NCO_ID), MARCH);
        assertThat(counts(NCO_ID)).isEqualTo(new Document(MAY.toString(), 0).append(MARCH.toString(), 1));
    }

    @Test
    void ignoresAnOlderEventAndAddsNoDuplicateWhenAnEventIsAppliedAgain() {
        references.recordActivity(MEETING_ID, 0, List.of(NCO_ID), MAY);
        references.recordActivity(MEETING_ID, 1, List.of(NCO_ID), MARCH);
        references.recordActivity(MEETING_ID, 0, List.of(NCO_ID), MAY);
        references.recordActivity(MEETING_ID, 1, List.of(NCO_ID), MARCH);

        assertThat(references.latestActivityOn(NCO_ID)).contains(MARCH);
        assertThat(counts(NCO_ID)).isEqualTo(new Document(MAY.toString(), 0).append(MARCH.toString(), 1));
    }

    @Test
    void followsAMembershipFromItsStartToItsEnd() {
        String membership = ActivityReferences.membershipId(BODY_ID, "member-1");
        references.recordMembership(membership, 1, BODY_ID, NCO_ID, MARCH);
        references.recordActivity(RAID_ID, 0, List.of(NCO_ID), MAY);
        assertThat(references.referencesTo(NCO_ID)).containsExactlyInAnyOrder(
                new ActivityReferences.Reference(membership, MARCH, BODY_ID, null),
                new ActivityReferences.Reference(null, MAY, null, null));
        assertThat(references.earliestActivityOn(NCO_ID)).contains(MARCH);

        references.endMembership(membership, 4, BODY_ID, NCO_ID, MAY);
        references.recordMembership(membership, 1, BODY_ID, NCO_ID, MARCH);
        references.endMembership("commission-other/member-9", 2, "commission-other", NCO_ID, MAY);
        assertThat(references.referencesTo(NCO_ID)).containsExactlyInAnyOrder(
                new ActivityReferences.Reference(membership, MARCH, BODY_ID, MAY),
                new ActivityReferences.Reference(null, MAY, null, null));
        assertThat(references.referencesTo("commission-other")).isEmpty();
    }

    @Test
    void aMembershipsEndAppliedBeforeItsStartIsKept() {
        String membership = ActivityReferences.membershipId(BODY_ID, "member-1");
        references.endMembership(membership, 4, BODY_ID, NCO_ID, MAY);
        assertThat(references.referencesTo(NCO_ID)).isEmpty();

        references.recordMembership(membership, 1, BODY_ID, NCO_ID, MARCH);
        references.endMembership(membership, 4, BODY_ID, NCO_ID, MAY);
        references.recordMembership(membership, 1, BODY_ID, NCO_ID, MARCH);
        assertThat(references.referencesTo(NCO_ID)).containsExactly(
                new ActivityReferences.Reference(membership, MARCH, BODY_ID, MAY));
    }

    @Test
    void aDocumentDoesNotGrowWithTheRecordsNamingItOnOneDay() {
        for (int i = 0; i < 200; i++) {
            references.recordActivity("raid-" + i, 0, List.of(NCO_ID), MAY);
        }
        assertThat(counts(NCO_ID)).isEqualTo(new Document(MAY.toString(), 200));
        assertThat(references.recordNaming(NCO_ID, MAY)).contains("raid-0");
        assertThat(references.recordNaming(NCO_ID, MARCH)).isEmpty();
    }

    @Test
    void aChangeADeadProcessLeftHalfDoneIsFinishedOnceWithoutCountingTwice() {
        String other = "nco-other";
        references.recordActivity(RAID_ID, 0, List.of(NCO_ID, other), MAY);
        // the change to March had moved the first NCO's count when its process died
        Document change = new Document("sequence", 1L).append("refs", List.of(NCO_ID, other)).append("on", MARCH.toString())
                                                      .append("body", null).append("until", null);
        activities().updateOne(eq("_id", RAID_ID), Updates.combine(Updates.set("next", change),
                Updates.set("claim", "dead"), Updates.set("claimExpires", Date.from(Instant.now().minusSeconds(60)))));
        referencesCollection().updateOne(eq("_id", NCO_ID), Updates.combine(Updates.inc("dates." + MAY, -1),
                Updates.inc("dates." + MARCH, 1), Updates.set("applying." + RAID_ID, 1L)));

        references.recordActivity(RAID_ID, 1, List.of(NCO_ID, other), MARCH);

        for (String named : List.of(NCO_ID, other)) {
            assertThat(counts(named)).as(named).isEqualTo(new Document(MAY.toString(), 0).append(MARCH.toString(), 1));
            assertThat(referencesCollection().find(eq("_id", named)).first().get("applying", new Document())).isEmpty();
        }
        Document record = activities().find(eq("_id", RAID_ID)).first();
        assertThat(record.getLong("sequence")).isEqualTo(1L);
        assertThat(record.containsKey("next")).isFalse();
        assertThat(record.containsKey("claim")).isFalse();
    }

    @Test
    void aNewRecordWhoseProcessDiedAfterClaimingAndOneCountIsFinishedOnce() {
        String other = "nco-other";
        // a new record's claim and change are one write; the process died after it and the first NCO's count
        Document change = new Document("sequence", 0L).append("refs", List.of(NCO_ID, other)).append("on", MAY.toString())
                                                      .append("body", null).append("until", null);
        activities().insertOne(new Document("_id", RAID_ID).append("claim", "dead").append("next", change)
                                                           .append("claimExpires", Date.from(Instant.now().minusSeconds(60))));
        referencesCollection().insertOne(new Document("_id", NCO_ID).append("dates", new Document(MAY.toString(), 1))
                                                                    .append("applying", new Document(RAID_ID, 0L)));

        references.recordActivity(RAID_ID, 0, List.of(NCO_ID, other), MAY);

        for (String named : List.of(NCO_ID, other)) {
            assertThat(counts(named)).as(named).isEqualTo(new Document(MAY.toString(), 1));
        }
        Document record = activities().find(eq("_id", RAID_ID)).first();
        assertThat(record.getLong("sequence")).isZero();
        assertThat(record.containsKey("next")).isFalse();
        assertThat(record.containsKey("claim")).isFalse();
    }

    @Test
    void twoAppliersOfTheSameEventsAtOnceCountEachRecordOnce() throws Exception {
        applyTogether(references, references);
        assertThat(counts(NCO_ID)).isEqualTo(new Document(MAY.toString(), 0).append(MARCH.toString(), 100));
    }

    @Test
    void theCommandsUpdateAndTheRepairAtOnceCountEachRecordOnce() throws Exception {
        applyTogether(references, references.forReplay());
        assertThat(counts(NCO_ID)).isEqualTo(new Document(MAY.toString(), 0).append(MARCH.toString(), 100));
    }

    /** Each applier states a hundred records and corrects each, both starting each record at the same moment. */
    private static void applyTogether(ActivityReferences first, ActivityReferences second) throws Exception {
        ExecutorService appliers = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 100; i++) {
                String recordId = "raid-" + i;
                CyclicBarrier together = new CyclicBarrier(2);
                List<Callable<Void>> both = new ArrayList<>();
                for (ActivityReferences applier : List.of(first, second)) {
                    both.add(() -> {
                        together.await();
                        applier.recordActivity(recordId, 0, List.of(NCO_ID), MAY);
                        applier.recordActivity(recordId, 1, List.of(NCO_ID), MARCH);
                        return null;
                    });
                }
                for (Future<Void> done : appliers.invokeAll(both)) {
                    done.get();
                }
            }
        } finally {
            appliers.shutdownNow();
        }
    }

    @Test
    void aReplayOfWhatIsAppliedOnlyReadsAndOfWhatIsNotWrites() {
        List<String> commands = new CopyOnWriteArrayList<>();
        try (MongoClient listened = listened(event -> commands.add(event.getCommandName()))) {
            ActivityReferences replay = new MongoActivityReferences(listened.getDatabase(mongo.databaseName()))
                    .forReplay();
            references.recordActivity(RAID_ID, 0, List.of(NCO_ID), MAY);
            references.recordDecision(GRANT_ID, 1, List.of(NCO_ID), MAY);

            replay.recordActivity(RAID_ID, 0, List.of(NCO_ID), MAY);
            replay.recordDecision(GRANT_ID, 1, List.of(NCO_ID), MAY);
            assertThat(commands).containsExactly("find", "find");

            replay.recordActivity(RAID_ID, 1, List.of(NCO_ID), MARCH);
            replay.recordActivity(GRANT_ID, 0, List.of(NCO_ID), APRIL);
            assertThat(commands.subList(2, commands.size())).contains("findAndModify", "update");
        }
        assertThat(counts(NCO_ID)).isEqualTo(new Document(MAY.toString(), 1).append(MARCH.toString(), 1)
                                                                             .append(APRIL.toString(), 1));
    }

    /**
     * What applying writes follows from an event already in the log, so it need not wait for the journal (a commit of
     * its own on the embedded server); a reservation must, on any deployment, since the command relies on it once
     * announced.
     */
    @Test
    void applyingAStatementDoesNotWaitForTheJournalAndAnnouncingAReservationDoes() {
        List<String> writes = new CopyOnWriteArrayList<>();
        try (MongoClient listened = listened(event -> {
            if (!event.getCommandName().equals("find")) {
                BsonDocument concern = event.getCommand().getDocument("writeConcern", new BsonDocument());
                writes.add(event.getCommandName() + " j=" + concern.get("j"));
            }
        })) {
            MongoActivityReferences listening = new MongoActivityReferences(listened.getDatabase(mongo.databaseName()));
            Reservation reservation = new Reservation("reservation-1", RAID_ID, MAY, null, Instant.now().plusSeconds(30));
            listening.announce(NCO_ID, reservation);
            assertThat(writes).containsExactly("findAndModify j=BsonBoolean{value=true}");

            writes.clear();
            Set<String> released = listening.recordActivity(RAID_ID, 0, List.of(NCO_ID), MAY,
                                                            Map.of(reservation.id(), NCO_ID));
            assertThat(released).containsExactly(reservation.id());
            assertThat(writes).isNotEmpty().allMatch(write -> write.endsWith(" j=BsonBoolean{value=false}"));

            writes.clear();
            listening.forReplay().recordActivity(RAID_ID, 1, List.of(NCO_ID), MARCH);
            assertThat(writes).isNotEmpty().allMatch(write -> write.endsWith(" j=BsonBoolean{value=false}"));

            writes.clear();
            Reservation another = new Reservation("reservation-2", "raid-2", MAY, null, Instant.now().plusSeconds(30));
            listening.announce(NCO_ID, another);
            listening.release(NCO_ID, another.id());
            assertThat(writes).containsExactly("findAndModify j=BsonBoolean{value=true}", "update j=BsonBoolean{value=true}");
        }
        assertThat(counts(NCO_ID)).isEqualTo(new Document(MAY.toString(), 0).append(MARCH.toString(), 1));
        assertThat(references.standing(NCO_ID).reservations()).isEmpty();
    }

    /** A client of the same server that shows {@code started} every command it sends. */
    private MongoClient listened(Consumer<CommandStartedEvent> started) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(mongo.uri()))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        started.accept(event);
                    }
                }).build());
    }

    private Document counts(String referencedId) {
        return referencesCollection().find(eq("_id", referencedId)).first().get(MongoActivityReferences.DATES, Document.class);
    }

    private MongoCollection<Document> referencesCollection() {
        return mongo.database().getCollection(MongoActivityReferences.REFERENCES);
    }

    private MongoCollection<Document> activities() {
        return mongo.database().getCollection(MongoActivityReferences.ACTIVITIES);
    }
}
