package ru.kogalym.civic.command.lookup;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.contract.council.BodyKind;

import java.time.LocalDate;
import java.util.Optional;

/**
 * {@link BodyLookup} in the collection {@code lookup_bodies}:
 * {@code {_id: bodyId, kind, establishedOn, dissolvedOn}}, ISO dates.
 */
@Component
class MongoBodyLookup implements BodyLookup {

    public static final String COLLECTION = "lookup_bodies";

    private final MongoCollection<Document> collection;

    public MongoBodyLookup(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    @Override
    public Optional<BodyStatus> find(String bodyId) {
        if (bodyId == null) {
            return Optional.empty();
        }
        Document document = collection.find(Filters.eq("_id", bodyId)).first();
        if (document == null || document.getString("kind") == null || document.getString("establishedOn") == null) {
            return Optional.empty();
        }
        return Optional.of(new BodyStatus(
                BodyKind.valueOf(document.getString("kind")),
                LocalDate.parse(document.getString("establishedOn")),
                MongoDates.parse(document.getString("dissolvedOn"))));
    }

    @Override
    public void recordEstablished(String bodyId, BodyKind kind, LocalDate establishedOn) {
        collection.updateOne(Filters.eq("_id", bodyId),
                Updates.combine(Updates.set("kind", kind.name()), Updates.set("establishedOn", establishedOn.toString())),
                new UpdateOptions().upsert(true));
    }

    @Override
    public void recordDissolved(String bodyId, LocalDate dissolvedOn) {
        collection.updateOne(Filters.eq("_id", bodyId), Updates.set("dissolvedOn", dissolvedOn.toString()),
                new UpdateOptions().upsert(true));
    }
}
