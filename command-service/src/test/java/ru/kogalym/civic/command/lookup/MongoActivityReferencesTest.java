package ru.kogalym.civic.command.lookup;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.eventstore.TestMongo;

import java.time.LocalDate;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

class MongoActivityReferencesTest {

    private static final String NCO_ID = "nco-nur";
    private static final String BODY_ID = "commission-extremism";
    private static final String MEETING_ID = "meeting-1";
    private static final String RAID_ID = "raid-1";
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
    void ignoresAnOlderEventAndAddsNoDuplicateWhenAnEventIsAppliedAgain() {
        references.recordActivity(MEETING_ID, 0, List.of(NCO_ID), MAY);
        references.recordActivity(MEETING_ID, 1, List.of(NCO_ID), MARCH);
        references.recordActivity(MEETING_ID, 0, List.of(NCO_ID), MAY);
        references.recordActivity(MEETING_ID, 1, List.of(NCO_ID), MARCH);

        assertThat(references.latestActivityOn(NCO_ID)).contains(MARCH);
        Document reference = mongo.database().getCollection(MongoActivityReferences.REFERENCES).find(eq("_id", NCO_ID)).first();
        assertThat(reference.getList("activities", Document.class)).hasSize(1);
    }

    @Test
    void followsAMembershipFromItsStartToItsEnd() {
        String membership = ActivityReferences.membershipId(BODY_ID, "member-1");
        references.recordMembership(membership, 1, BODY_ID, NCO_ID, MARCH);
        references.recordActivity(RAID_ID, 0, List.of(NCO_ID), MAY);
        assertThat(references.referencesTo(NCO_ID)).containsExactlyInAnyOrder(
                new ActivityReferences.Reference(membership, MARCH, BODY_ID, null),
                new ActivityReferences.Reference(RAID_ID, MAY, null, null));
        assertThat(references.earliestActivityOn(NCO_ID)).contains(MARCH);

        references.endMembership(membership, 4, MAY);
        references.recordMembership(membership, 1, BODY_ID, NCO_ID, MARCH);
        references.endMembership("commission-other/member-9", 2, MAY);
        assertThat(references.referencesTo(NCO_ID)).containsExactlyInAnyOrder(
                new ActivityReferences.Reference(membership, MARCH, BODY_ID, MAY),
                new ActivityReferences.Reference(RAID_ID, MAY, null, null));
        assertThat(references.referencesTo("commission-other")).isEmpty();
    }
}
