package ru.kogalym.civic.eventstore;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;

/**
 * Whether a write waits for MongoDB's journal, whatever the connection string says. A standalone MongoDB
 * acknowledges {@code w: 1} from memory and journals up to 100 ms later; the embedded server commits its file before
 * replying unless told {@code j: false}. The journal is written in order on both, so a write that waits for it takes
 * every earlier write with it, and a later write never outlives an earlier one; on a replica set so does the oplog,
 * with majority writes (MongoDB's default there) never rolled back. Not across the shards of a cluster, which share no
 * order. And it is the journal only: a connection that asks for {@code w: 1} on a replica set can still lose a write
 * to a failover.
 */
public final class Journal {

    private Journal() {
    }

    /** For what others rely on once it is acknowledged: an append, a reservation, a claim. */
    public static <T> MongoCollection<T> waitedFor(MongoCollection<T> collection) {
        WriteConcern concern = collection.getWriteConcern();
        if (!concern.isAcknowledged()) {
            throw new IllegalArgumentException("Cannot wait for MongoDB's journal with w: 0, which acknowledges a write "
                                               + "before MongoDB has it. Remove w=0 from the connection string.");
        }
        return collection.withWriteConcern(concern.withJournal(true));
    }

    /** For what follows from the event log and is repaired from it if lost. */
    public static <T> MongoCollection<T> notWaitedFor(MongoCollection<T> collection) {
        return collection.withWriteConcern(collection.getWriteConcern().withJournal(false));
    }
}
