package ru.kogalym.civic.query.journal;

import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.query.projection.Canonical;
import ru.kogalym.civic.query.projection.Mirror;
import ru.kogalym.civic.query.projection.Ordered;
import ru.kogalym.civic.query.projection.ReadModelCollection;
import ru.kogalym.civic.query.projection.ReadModels;
import org.bson.Document;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.query.web.Page;
import ru.kogalym.civic.query.web.PageRequest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Queries on the activity journal. What the filters and the order need of each record is kept in memory ({@link
 * Listed}, over a {@link Mirror} of the collection, read from MongoDB once and then only what changed); a query
 * filters that and reads only the records it returns, a page only the records it shows.
 */
@Component
public class ActivityJournal {

    /** How many records one query by {@code _id} asks for. */
    private static final int READ_AT_ONCE = 1_000;
    private static final Function<Document, Listed> LISTED = Listed::of;
    private static final String IN_ORDER = "in order";

    /**
     * What a journal query filters and sorts by, for one record. The record's id is the part of {@code documentId}
     * after its kind, not a string of its own: a million records each kept a second copy. The NCOs it names are
     * {@code ncos}: none (null), one id, or an array of them, without a list around them for the same reason.
     */
    private record Listed(String documentId, ActivityKind kind, LocalDate date, boolean withdrawn, Object ncos) {

        /** Newest first, then by id for a stable order. */
        static final Comparator<Listed> ORDER =
                Comparator.comparing(Listed::date, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
                          .thenComparing(Listed::compareIds)
                          .thenComparing(Listed::kind);

        static Listed of(Document d) {
            // the same instance as the mirror's key (ActivityEntry.documentId), shared with the summary's mirror
            return new Listed(Canonical.key(d.getString("_id")), ActivityKind.valueOf(d.getString("kind")),
                              Canonical.date(d.getString("date")),
                              Boolean.TRUE.equals(d.getBoolean("withdrawn")),
                              compact(d.getList("ncoIds", String.class, List.of())));
        }

        private static Object compact(List<String> ncoIds) {
            return switch (ncoIds.size()) {
                case 0 -> null;
                // the registry's keys: one instance of each NCO's id however many records name it
                case 1 -> Canonical.key(ncoIds.get(0));
                default -> ncoIds.stream().map(Canonical::key).toArray(String[]::new);
            };
        }

        private boolean names(String ncoId) {
            if (ncos instanceof String[] all) {
                return Arrays.asList(all).contains(ncoId);
            }
            return ncoId.equals(ncos);
        }

        /** The ids in {@link String#compareTo}'s order, read in place in the document ids. */
        private static int compareIds(Listed a, Listed b) {
            int from = a.kind.name().length() + 1;
            int otherFrom = b.kind.name().length() + 1;
            int length = a.documentId.length() - from;
            int otherLength = b.documentId.length() - otherFrom;
            for (int i = 0; i < Math.min(length, otherLength); i++) {
                char c = a.documentId.charAt(from + i);
                char other = b.documentId.charAt(otherFrom + i);
                if (c != other) {
                    return c - other;
                }
            }
            return length - otherLength;
        }

        boolean in(ActivityFilter filter) {
            return filter.matches(kind, date, withdrawn, this::names);
        }
    }

    private final ReadModelCollection activities;

    public ActivityJournal(ReadModels readModels) {
        this.activities = readModels.collection(ActivityJournalProjection.COLLECTION);
    }

    /** Every record the filter lists, newest first. */
    public List<ActivityEntry> find(ActivityFilter filter) {
        return read(listed(filter));
    }

    /** A record's kind and date: what a chart counts. */
    public record Dated(ActivityKind kind, LocalDate date) {
    }

    /** The kind and date of what the filter lists, newest first, without reading the records. */
    public List<Dated> dated(ActivityFilter filter) {
        return listed(filter).stream().map(l -> new Dated(l.kind(), l.date())).toList();
    }

    /** One page of what the filter lists, newest first: only the page's records are read. */
    public Page<ActivityEntry> page(ActivityFilter filter, PageRequest request) {
        Page<Listed> page = Page.of(listed(filter), request);
        return new Page<>(read(page.items()), page.page(), page.size(), page.total());
    }

    /**
     * What the filter lists in order, kept with the journal's version: a busy page asks the same again and again.
     * Under writes each version's listing is the last one's with what changed taken out and put in again at its
     * place, the journal's whole order as well as each filter's (a record a filter lists was in its last listing).
     */
    private List<Listed> listed(ActivityFilter filter) {
        Mirror<Listed> mirror = activities.mirror(LISTED);
        return mirror.derived(filter, all -> inOrder(all).stream().filter(l -> l.in(filter)).toList(),
                (before, replaced, brought) -> {
                    // the whole order is kept up to date too, or the next filter asked would sort every record again
                    inOrder(mirror);
                    return Ordered.changed(before, listedBy(filter, replaced), listedBy(filter, brought),
                                           Listed.ORDER);
                });
    }

    private static List<Listed> inOrder(Mirror<Listed> mirror) {
        return mirror.derived(IN_ORDER, all -> all.values().stream().sorted(Listed.ORDER).toList(),
                              (before, replaced, brought) -> Ordered.changed(before, replaced, brought, Listed.ORDER));
    }

    private static List<Listed> listedBy(ActivityFilter filter, List<Listed> records) {
        return records.stream().filter(l -> l.in(filter)).toList();
    }

    /** The records listed, in the same order. */
    private List<ActivityEntry> read(List<Listed> listed) {
        Map<Object, ActivityEntry> byId = new HashMap<>();
        for (int from = 0; from < listed.size(); from += READ_AT_ONCE) {
            List<String> ids = listed.subList(from, Math.min(listed.size(), from + READ_AT_ONCE)).stream()
                                     .map(Listed::documentId).toList();
            activities.findAll(ids).forEach(d -> byId.put(d.get("_id"), ActivityEntry.fromDocument(d)));
        }
        // a record changed since the listing was taken is shown as it is now; one gone since is left out
        return listed.stream().map(l -> byId.get(l.documentId())).filter(Objects::nonNull).toList();
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
                    if (MeetingKind.COMMISSION_SESSION.name().equals(entry.detail(JournalDetail.MEETING_KIND))) {
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
