package ru.kogalym.civic.query.summary;

import org.bson.Document;
import ru.kogalym.civic.query.projection.Canonical;
import ru.kogalym.civic.query.summary.SummaryRecords.ActivityRecord;
import ru.kogalym.civic.query.summary.SummaryRecords.ActivityType;
import ru.kogalym.civic.query.web.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One activity's document in {@value AnnualSummaryProjection#ACTIVITIES} with its current (corrected) values, and the
 * one place its fields are named: the projection changes it through its transitions and stores {@link #toDocument},
 * the summary reads what it computes from with {@link #record}. A field nothing set is left out of the document.
 *
 * @param type          null only in a document that holds nothing yet
 * @param kind          its meeting, city-event or support kind, or its grant's level; null for a raid
 * @param date          when it happened (for a grant: when the NCO applied); null until its recording is seen
 * @param appliedEvents the events applied to it, so that one delivered again changes nothing
 */
record ActivityDocument(String id, ActivityType type, String recordId, Enum<?> kind, LocalDate date,
                        boolean withdrawn, boolean withNcos, int leaflets, int residents, Long amountKopecks,
                        GrantDecision decision, LocalDate decidedOn, Long amountAwardedKopecks,
                        List<String> illustrative, List<String> appliedEvents) {

    private static final String ID = "_id";
    private static final String TYPE = "type";
    private static final String RECORD_ID = "recordId";
    private static final String KIND = "kind";
    private static final String DATE = "date";
    private static final String WITHDRAWN = "withdrawn";
    private static final String WITH_NCOS = "withNcos";
    private static final String LEAFLETS = "leaflets";
    private static final String RESIDENTS = "residents";
    private static final String AMOUNT = "amount";
    private static final String DECISION = "decision";
    private static final String DECIDED_ON = "decidedOn";
    private static final String AMOUNT_AWARDED = "amountAwarded";

    ActivityDocument {
        illustrative = List.copyOf(illustrative);
        appliedEvents = List.copyOf(appliedEvents);
    }

    /** The document of a record of this type and id, as it stands before any of its events. */
    static ActivityDocument none(ActivityType type, String recordId) {
        return new ActivityDocument(key(type, recordId), null, null, null, null, false, false, 0, 0, null, null, null,
                                    null, List.of(), List.of());
    }

    static String key(ActivityType type, String recordId) {
        return type.name() + ":" + recordId;
    }

    boolean hasApplied(String eventId) {
        return eventId != null && appliedEvents.contains(eventId);
    }

    ActivityDocument applied(String eventId) {
        if (eventId == null) {
            return this;
        }
        List<String> applied = new ArrayList<>(appliedEvents);
        applied.add(eventId);
        return new ActivityDocument(id, type, recordId, kind, date, withdrawn, withNcos, leaflets, residents,
                                    amountKopecks, decision, decidedOn, amountAwardedKopecks, illustrative, applied);
    }

    /** Its type and id known, whatever event of it comes first. */
    ActivityDocument of(ActivityType type, String recordId) {
        return new ActivityDocument(id, this.type == null ? type : this.type, this.recordId == null ? recordId
                : this.recordId, kind, date, withdrawn, withNcos, leaflets, residents, amountKopecks, decision,
                                    decidedOn, amountAwardedKopecks, illustrative, appliedEvents);
    }

    /** The kind ({@code null}: the kind of activity has none, the one known stays) and date a statement gives. */
    ActivityDocument stated(Enum<?> kind, LocalDate date) {
        return new ActivityDocument(id, type, recordId, kind == null ? this.kind : kind, date, withdrawn, withNcos,
                                    leaflets, residents, amountKopecks, decision, decidedOn, amountAwardedKopecks,
                                    illustrative, appliedEvents);
    }

    /** A grant's level, if none is known yet (a decision seen before its application, which should not happen). */
    ActivityDocument levelIfUnknown(Enum<?> level) {
        return kind != null ? this : stated(level, date);
    }

    ActivityDocument meeting(boolean withNcos) {
        return new ActivityDocument(id, type, recordId, kind, date, withdrawn, withNcos, leaflets, residents,
                                    amountKopecks, decision, decidedOn, amountAwardedKopecks, illustrative, appliedEvents);
    }

    ActivityDocument raid(int leaflets, int residents) {
        return new ActivityDocument(id, type, recordId, kind, date, withdrawn, withNcos, leaflets, residents,
                                    amountKopecks, decision, decidedOn, amountAwardedKopecks, illustrative, appliedEvents);
    }

    ActivityDocument support(Long amountKopecks) {
        return new ActivityDocument(id, type, recordId, kind, date, withdrawn, withNcos, leaflets, residents,
                                    amountKopecks, decision, decidedOn, amountAwardedKopecks, illustrative, appliedEvents);
    }

    /** The fields of its current values that only illustrate what the source does not give. */
    ActivityDocument illustrated(List<String> illustrative) {
        return new ActivityDocument(id, type, recordId, kind, date, withdrawn, withNcos, leaflets, residents,
                                    amountKopecks, decision, decidedOn, amountAwardedKopecks, illustrative, appliedEvents);
    }

    /** A grant's decision; a rejection keeps an awarded amount known before it, as the stored form always has. */
    ActivityDocument decided(GrantDecision decision, LocalDate on, Long amountAwardedKopecks) {
        return new ActivityDocument(id, type, recordId, kind, date, withdrawn, withNcos, leaflets, residents,
                                    amountKopecks, decision, on,
                                    decision == GrantDecision.AWARDED ? amountAwardedKopecks : this.amountAwardedKopecks,
                                    illustrative, appliedEvents);
    }

    ActivityDocument asWithdrawn() {
        return new ActivityDocument(id, type, recordId, kind, date, true, withNcos, leaflets, residents,
                                    amountKopecks, decision, decidedOn, amountAwardedKopecks, illustrative, appliedEvents);
    }

    Document toDocument() {
        Document document = new Document(ID, id);
        put(document, TYPE, type == null ? null : type.name());
        put(document, RECORD_ID, recordId);
        put(document, KIND, kind == null ? null : kind.name());
        put(document, DATE, text(date));
        put(document, WITHDRAWN, withdrawn ? Boolean.TRUE : null);
        put(document, WITH_NCOS, type == ActivityType.MEETING ? withNcos : null);
        put(document, LEAFLETS, type == ActivityType.RAID ? leaflets : null);
        put(document, RESIDENTS, type == ActivityType.RAID ? residents : null);
        put(document, AMOUNT, amountKopecks);
        put(document, DECISION, decision == null ? null : decision.name());
        put(document, DECIDED_ON, text(decidedOn));
        put(document, AMOUNT_AWARDED, amountAwardedKopecks);
        if (!illustrative.isEmpty()) {
            document.put(AnnualSummaryProjection.ILLUSTRATIVE, illustrative);
        }
        document.put(AnnualSummaryProjection.APPLIED, appliedEvents);
        return document;
    }

    static ActivityDocument fromDocument(Document document) {
        ActivityType type = type(document);
        return new ActivityDocument(document.getString(ID), type, document.getString(RECORD_ID),
                                    kind(type, document), date(document, DATE), Boolean.TRUE.equals(document.getBoolean(WITHDRAWN)),
                                    Boolean.TRUE.equals(document.getBoolean(WITH_NCOS)), number(document, LEAFLETS),
                                    number(document, RESIDENTS), Money.storedKopecks(document.get(AMOUNT)),
                                    decision(document), date(document, DECIDED_ON),
                                    Money.storedKopecks(document.get(AMOUNT_AWARDED)), illustrative(document),
                                    document.getList(AnnualSummaryProjection.APPLIED, String.class, List.of()));
    }

    /**
     * What the summary computes from, read straight from a stored document (a million of them when the mirror is
     * read): its values, without its id, the events applied or an intermediate object. Null for a document of no type.
     */
    static ActivityRecord record(Document document) {
        ActivityType type = type(document);
        if (type == null) {
            return null;
        }
        return new ActivityRecord(type, kind(type, document), date(document, DATE),
                                  Boolean.TRUE.equals(document.getBoolean(WITHDRAWN)),
                                  Boolean.TRUE.equals(document.getBoolean(WITH_NCOS)), number(document, LEAFLETS),
                                  number(document, RESIDENTS), Money.storedKopecks(document.get(AMOUNT)),
                                  decision(document), date(document, DECIDED_ON),
                                  Money.storedKopecks(document.get(AMOUNT_AWARDED)), illustrative(document));
    }

    private static ActivityType type(Document document) {
        String type = document.getString(TYPE);
        return type == null ? null : ActivityType.valueOf(type);
    }

    private static Enum<?> kind(ActivityType type, Document document) {
        return type == null ? null : type.kind(document.getString(KIND));
    }

    private static GrantDecision decision(Document document) {
        String decision = document.getString(DECISION);
        return decision == null ? null : GrantDecision.valueOf(decision);
    }

    private static LocalDate date(Document document, String field) {
        return Canonical.date(document.getString(field));
    }

    private static int number(Document document, String field) {
        return document.get(field) instanceof Number n ? n.intValue() : 0;
    }

    private static List<String> illustrative(Document document) {
        return Canonical.all(document.getList(AnnualSummaryProjection.ILLUSTRATIVE, String.class, List.of()));
    }

    private static void put(Document document, String field, Object value) {
        if (value != null) {
            document.put(field, value);
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
