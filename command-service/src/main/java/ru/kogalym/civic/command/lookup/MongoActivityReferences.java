package ru.kogalym.civic.command.lookup;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.command.lookup.KnownRecord.Day;
import ru.kogalym.civic.eventstore.Journal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.UnaryOperator;

/**
 * {@link ActivityReferences} in two collections, both read by {@code _id} only.
 * <p>
 * {@code lookup_activities} holds each record as last applied ({@link KnownRecord}): {@code {_id: recordId, sequence,
 * refs, on, onSequence, decidedOn, decidedSequence, body, until}}, each day with the number of the event that stated
 * it ({@code decidedOn} set only for a decided activity, {@code body} and {@code until} only for memberships; a
 * record written before layout 4 has no {@code onSequence}, its last event having stated its day), and while a change
 * is being applied, the event's statement itself under {@code next}.
 * <p>
 * {@code lookup_references} holds, for each NCO or body, what the rules ask of the records naming it, in a document
 * that does not grow with them: {@code dates}, the number of standing activities on each day (a decided grant counts
 * on its application's day and on its decision's); {@code memberships}, the NCO's memberships of councils and
 * commissions ({@code {record, on, body, until}}); and {@code pending}, the reservations of commands in flight
 * ({@code {id, record, on | from, until, expires}}), so that one {@code findOneAndUpdate} both announces a reservation
 * and reads everything that conflicts with it (see {@link ReferenceGate}). When it listed every activity, a command
 * naming an NCO named by thousands of records cost the embedded server a copy of thousands of entries on each of its
 * writes (a JFR profile of posting raids found half of the server's time there).
 * <p>
 * Counting is not idempotent by itself: the subscribing updater and the tracking repair apply the same events, and a
 * process may die half-way through a change. So one applier at a time holds a record's {@code claim}; it writes the
 * change under {@code next}; each count it moves is guarded by a marker in the named document ({@code applying.<record>:
 * sequence}, the number of the event applied, set in the same atomic update); then it writes the record back, which
 * lets the claim go, and removes the markers. Whoever takes over a dead applier's claim finishes the change under
 * {@code next}, and the markers skip the counts already moved. An event changes a record once at most (applied again,
 * it states nothing later than the record holds), so no marker left behind by a crash matches another change.
 */
@Component
class MongoActivityReferences implements ActivityReferences {

    static final String ACTIVITIES = "lookup_activities";
    static final String REFERENCES = "lookup_references";
    static final String DATES = "dates";
    static final String MEMBERSHIPS = "memberships";
    static final String ON_SEQUENCE = "onSequence";
    private static final String DECIDED_ON = "decidedOn";
    private static final String DECIDED_SEQUENCE = "decidedSequence";
    private static final String PENDING = "pending";
    private static final String APPLYING = "applying";
    static final String NEXT = "next";
    private static final String CLAIM = "claim";
    private static final String CLAIM_EXPIRES = "claimExpires";
    /** Far longer than applying a change takes (milliseconds): a claim this old belongs to a process that died. */
    private static final Duration CLAIM_TIME = Duration.ofSeconds(30);
    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<Document> activities;
    private final MongoCollection<Document> references;
    private final MongoCollection<Document> counts;
    private final boolean readsFirst;

    @Autowired
    public MongoActivityReferences(MongoDatabase database) {
        this(database.getCollection(ACTIVITIES), database.getCollection(REFERENCES), false);
    }

    /**
     * A reservation waits for the journal ({@code references}): a command goes on relying on it, so it must outlive
     * a restart of MongoDB. Applying an event's statement does not ({@code activities}, {@code counts}): it follows
     * from an event already in the log, a repair redoes what is lost, and the journal, written in order, cannot keep
     * the write that ends it (and releases the reservation) without the counts before it. On the embedded server a
     * raid's four such writes are committed by whichever command comes next instead of each on its own.
     */
    private MongoActivityReferences(MongoCollection<Document> activities, MongoCollection<Document> references,
                                    boolean readsFirst) {
        this.activities = Journal.notWaitedFor(activities);
        this.references = Journal.waitedFor(references);
        this.counts = Journal.notWaitedFor(references);
        this.readsFirst = readsFirst;
    }

