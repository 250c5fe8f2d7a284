package ru.kogalym.civic.command.lookup;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.eventstore.spring.EventStoreConfiguration;

/**
 * The lookups' layout, versioned. A version that records more than the one before (version 2: memberships, corrected
 * registration dates, withdrawn NCOs and reservations) makes {@link CommandLookupRepair} replay the whole store into
 * the lookups, once: it drops that processor's tokens before any processor starts, and the processor begins again
 * from the first event. Every lookup update is idempotent and ordered by event number, so the replay only fills in
 * what the older layout did not record; until it has passed an event, the lookups miss no more than before.
 */
@Component
class LookupSchema implements InitializingBean {

    static final int VERSION = 2;
    static final String COLLECTION = "lookup_schema";
    private static final String ID = "lookups";
    private static final Logger LOG = LoggerFactory.getLogger(LookupSchema.class);

    private final MongoCollection<Document> schema;
    private final MongoCollection<Document> tokens;

    LookupSchema(MongoDatabase database) {
        this.schema = database.getCollection(COLLECTION);
        this.tokens = database.getCollection(EventStoreConfiguration.TRACKING_TOKENS);
    }

    @Override
    public void afterPropertiesSet() {
        Document stored = schema.find(Filters.eq("_id", ID)).first();
        int version = stored == null ? 1 : stored.getInteger("version", 1);
        if (version >= VERSION) {
            return;
        }
        long dropped = tokens.deleteMany(Filters.eq("processorName", CommandLookupRepair.PROCESSING_GROUP))
                             .getDeletedCount();
        if (dropped > 0) {
            LOG.info("The command-side lookups move from layout {} to {}: {} replays the store from its start",
                     version, VERSION, CommandLookupRepair.PROCESSING_GROUP);
        }
        schema.replaceOne(Filters.eq("_id", ID), new Document("_id", ID).append("version", VERSION),
                          new ReplaceOptions().upsert(true));
    }
}
