package ru.kogalym.civic.query.journal;

import org.bson.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One record of the activity journal: a meeting, raid, city-event participation, support or grant application,
 * with its current (corrected) values, whether it was withdrawn and why, how often it was corrected, and the ids
 * of the events already applied to it (so a redelivered event changes nothing).
 *
 * @param details the kind's own values by {@link JournalDetail#key()}, each in its detail's stored form
 */
public record ActivityEntry(
        String id,
        ActivityKind kind,
        LocalDate date,
        String title,
        List<String> ncoIds,
        Map<String, Object> details,
        boolean withdrawn,
        String withdrawnReason,
        int corrections,
        String lastCorrectionReason,
        String recordedAt,
        String issuedBy,
        List<String> appliedEvents) {

    public ActivityEntry {
        ncoIds = ncoIds == null ? List.of() : List.copyOf(ncoIds);
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
        appliedEvents = List.copyOf(appliedEvents);
    }

    public static String documentId(ActivityKind kind, String id) {
        return kind.name() + ":" + id;
    }

    public static ActivityEntry recorded(ActivityKind kind, String id, LocalDate date, String title, List<String> ncoIds,
                                         Map<String, Object> details, EventAudit audit) {
        return new ActivityEntry(id, kind, date, title, ncoIds, withoutNulls(details), false, null, 0, null,
                                 audit.recordedAt(), audit.issuedBy(), List.of(audit.eventId()));
    }

    /** The record's full corrected state; a null detail removes that detail. */
    public ActivityEntry corrected(LocalDate date, String title, List<String> ncoIds, Map<String, Object> details,
                                   String reason, EventAudit audit) {
        return new ActivityEntry(id, kind, date, title, ncoIds, merged(details), withdrawn, withdrawnReason,
                                 corrections + 1, reason, recordedAt, issuedBy, applied(audit));
    }

    /** Values added to the record without correcting it, such as a grant's decision. */
    public ActivityEntry amended(Map<String, Object> details, EventAudit audit) {
        return new ActivityEntry(id, kind, date, title, ncoIds, merged(details), withdrawn, withdrawnReason,
                                 corrections, lastCorrectionReason, recordedAt, issuedBy, applied(audit));
    }

    public ActivityEntry withdrawn(String reason, EventAudit audit) {
        return new ActivityEntry(id, kind, date, title, ncoIds, details, true, reason, corrections,
                                 lastCorrectionReason, recordedAt, issuedBy, applied(audit));
    }

    public boolean hasApplied(String eventId) {
        return appliedEvents.contains(eventId);
    }

    /** A detail as stored: text (a code's name, a day in ISO form), a whole number, kopecks or a list of texts. */
    public Object detail(JournalDetail detail) {
        return details.get(detail.key());
    }

    /** A detail as the API shows it ({@link JournalDetail#shown}). */
    public Object shown(JournalDetail detail) {
        return detail.shown(detail(detail));
    }

    private Map<String, Object> merged(Map<String, Object> changes) {
        Map<String, Object> next = new LinkedHashMap<>(details);
        changes.forEach((k, v) -> {
            if (v == null) {
                next.remove(k);
            } else {
                next.put(k, v);
            }
        });
        return next;
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> details) {
        Map<String, Object> next = new LinkedHashMap<>();
        details.forEach((k, v) -> {
            if (v != null) {
                next.put(k, v);
            }
        });
        return next;
    }

    private List<String> applied(EventAudit audit) {
        List<String> next = new ArrayList<>(appliedEvents);
        next.add(audit.eventId());
        return next;
    }

    // --- the one place an entry meets its BSON document ---

    public Document toDocument() {
        return new Document("_id", documentId(kind, id))
                .append("id", id)
                .append("kind", kind.name())
                .append("date", date == null ? null : date.toString())
                .append("title", title)
                .append("ncoIds", ncoIds)
                .append("details", new Document(new LinkedHashMap<>(details)))
                .append("withdrawn", withdrawn)
                .append("withdrawnReason", withdrawnReason)
                .append("corrections", corrections)
                .append("lastCorrectionReason", lastCorrectionReason)
                .append("recordedAt", recordedAt)
                .append("issuedBy", issuedBy)
                .append("appliedEvents", appliedEvents);
    }

    public static ActivityEntry fromDocument(Document d) {
        Map<String, Object> details = new LinkedHashMap<>();
        Document stored = d.get("details", Document.class);
        if (stored != null) {
            stored.forEach(details::put);
        }
        String date = d.getString("date");
        return new ActivityEntry(d.getString("id"), ActivityKind.valueOf(d.getString("kind")),
                                 date == null ? null : LocalDate.parse(date), d.getString("title"),
                                 d.getList("ncoIds", String.class, List.of()), details,
                                 Boolean.TRUE.equals(d.getBoolean("withdrawn")), d.getString("withdrawnReason"),
                                 d.getInteger("corrections", 0), d.getString("lastCorrectionReason"),
                                 d.getString("recordedAt"), d.getString("issuedBy"),
                                 d.getList("appliedEvents", String.class, List.of()));
    }
}