    /**
     * Reads the record before it writes, and writes nothing when the statement is applied already. Writing at once
     * costs a statement the repair finds applied three writes (the claim's upsert refused as a duplicate, the claim,
     * its release), and the repair fell behind the commands it follows: 2,000 events after 20 s of raids.
     */
    @Override
    public ActivityReferences forReplay() {
        return readsFirst ? this : new MongoActivityReferences(activities, references, true);
    }

    @Override
    public void recordActivity(String recordId, long sequence, Collection<String> referencedIds, LocalDate on) {
        recordActivity(recordId, sequence, referencedIds, on, Map.of());
    }

    @Override
    public Set<String> recordActivity(String recordId, long sequence, Collection<String> referencedIds, LocalDate on,
                                      Map<String, String> releasing) {
        return state(recordId, KnownRecord.activity(sequence, referencedIds, on), releasing);
    }

    @Override
    public void recordDecision(String recordId, long sequence, Collection<String> referencedIds, LocalDate decidedOn) {
        recordDecision(recordId, sequence, referencedIds, decidedOn, Map.of());
    }

    @Override
    public Set<String> recordDecision(String recordId, long sequence, Collection<String> referencedIds,
                                      LocalDate decidedOn, Map<String, String> releasing) {
        return state(recordId, KnownRecord.decision(sequence, referencedIds, decidedOn), releasing);
    }

    @Override
    public void withdrawActivity(String recordId, long sequence) {
        state(recordId, KnownRecord.withdrawal(sequence), Map.of());
    }

    @Override
    public void recordMembership(String recordId, long sequence, String bodyId, String ncoId, LocalDate from) {
        state(recordId, KnownRecord.membership(sequence, bodyId, ncoId, from), Map.of());
    }

