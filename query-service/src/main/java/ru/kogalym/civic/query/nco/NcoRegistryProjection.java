package ru.kogalym.civic.query.nco;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.contract.nco.NcoRegisteredEvent;

import static com.mongodb.client.model.Filters.eq;

/** The NCO registry read model: one document per NCO. */
@Component
@ProcessingGroup("nco-registry")
public class NcoRegistryProjection {

    static final String COLLECTION = "read_ncos";

    private final MongoCollection<Document> ncos;

    public NcoRegistryProjection(MongoDatabase civicDatabase) {
        this.ncos = civicDatabase.getCollection(COLLECTION);
    }

    @EventHandler
    void on(NcoRegisteredEvent event) {
        Document document = new Document("_id", event.ncoId())
                .append("fullName", event.fullName())
                .append("shortName", event.shortName())
                .append("legalForm", event.legalForm() == null ? null : event.legalForm().name())
                .append("community", event.community())
                .append("registeredOn", event.registeredOn() == null ? null : event.registeredOn().toString());
        ncos.replaceOne(eq("_id", event.ncoId()), document, new ReplaceOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        ncos.deleteMany(new Document());
    }
}
