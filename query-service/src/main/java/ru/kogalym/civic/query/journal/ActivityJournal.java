package ru.kogalym.civic.query.journal;

import ru.kogalym.civic.query.projection.ReadModelCollection;
import ru.kogalym.civic.query.projection.ReadModels;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Comparator;
import java.util.List;

/**
 * Queries on the activity journal. The collection is read whole and filtered in Java: a city records thousands
 * of activities, and the embedded MongoDB would scan the collection for any filter but {@code _id} anyway.
 */
@Component
public class ActivityJournal {

    /** Newest first, then by id for a stable order. */
    public static final Comparator<ActivityEntry> ORDER =
            Comparator.comparing(ActivityEntry::date, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
                      .thenComparing(ActivityEntry::id)
                      .thenComparing(ActivityEntry::kind);

    private final ReadModelCollection activities;

    public ActivityJournal(ReadModels readModels) {
        this.activities = readModels.collection(ActivityJournalProjection.COLLECTION);
    }

    public List<ActivityEntry> find(ActivityFilter filter) {
        List<ActivityEntry> result = new ArrayList<>();
        for (Document document : activities.all()) {
            ActivityEntry entry = ActivityEntry.fromDocument(document);
            if (filter.matches(entry)) {
                result.add(entry);
            }
        }
        result.sort(ORDER);
        return result;
    }

    /** The records of this kind with these ids (withdrawn ones included) by id, read alone; unknown ids are left out. */
    public Map<String, ActivityEntry> entries(ActivityKind kind, Collection<String> ids) {
        Map<String, ActivityEntry> entries = new HashMap<>();
        for (Document document : activities.findAll(ids.stream().filter(Objects::nonNull)
                .map(id -> ActivityEntry.documentId(kind, id)).toList())) {
            ActivityEntry entry = ActivityEntry.fromDocument(document);
            entries.put(entry.id(), entry);
        }
        return entries;
    }

    public ActivityCounts countsFor(String ncoId) {
        long meetings = 0, sessions = 0, raids = 0, events = 0, support = 0, grants = 0;
        for (ActivityEntry entry : find(new ActivityFilter(null, null, null, ncoId, false))) {
            switch (entry.kind()) {
                case MEETING -> {
                    if ("COMMISSION_SESSION".equals(entry.detail("meetingKind"))) {
                        sessions++;
                    } else {
                        meetings++;
                    }
                }
                case RAID -> raids++;
                case EVENT_PARTICIPATION -> events++;
                case SUPPORT -> support++;
                case GRANT -> grants++;
            }
        }
        return new ActivityCounts(meetings, sessions, raids, events, support, grants);
    }
}