    /**
     * Applies an event's statement of the record, made without reading what was known of it: in the usual case
     * (no other applier, nothing left half done, no later event applied) the claim and the statement under
     * {@code next} are one write; otherwise as {@link #change}.
     */
    private Set<String> state(String recordId, KnownRecord statement, Map<String, String> releasing) {
        if (readsFirst && applied(recordId, statement)) {
            return Set.of();
        }
        String claim = UUID.randomUUID().toString();
        Instant now = Instant.now();
        Document before;
        try {
            before = activities.findOneAndUpdate(
                    Filters.and(Filters.eq("_id", recordId),
                                Filters.or(Filters.eq(CLAIM, null), Filters.lt(CLAIM_EXPIRES, Date.from(now))),
                                Filters.exists(NEXT, false),
                                Filters.or(Filters.exists("sequence", false),
                                           Filters.lt("sequence", statement.sequence()))),
                    Updates.combine(Updates.set(CLAIM, claim),
                                    Updates.set(CLAIM_EXPIRES, Date.from(now.plus(CLAIM_TIME))),
                                    Updates.set(NEXT, toDocument(statement))),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        } catch (MongoException e) {
            if (e.getCode() != DUPLICATE_KEY) {
                throw e;
            }
            // the document is there and did not match: claimed, half done or ahead; decided by the usual way
            return change(recordId, known -> statement, releasing);
        }
        KnownRecord known = before == null || !before.containsKey("sequence") ? KnownRecord.NOTHING : known(before);
        return apply(recordId, claim, known, statement, true, releasing);
    }

    /**
     * Whether the record as stored holds the statement already. Merging is idempotent and commutative
     * ({@link KnownRecord}), and the record is written back only after its counts are moved, so a statement it holds
     * is counted, whatever another applier is doing to it now.
     */
    private boolean applied(String recordId, KnownRecord statement) {
        Document stored = activities.find(Filters.eq("_id", recordId)).first();
        if (stored == null || !stored.containsKey("sequence")) {
            return false;
        }
        KnownRecord known = known(stored);
        return known.merged(statement).equals(known);
    }

    @Override
    public void endMembership(String recordId, long sequence, String bodyId, String ncoId, LocalDate until) {
        state(recordId, KnownRecord.membershipEnded(sequence, bodyId, ncoId, until), Map.of());
    }

    /**
     * Applies the statement {@code statementOf} makes of what is known of the record (null: none), where it states
     * something that no later event of the record has. The subscribing updater and the tracking repair apply the same
     * events, often at the same moment; a claim on the record's document lets one of them at a time count. Drops the
     * reservations {@code releasing} with the markers, and answers the ids of those dropped.
     */
    private Set<String> change(String recordId, UnaryOperator<KnownRecord> statementOf,
                               Map<String, String> releasing) {
        String claim = UUID.randomUUID().toString();
        Document document = claim(recordId, claim);
        KnownRecord known = document == null || !document.containsKey("sequence") ? KnownRecord.NOTHING
                : known(document);
        Document interrupted = document == null ? null : document.get(NEXT, Document.class);
        if (interrupted != null) {
            KnownRecord unfinished = known(interrupted);
            apply(recordId, claim, known, unfinished, false, Map.of());
            known = known.merged(unfinished);
        }
        KnownRecord statement = statementOf.apply(known);
        if (statement == null || known.merged(statement).equals(known)) {
            activities.updateOne(Filters.and(Filters.eq("_id", recordId), Filters.eq(CLAIM, claim)),
                                 Updates.combine(Updates.unset(CLAIM), Updates.unset(CLAIM_EXPIRES)));
            return Set.of();
        }
        activities.updateOne(Filters.and(Filters.eq("_id", recordId), Filters.eq(CLAIM, claim)),
                             Updates.set(NEXT, toDocument(statement)));
        return apply(recordId, claim, known, statement, true, releasing);
    }

    /**
     * Takes the record's claim, waiting for another applier to finish, and answers the record's document as it was
     * (null if new). A claim not given back within {@link #CLAIM_TIME} (its process died) is taken over.
     */
    private Document claim(String recordId, String claim) {
        long pauseMicros = 100;
        while (true) {
            Instant now = Instant.now();
            try {
                return activities.findOneAndUpdate(
                        Filters.and(Filters.eq("_id", recordId),
                                    Filters.or(Filters.eq(CLAIM, null), Filters.lt(CLAIM_EXPIRES, Date.from(now)))),
                        Updates.combine(Updates.set(CLAIM, claim),
                                        Updates.set(CLAIM_EXPIRES, Date.from(now.plus(CLAIM_TIME)))),
                        new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
            } catch (MongoException e) {
                if (e.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
            }
            LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(pauseMicros * 1_000));
            pauseMicros = Math.min(pauseMicros * 2, 50_000);
        }
    }

    /**
     * Moves what {@code before} named to what it names with {@code statement}, then writes the record back, letting
     * its claim go if {@code release}; answers the reservations of {@code releasing} dropped with the markers.
     */
    private Set<String> apply(String recordId, String claim, KnownRecord before, KnownRecord statement,
                              boolean release, Map<String, String> releasing) {
        KnownRecord after = before.merged(statement);
        if (before.isMembership() || after.isMembership()) {
            moveMembership(recordId, before, after);
        } else {
            moveCounts(recordId, before, after, statement.sequence());
        }
        Document applied = toDocument(after).append("_id", recordId);
        if (!release) {
            applied.append(CLAIM, claim).append(CLAIM_EXPIRES, Date.from(Instant.now().plus(CLAIM_TIME)));
        }
        boolean stillMine = activities.replaceOne(Filters.and(Filters.eq("_id", recordId), Filters.eq(CLAIM, claim)),
                                                  applied).getMatchedCount() > 0;
        Set<String> touched = union(before.refs(), after.refs());
        if (!stillMine || after.isMembership() || touched.isEmpty()) {
            return Set.of();
        }
        // the counts above are moved: the reservations may go, in the same write (ReferenceGate's invariant)
        Set<String> dropping = new HashSet<>();
        releasing.forEach((reservationId, referencedId) -> {
            if (touched.contains(referencedId)) {
                dropping.add(reservationId);
            }
        });
        Bson unmark = Updates.unset(marker(recordId));
        counts.updateMany(Filters.in("_id", touched), dropping.isEmpty() ? unmark
                : Updates.combine(unmark, Updates.pull(PENDING, Filters.in("id", dropping))));
        return dropping;
    }

    /** A day the record keeps moves nowhere: its count stays, never lowered for a moment, on every document. */
    private void moveCounts(String recordId, KnownRecord before, KnownRecord after, long marker) {
        List<WriteModel<Document>> updates = new ArrayList<>();
        for (String referencedId : union(before.refs(), after.refs())) {
            Map<String, Integer> delta = new TreeMap<>();
            if (before.refs().contains(referencedId)) {
                before.days().forEach(day -> delta.merge(day.toString(), -1, Integer::sum));
            }
            if (after.refs().contains(referencedId)) {
                after.days().forEach(day -> delta.merge(day.toString(), 1, Integer::sum));
            }
            delta.values().removeIf(n -> n == 0);
            if (delta.isEmpty()) {
                continue;
            }
            List<Bson> changes = new ArrayList<>();
            delta.forEach((day, n) -> changes.add(Updates.inc(DATES + "." + day, n)));
            changes.add(Updates.set(marker(recordId), marker));
            updates.add(new UpdateOneModel<>(
                    Filters.and(Filters.eq("_id", referencedId), Filters.ne(marker(recordId), marker)),
                    Updates.combine(changes), new UpdateOptions().upsert(true)));
        }
        if (updates.isEmpty()) {
            return;
        }
        try {
            counts.bulkWrite(updates, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            // the upsert of a document that carries the marker already: that count was moved before a crash
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
    }

    /** Pulled from the new references too, so that applying a change again adds no duplicate. */
    private void moveMembership(String recordId, KnownRecord before, KnownRecord after) {
        Set<String> touched = union(before.refs(), after.refs());
        if (!touched.isEmpty()) {
            counts.updateMany(Filters.in("_id", touched),
                                  Updates.pull(MEMBERSHIPS, new Document("record", recordId)));
        }
        if (after.refs().isEmpty() || !after.namesFromAStart()) {
            return;
        }
        Document entry = new Document("record", recordId).append("on", after.own().on().toString())
                                                         .append("body", after.body()).append("until", text(after.until()));
        List<WriteModel<Document>> pushes = new ArrayList<>();
        for (String referencedId : after.refs()) {
            pushes.add(new UpdateOneModel<>(Filters.eq("_id", referencedId), Updates.push(MEMBERSHIPS, entry),
                                            new UpdateOptions().upsert(true)));
        }
        counts.bulkWrite(pushes);
    }

    /** Ids hold letters, digits, {@code . _ - /}; a dot would split the field's path. */
    private static String marker(String recordId) {
        return APPLYING + "." + recordId.replace(".", "%2E");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return union;
    }

    @Override
    public List<Reference> referencesTo(String referencedId) {
        return standing(referencedId).references();
    }

    /**
     * Searches {@code lookup_activities} whole on the embedded server, which has no index on {@code refs}; it is
     * asked only to name the record in a refusal.
     */
    @Override
    public Optional<String> recordNaming(String referencedId, LocalDate on) {
        return Optional.ofNullable(activities.find(Filters.and(Filters.eq("refs", referencedId),
                                                               Filters.or(Filters.eq("on", on.toString()),
                                                                          Filters.eq(DECIDED_ON, on.toString())),
                                                               Filters.eq("body", null)))
                                             .sort(Sorts.ascending("_id")).first())
                       .map(document -> document.getString("_id"));
    }

    @Override
    public Standing announce(String referencedId, Reservation reservation) {
        Document after = references.findOneAndUpdate(Filters.eq("_id", referencedId),
                Updates.push(PENDING, toDocument(reservation)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return toStanding(after);
    }

    @Override
    public Standing standing(String referencedId) {
        return toStanding(references.find(Filters.eq("_id", referencedId)).first());
    }

    /** One round trip where the announcement made the document, which is then gone; two otherwise. */
    @Override
    public void releaseLeavingNothing(String referencedId, String reservationId) {
        boolean gone = references.deleteOne(Filters.and(
                Filters.eq("_id", referencedId), Filters.size(PENDING, 1), Filters.eq(PENDING + ".id", reservationId),
                Filters.exists(DATES, false), Filters.exists(MEMBERSHIPS, false), Filters.exists(APPLYING, false)))
                .getDeletedCount() > 0;
        if (!gone) {
            release(referencedId, reservationId);
        }
    }

    @Override
    public void release(String referencedId, String reservationId) {
        references.updateOne(Filters.eq("_id", referencedId), Updates.pull(PENDING, new Document("id", reservationId)));
    }

    /** One reference a day that standing activities name it on, without their records' ids; and each membership. */
    private static Standing toStanding(Document document) {
        if (document == null) {
            return Standing.NOTHING;
        }
        List<Reference> named = new ArrayList<>();
        document.get(DATES, new Document()).forEach((day, count) -> {
            if (((Number) count).intValue() > 0) {
                named.add(new Reference(null, LocalDate.parse(day), null, null));
            }
        });
        document.getList(MEMBERSHIPS, Document.class, List.of()).forEach(entry -> named.add(new Reference(
                entry.getString("record"), LocalDate.parse(entry.getString("on")), entry.getString("body"),
                MongoDates.parse(entry.getString("until")))));
        List<Reservation> pending = document.getList(PENDING, Document.class, List.of()).stream()
                .map(MongoActivityReferences::toReservation)
                .toList();
        return new Standing(List.copyOf(named), pending);
    }

    private static Document toDocument(Reservation reservation) {
        Document document = new Document("id", reservation.id()).append("record", reservation.record());
        if (reservation.on() != null) {
            document.append("on", reservation.on().toString());
        }
        if (reservation.lifespan() != null) {
            document.append("from", text(reservation.lifespan().from()))
                    .append("until", text(reservation.lifespan().until()));
        }
        return document.append("expires", Date.from(reservation.expires()));
    }

    private static Reservation toReservation(Document document) {
        Lifespan lifespan = document.containsKey("from") || document.containsKey("until")
                ? new Lifespan(MongoDates.parse(document.getString("from")), MongoDates.parse(document.getString("until")))
                : null;
        return new Reservation(document.getString("id"), document.getString("record"),
                MongoDates.parse(document.getString("on")), lifespan, document.getDate("expires").toInstant());
    }

    /**
     * A record as stored, or an event's statement under {@code next}. One written before layout 4 has no
     * {@code onSequence}: every event stated the record's day then, so its last did.
     */
    private static KnownRecord known(Document document) {
        long sequence = document.get("sequence", Number.class).longValue();
        return new KnownRecord(sequence, new HashSet<>(document.getList("refs", String.class)),
                               new Day(MongoDates.parse(document.getString("on")),
                                       number(document, ON_SEQUENCE, sequence)),
                               new Day(MongoDates.parse(document.getString(DECIDED_ON)),
                                       number(document, DECIDED_SEQUENCE, Day.NONE.sequence())),
                               document.getString("body"), MongoDates.parse(document.getString("until")));
    }

    private static long number(Document document, String key, long absent) {
        Number number = document.get(key, Number.class);
        return number == null ? absent : number.longValue();
    }

    private static Document toDocument(KnownRecord known) {
        return new Document("sequence", known.sequence()).append("refs", List.copyOf(known.refs()))
                .append("on", text(known.own().on())).append(ON_SEQUENCE, known.own().sequence())
                .append(DECIDED_ON, text(known.decision().on()))
                .append(DECIDED_SEQUENCE, known.decision().sequence())
                .append("body", known.body()).append("until", text(known.until()));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
