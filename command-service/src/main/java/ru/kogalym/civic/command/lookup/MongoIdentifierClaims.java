package ru.kogalym.civic.command.lookup;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.eventstore.Journal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * {@link IdentifierClaims} in the collection {@code lookup_identifiers}:
 * {@code {_id: "ogrn:<value>" | "inn:<value>", ncoId, claimedAt}}. A claim is an insert keyed by {@code _id}, so the
 * server's unique {@code _id} index decides between concurrent claimants (duplicate key, code 11000, means taken).
 * A claim held by an NCO the {@link NcoLookup} doesn't know (its writer crashed before registering it) is taken over,
 * but only once it is older than {@link #STALE_AFTER}: a younger one may belong to a registration whose unit of work
 * has not yet reached the lookup update.
 */
@Component
class MongoIdentifierClaims implements IdentifierClaims {

    public static final String COLLECTION = "lookup_identifiers";
    public static final Duration STALE_AFTER = Duration.ofMinutes(1);
    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<Document> collection;
    private final NcoLookup ncoLookup;
    private final Clock clock;
    private final Duration staleAfter;

    @Autowired
    public MongoIdentifierClaims(MongoDatabase database, NcoLookup ncoLookup, Clock clock) {
        this(database, ncoLookup, clock, STALE_AFTER);
    }

    public MongoIdentifierClaims(MongoDatabase database, NcoLookup ncoLookup, Clock clock, Duration staleAfter) {
        // a claim is taken before the append and relied on by the registration that took it
        this.collection = Journal.waitedFor(database.getCollection(COLLECTION));
        this.ncoLookup = ncoLookup;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    @Override
    public boolean claim(IdentifierKind kind, String value, String ncoId) {
        String key = kind.key(value);
        Instant now = clock.instant();
        try {
            collection.insertOne(claimDocument(key, ncoId, now));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCode() != DUPLICATE_KEY) {
                throw e;
            }
        }
        Document held = collection.find(Filters.eq("_id", key)).first();
        if (held == null) {
            // released between our insert and our read: try once more
            try {
                collection.insertOne(claimDocument(key, ncoId, now));
                return true;
            } catch (MongoWriteException e) {
                if (e.getError().getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                return false;
            }
        }
        String holder = held.getString("ncoId");
        if (ncoId.equals(holder)) {
            return true;
        }
        Date claimedAt = held.getDate("claimedAt");
        boolean stale = claimedAt == null || !claimedAt.toInstant().plus(staleAfter).isAfter(now);
        if (stale && ncoLookup.find(holder).isEmpty()) {
            UpdateResult taken = collection.replaceOne(
                    Filters.and(Filters.eq("_id", key), Filters.eq("ncoId", holder)),
                    claimDocument(key, ncoId, now));
            return taken.getModifiedCount() == 1;
        }
        return false;
    }

    @Override
    public void release(IdentifierKind kind, String value, String ncoId) {
        collection.deleteOne(Filters.and(Filters.eq("_id", kind.key(value)), Filters.eq("ncoId", ncoId)));
    }

    @Override
    public Optional<String> holder(IdentifierKind kind, String value) {
        Document held = collection.find(Filters.eq("_id", kind.key(value))).first();
        return Optional.ofNullable(held).map(document -> document.getString("ncoId"));
    }

    private static Document claimDocument(String key, String ncoId, Instant claimedAt) {
        return new Document("_id", key).append("ncoId", ncoId).append("claimedAt", Date.from(claimedAt));
    }
}
