package ru.kogalym.civic.command.lookup;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/** {@link NcoLookup} in the collection {@code lookup_ncos}: {@code {_id: ncoId, registeredOn, liquidatedOn}}, ISO dates. */
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
                MongoDates.parse(document.getString("liquidatedOn"))));
    }

    @Override
    public void recordRegistered(String ncoId, LocalDate registeredOn) {
        collection.updateOne(Filters.eq("_id", ncoId), Updates.set("registeredOn", registeredOn.toString()),
                new UpdateOptions().upsert(true));
    }

    @Override
    public void recordLiquidated(String ncoId, LocalDate liquidatedOn) {
        collection.updateOne(Filters.eq("_id", ncoId), Updates.set("liquidatedOn", liquidatedOn.toString()),
                new UpdateOptions().upsert(true));
    }
}
