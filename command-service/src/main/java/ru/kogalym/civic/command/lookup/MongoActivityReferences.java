package ru.kogalym.civic.command.lookup;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link ActivityReferences} in two collections, both read by {@code _id} only: {@code lookup_activities}
 * ({@code {_id: recordId, sequence, refs, on, body, until}}) and {@code lookup_references} ({@code {_id: ncoOrBodyId,
 * activities: [{record, on, body, until}]}}; {@code body} and {@code until} only for memberships). A record's change
 * costs four round trips however many NCOs it names: read it, one {@code $pull} over all its references, one bulk of
 * {@code $push}es, write it back; each {@code $pull}/{@code $push} is atomic per document, so records naming the same
 * NCO at once do not overwrite each other. The references document also holds the {@code pending} reservations of
 * commands in flight ({@code {id, record, on | from, until, expires}}), so that one {@code findOneAndUpdate} both
 * announces a reservation and reads everything that conflicts with it (see {@link ReferenceGate}).
 */
@Component
class MongoActivityReferences implements ActivityReferences {

    static final String ACTIVITIES = "lookup_activities";
    static final String REFERENCES = "lookup_references";
    private static final String PENDING = "pending";

    private final MongoCollection<Document> activities;
    private final MongoCollection<Document> references;

    public MongoActivityReferences(MongoDatabase database) {
        this.activities = database.getCollection(ACTIVITIES);
        this.references = database.getCollection(REFERENCES);
    }

    @Override
    public void recordActivity(String recordId, long sequence, Collection<String> referencedIds, LocalDate on) {
        record(known(recordId), recordId, sequence, new HashSet<>(referencedIds), on, null, null);
    }

    @Override
    public void withdrawActivity(String recordId, long sequence) {
        record(known(recordId), recordId, sequence, Set.of(), null, null, null);
    }

    @Override
    public void recordMembership(String recordId, long sequence, String bodyId, String ncoId, LocalDate from) {
        record(known(recordId), recordId, sequence, Set.of(ncoId), from, bodyId, null);
    }

    @Override
    public void endMembership(String recordId, long sequence, LocalDate until) {
        Document known = known(recordId);
        if (known == null || known.getString("body") == null) {
            return;
        }
        record(known, recordId, sequence, new HashSet<>(known.getList("refs", String.class)),
               MongoDates.parse(known.getString("on")), known.getString("body"), until);
    }

    /** What {@code lookup_activities} holds of the record, or null. */
    private Document known(String recordId) {
        return activities.find(Filters.eq("_id", recordId)).first();
    }

    private void record(Document known, String recordId, long sequence, Set<String> named, LocalDate on,
                        String bodyId, LocalDate until) {
        if (known != null && known.get("sequence", Number.class).longValue() >= sequence) {
            return;
        }
        // Pulled from the new references too, so that applying an event again after a crash adds no duplicate.
        Set<String> touched = new HashSet<>(named);
        if (known != null) {
            touched.addAll(known.getList("refs", String.class));
        }
        if (!touched.isEmpty()) {
            references.updateMany(Filters.in("_id", touched), Updates.pull("activities", new Document("record", recordId)));
        }
        if (!named.isEmpty()) {
            Document entry = new Document("record", recordId).append("on", on.toString());
            if (bodyId != null) {
                entry.append("body", bodyId).append("until", text(until));
            }
            List<WriteModel<Document>> pushes = new ArrayList<>(named.size());
            for (String referencedId : named) {
                pushes.add(new UpdateOneModel<>(Filters.eq("_id", referencedId), Updates.push("activities", entry),
                                                new UpdateOptions().upsert(true)));
            }
            references.bulkWrite(pushes);
        }
        activities.replaceOne(Filters.eq("_id", recordId),
                              new Document("_id", recordId).append("sequence", sequence)
                                                           .append("refs", List.copyOf(named))
                                                           .append("on", text(on))
                                                           .append("body", bodyId)
                                                           .append("until", text(until)),
                              new ReplaceOptions().upsert(true));
    }

    @Override
    public List<Reference> referencesTo(String referencedId) {
        return standing(referencedId).references();
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

    @Override
    public void release(String referencedId, String reservationId) {
        references.updateOne(Filters.eq("_id", referencedId), Updates.pull(PENDING, new Document("id", reservationId)));
    }

    private static Standing toStanding(Document document) {
        if (document == null) {
            return Standing.NOTHING;
        }
        List<Reference> named = document.getList("activities", Document.class, List.of()).stream()
                .map(entry -> new Reference(entry.getString("record"), LocalDate.parse(entry.getString("on")),
                                            entry.getString("body"), MongoDates.parse(entry.getString("until"))))
                .toList();
        List<Reservation> pending = document.getList(PENDING, Document.class, List.of()).stream()
                .map(MongoActivityReferences::toReservation)
                .toList();
        return new Standing(named, pending);
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

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
