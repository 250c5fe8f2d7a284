package ru.kogalym.civic.command.lookup;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * {@link NcoLookup} in the collection {@code lookup_ncos}:
 * {@code {_id: ncoId, registeredOn, registeredOnSequence, liquidatedOn, withdrawn}}, ISO dates.
 */
@Component
class MongoNcoLookup implements NcoLookup {

    public static final String COLLECTION = "lookup_ncos";

    private final MongoCollection<Document> collection;

    public MongoNcoLookup(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    @Override
    public Optional<NcoStatus> find(String ncoId) {
        if (ncoId == null) {
            return Optional.empty();
        }
        Document document = collection.find(Filters.eq("_id", ncoId)).first();
        if (document == null || document.getString("registeredOn") == null) {
            return Optional.empty();
        }
        return Optional.of(new NcoStatus(
                LocalDate.parse(document.getString("registeredOn")),
                MongoDates.parse(document.getString("liquidatedOn")),
                Boolean.TRUE.equals(document.getBoolean("withdrawn"))));
    }

    /**
     * One conditional upsert: it sets the date where no later event set it. Where a later one did, the filter matches
     * nothing, the upsert's insert collides on {@code _id}, and the older date is dropped.
     */
    @Override
    public void recordRegisteredOn(String ncoId, long sequence, LocalDate registeredOn) {
        try {
            collection.updateOne(
                    Filters.and(Filters.eq("_id", ncoId), Filters.or(Filters.exists("registeredOnSequence", false),
                                                                     Filters.lte("registeredOnSequence", sequence))),
                    Updates.combine(Updates.set("registeredOn", registeredOn.toString()),
                                    Updates.set("registeredOnSequence", sequence)),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    @Override
    public void recordLiquidated(String ncoId, LocalDate liquidatedOn) {
        collection.updateOne(Filters.eq("_id", ncoId), Updates.set("liquidatedOn", liquidatedOn.toString()),
                new UpdateOptions().upsert(true));
    }

    @Override
    public void recordWithdrawn(String ncoId) {
        collection.updateOne(Filters.eq("_id", ncoId), Updates.set("withdrawn", true), new UpdateOptions().upsert(true));
    }
}
