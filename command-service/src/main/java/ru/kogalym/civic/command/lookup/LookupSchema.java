package ru.kogalym.civic.command.lookup;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.eventstore.spring.EventStoreConfiguration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lookups' layout, versioned. A version that records more than the one before (version 2: memberships, corrected
 * registration dates, withdrawn NCOs and reservations) makes {@link CommandLookupRepair} replay the whole store into
 * the lookups, once: it drops that processor's tokens before any processor starts, and the processor begins again
 * from the first event. Every lookup update is idempotent and ordered by event number, so the replay only fills in
 * what the older layout did not record; until it has passed an event, the lookups miss no more than before.
 * <p>
 * Version 3 counts the activities naming an NCO or a body by day instead of listing them
 * ({@link MongoActivityReferences}); the lists are turned into counts here, before any command or processor runs.
 */
@Component
class LookupSchema implements InitializingBean {

    static final int VERSION = 3;
    static final String COLLECTION = "lookup_schema";
    private static final String ID = "lookups";
    /** Layout 2's list of every standing record naming an NCO or a body. */
    private static final String LISTED = "activities";
    private static final Logger LOG = LoggerFactory.getLogger(LookupSchema.class);

    private final MongoCollection<Document> schema;
    private final MongoCollection<Document> tokens;
    private final MongoCollection<Document> references;

    LookupSchema(MongoDatabase database) {
        this.schema = database.getCollection(COLLECTION);
        this.tokens = database.getCollection(EventStoreConfiguration.TRACKING_TOKENS);
        this.references = database.getCollection(MongoActivityReferences.REFERENCES);
    }

    @Override
    public void afterPropertiesSet() {
        Document stored = schema.find(Filters.eq("_id", ID)).first();
        int version = stored == null ? 1 : stored.getInteger("version", 1);
        if (version >= VERSION) {
            return;
        }
        countActivitiesByDay();
        if (version >= 2) {
            markDone();
            return;
        }
        long dropped = tokens.deleteMany(Filters.eq("processorName", CommandLookupRepair.PROCESSING_GROUP))
                             .getDeletedCount();
        if (dropped > 0) {
            LOG.info("The command-side lookups move from layout {} to {}: {} replays the store from its start",
                     version, VERSION, CommandLookupRepair.PROCESSING_GROUP);
        }
        markDone();
    }

    private void markDone() {
        schema.replaceOne(Filters.eq("_id", ID), new Document("_id", ID).append("version", VERSION),
                          new ReplaceOptions().upsert(true));
    }

    /** Idempotent, and atomic per document: instances starting together convert each document once. */
    private void countActivitiesByDay() {
        for (Document listed : references.find(Filters.exists(LISTED))) {
            Map<String, Integer> days = new TreeMap<>();
            List<Document> memberships = new ArrayList<>();
            for (Document entry : listed.getList(LISTED, Document.class)) {
                if (entry.getString("body") != null) {
                    memberships.add(entry);
                } else {
                    days.merge(entry.getString("on"), 1, Integer::sum);
                }
            }
            references.updateOne(Filters.and(Filters.eq("_id", listed.get("_id")), Filters.exists(LISTED)),
                                 Updates.combine(Updates.set(MongoActivityReferences.DATES, new Document(days)),
                                                 Updates.set(MongoActivityReferences.MEMBERSHIPS, memberships),
                                                 Updates.unset(LISTED)));
        }
    }
}
