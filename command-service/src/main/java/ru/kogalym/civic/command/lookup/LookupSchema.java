package ru.kogalym.civic.command.lookup;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.contract.grant.GrantAwardedEvent;
import ru.kogalym.civic.contract.grant.GrantRejectedEvent;
import ru.kogalym.civic.eventstore.MongoEventStorageEngine;
import ru.kogalym.civic.eventstore.spring.EventStoreConfiguration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The lookups' layout, versioned. A version that records more than the one before (version 2: memberships, corrected
 * registration dates, withdrawn NCOs and reservations) makes {@link CommandLookupRepair} replay the whole store into
 * the lookups, once: it drops that processor's tokens before any processor starts, and the processor begins again
 * from the first event. Every lookup update is idempotent and ordered by event number, so the replay only fills in
 * what the older layout did not record; until it has passed an event, the lookups miss no more than before.
 * <p>
 * Version 3 counts the activities naming an NCO or a body by day instead of listing them
 * ({@link MongoActivityReferences}); the lists are turned into counts here, before any command or processor runs.
 * <p>
 * Version 4 counts a decided grant on its application's day and on its decision's ({@link KnownRecord}); version 3
 * counted it on the day of its last event alone, its decision's or, after a correction, its application's. A replay
 * cannot mend that by itself, every event of the record being applied already: so here, before any command or
 * processor runs, each decided grant's own day is marked as stated by no event, and its events are replayed into the
 * lookups, the latest first. A record's counts only grow by it: the day counted before is one it still names.
 */
@Component
class LookupSchema implements InitializingBean {

    static final int VERSION = 4;
    static final String COLLECTION = "lookup_schema";
    private static final String ID = "lookups";
    /** Layout 2's list of every standing record naming an NCO or a body. */
    private static final String LISTED = "activities";
    private static final Logger LOG = LoggerFactory.getLogger(LookupSchema.class);
    /** The events of a decision on a record ({@link ru.kogalym.civic.contract.activity.ActivityDecided}). */
    private static final List<String> DECISIONS = List.of(GrantAwardedEvent.class.getName(),
                                                          GrantRejectedEvent.class.getName());

    private final MongoCollection<Document> schema;
    private final MongoCollection<Document> tokens;
    private final MongoCollection<Document> references;
    private final MongoCollection<Document> activities;
    private final MongoCollection<Document> commits;
    private final RecordReplay newestFirst;

    @Autowired
    LookupSchema(MongoDatabase database, EventStoreRecordReplay replay) {
        this(database, replay::replayNewestFirst);
    }

    /** {@code newestFirst} replays a record's events into the lookups, the latest first. */
    LookupSchema(MongoDatabase database, RecordReplay newestFirst) {
        this.schema = database.getCollection(COLLECTION);
        this.tokens = database.getCollection(EventStoreConfiguration.TRACKING_TOKENS);
        this.references = database.getCollection(MongoActivityReferences.REFERENCES);
        this.activities = database.getCollection(MongoActivityReferences.ACTIVITIES);
        this.commits = database.getCollection(MongoEventStorageEngine.COMMITS);
        this.newestFirst = newestFirst;
    }

    @Override
    public void afterPropertiesSet() {
        Document stored = schema.find(Filters.eq("_id", ID)).first();
        int version = stored == null ? 1 : stored.getInteger("version", 1);
        if (version >= VERSION) {
            return;
        }
        if (version < 3) {
            countActivitiesByDay();
        }
        countDecidedGrantsOnBothDays();
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

    /**
     * Reads every commit once, on the embedded server, which has no index on the events' types. Idempotent: a start
     * that dies half-way does it again, and what was replayed stays.
     */
    private void countDecidedGrantsOnBothDays() {
        Set<String> decided = new TreeSet<>();
        commits.find(Filters.in("events.payloadType", DECISIONS)).projection(Projections.include("aggregateId"))
               .forEach(commit -> decided.add(commit.getString("aggregateId")));
        activities.updateMany(Filters.and(Filters.in("_id", decided),
                                          Filters.exists(MongoActivityReferences.ON_SEQUENCE, false)),
                              Updates.set(MongoActivityReferences.ON_SEQUENCE, KnownRecord.Day.NONE.sequence()));
        // an update layout 3 left half-done held the whole record under next, dated by its event whatever it was:
        // finished as layout 4 reads it, a decision's day would stand for the application's, above every event
        String unfinishedDay = MongoActivityReferences.NEXT + "." + MongoActivityReferences.ON_SEQUENCE;
        activities.updateMany(Filters.and(Filters.in("_id", decided), Filters.exists(MongoActivityReferences.NEXT),
                                          Filters.exists(unfinishedDay, false)),
                              Updates.set(unfinishedDay, KnownRecord.Day.NONE.sequence()));
        decided.forEach(newestFirst::replay);
        if (!decided.isEmpty()) {
            LOG.info("The command-side lookups now count {} decided grants on their applications' days too",
                     decided.size());
        }
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
