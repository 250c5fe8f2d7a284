package ru.kogalym.civic.query.summary;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.contract.grant.GrantLevel;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.contract.support.SupportKind;
import ru.kogalym.civic.query.summary.SummaryRecords.ActivityRecord;
import ru.kogalym.civic.query.summary.SummaryRecords.ActivityType;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityDocumentTest {

    private static final LocalDate APPLIED = LocalDate.of(2020, 10, 10);
    private static final LocalDate DECIDED = LocalDate.of(2021, 3, 3);

    @Test
    void aStoredDocumentReadsBackAsTheSameValuesWithItsKindAndDecisionTyped() {
        ActivityDocument grant = ActivityDocument.none(ActivityType.GRANT, "g-1").of(ActivityType.GRANT, "g-1")
                .stated(GrantLevel.FEDERAL, APPLIED)
                .decided(GrantDecision.AWARDED, DECIDED, 12_345L)
                .applied("e-1").applied("e-2");

        ActivityDocument read = ActivityDocument.fromDocument(grant.toDocument());

        assertThat(read).isEqualTo(grant);
        assertThat(read.kind()).isSameAs(GrantLevel.FEDERAL);
        assertThat(ActivityDocument.record(grant.toDocument()))
                .isEqualTo(new ActivityRecord(ActivityType.GRANT, GrantLevel.FEDERAL, APPLIED, false, false, 0, 0,
                                              null, GrantDecision.AWARDED, DECIDED, 12_345L, List.of()));
    }

    @Test
    void aDocumentAsTheEarlierProjectionStoredItIsReadTheSame() {
        Document earlier = new Document("_id", "SUPPORT:s-1").append("type", "SUPPORT").append("recordId", "s-1")
                .append("kind", "FINANCIAL").append("date", "2021-05-05").append("amount", 100_000_00L)
                .append("appliedEvents", List.of("e-1"));
        Document meeting = new Document("_id", "MEETING:m-1").append("type", "MEETING").append("recordId", "m-1")
                .append("kind", "COMMISSION_SESSION").append("date", "2021-05-06").append("withNcos", true)
                .append("withdrawn", true).append("appliedEvents", List.of("e-2", "e-3"));

        assertThat(ActivityDocument.record(earlier)).isEqualTo(new ActivityRecord(ActivityType.SUPPORT,
                SupportKind.FINANCIAL, LocalDate.of(2021, 5, 5), false, false, 0, 0, 100_000_00L, null, null, null,
                List.of()));
        assertThat(ActivityDocument.record(meeting)).isEqualTo(new ActivityRecord(ActivityType.MEETING,
                MeetingKind.COMMISSION_SESSION, LocalDate.of(2021, 5, 6), true, true, 0, 0, null, null, null, null,
                List.of()));
        assertThat(ActivityDocument.fromDocument(earlier).toDocument()).isEqualTo(earlier);
    }

    @Test
    void aDecisionSeenBeforeItsApplicationKeepsItsLevelAndTheApplicationThenGivesTheDate() {
        ActivityDocument decidedFirst = ActivityDocument.none(ActivityType.GRANT, "g-2").of(ActivityType.GRANT, "g-2")
                .levelIfUnknown(GrantLevel.MUNICIPAL).decided(GrantDecision.REJECTED, DECIDED, null);

        ActivityDocument applied = decidedFirst.stated(GrantLevel.MUNICIPAL, APPLIED);

        assertThat(applied.kind()).isSameAs(GrantLevel.MUNICIPAL);
        assertThat(applied.date()).isEqualTo(APPLIED);
        assertThat(applied.decision()).isSameAs(GrantDecision.REJECTED);
        assertThat(applied.decidedOn()).isEqualTo(DECIDED);
    }

    @Test
    void aRecordWithdrawnBeforeItsRecordingIsSeenStaysWithdrawn() {
        ActivityDocument withdrawnFirst = ActivityDocument.none(ActivityType.RAID, "r-1").of(ActivityType.RAID, "r-1")
                .asWithdrawn().applied("w");

        ActivityDocument recorded = withdrawnFirst.stated(null, APPLIED).raid(40, 0).applied("r");

        assertThat(ActivityDocument.record(recorded.toDocument()).withdrawn()).isTrue();
        assertThat(recorded.hasApplied("w")).isTrue();
        assertThat(recorded.hasApplied("other")).isFalse();
    }
}
