package ru.kogalym.civic.query.summary;

import ru.kogalym.civic.query.projection.Canonical;
import ru.kogalym.civic.query.projection.Mirror;
import ru.kogalym.civic.query.projection.ReadModelCollection;
import ru.kogalym.civic.query.projection.ReadModels;
import org.bson.Document;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.query.summary.AnnualSummary.Priority;
import ru.kogalym.civic.query.summary.SummaryRecords.ActivityRecord;
import ru.kogalym.civic.query.summary.SummaryRecords.NameChange;
import ru.kogalym.civic.query.summary.SummaryRecords.NcoRecord;
import ru.kogalym.civic.query.summary.SummaryRecords.StatusChange;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;


/**
 * Answers the annual summary from the projection's documents, kept in memory ({@link Mirror}: read once, then only
 * what changed). A year's summary is computed once for as long as nothing it is computed from changes, so a busy
 * page costs a look at the collections' versions, not the year's arithmetic over every record.
 */
@Component
public class AnnualSummaries {

    private static final Function<Document, NcoRecord> NCO = AnnualSummaries::nco;
    /** Null for a document that is not an activity of the summary's. */
    private static final Function<Document, ActivityRecord> ACTIVITY = ActivityDocument::record;

    /** Everything a year's summary is computed from besides the activities: the registry's version, the plans. */
    private record Inputs(int year, Object ncos, List<Priority> priorities, List<Priority> nextPriorities) {
    }

    private final ReadModelCollection ncos;
    private final ReadModelCollection activities;
    private final ReadModelCollection priorities;

    public AnnualSummaries(ReadModels readModels) {
        this.ncos = readModels.collection(AnnualSummaryProjection.NCOS);
        this.activities = readModels.collection(AnnualSummaryProjection.ACTIVITIES);
        this.priorities = readModels.collection(AnnualSummaryProjection.PRIORITIES);
    }

    public AnnualSummary summaryFor(int year) {
        Mirror<NcoRecord> ncoRecords = ncos.mirror(NCO);
        Inputs inputs = new Inputs(year, ncoRecords.stamp(), priorities(year), priorities(year + 1));
        Mirror<ActivityRecord> activityRecords = activities.mirror(ACTIVITY);
        Function<Mirror<ActivityRecord>, AnnualSummary> compute = all -> AnnualSummaryCalculator.compute(year,
                List.copyOf(ncoRecords.values()), all.values().stream().filter(Objects::nonNull).toList(),
                inputs.priorities(), inputs.nextPriorities());
        // while staff record this year's facts, last year's summary (the annual report's) is not computed again
        return activityRecords.derived(inputs, compute, (before, replaced, brought) ->
                replaced.stream().anyMatch(a -> AnnualSummaryCalculator.counts(a, year))
                        || brought.stream().anyMatch(a -> AnnualSummaryCalculator.counts(a, year))
                        ? compute.apply(activityRecords) : before);
    }

    private List<Priority> priorities(int year) {
        Document plan = priorities.find(String.valueOf(year));
        if (plan == null) {
            return List.of();
        }
        return plan.getList("tasks", Document.class, List.of()).stream()
                   .map(t -> new Priority(t.getString("taskId"), t.getString("title"), t.getString("description"),
                           Boolean.TRUE.equals(t.getBoolean("done"))))
                   .toList();
    }

    static NcoRecord nco(Document doc) {
        List<NameChange> names = doc.getList("names", Document.class, List.of()).stream()
                                    // the same instances as the registry's mirror (NcoEntry)
                                    .map(n -> new NameChange(date(n.getString("from")),
                                            Canonical.of(n.getString("fullName")), Canonical.of(n.getString("shortName")),
                                            Canonical.of(n.getString("nameTranslation"))))
                                    .toList();
        return new NcoRecord(Canonical.key(doc.getString("_id")), date(doc.getString("registeredOn")),
                date(doc.getString("liquidatedOn")), Boolean.TRUE.equals(doc.getBoolean("withdrawn")), names,
                statuses(doc, "stateRegistry"), statuses(doc, "sonco"), illustrative(doc));
    }

    private static List<StatusChange> statuses(Document doc, String field) {
        return doc.getList(field, Document.class, List.of()).stream()
                  .filter(s -> s.getString("on") != null)
                  .map(s -> new StatusChange(date(s.getString("on")), Boolean.TRUE.equals(s.getBoolean("in"))))
                  .toList();
    }

    private static List<String> illustrative(Document doc) {
        return Canonical.all(doc.getList(AnnualSummaryProjection.ILLUSTRATIVE, String.class, List.of()));
    }

    private static LocalDate date(String value) {
        return Canonical.date(value);
    }
}
