package ru.kogalym.civic.eventstore.chain;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;

/**
 * Signed checkpoints of the chain: now and then the sealer signs its head (position and hash) with the
 * {@link CheckpointKey}. Exported to someone outside (a witness), a checkpoint proves the chain up to its position
 * as it was when signed: a rewrite of the store that recomputes every hash after an edit no longer matches it. One
 * document per checkpoint in {@code checkpoints}, {@code _id} its position. The signed message is the canonical JSON
 * {@code {"hash":…,"position":…,"signedAt":…}}.
 */
public final class Checkpoints {

    private final ChainStore store;
    private final CheckpointKey key;

    public Checkpoints(MongoDatabase database, CheckpointKey key) {
        this.store = new ChainStore(database);
        this.key = key;
    }

    /** One signed checkpoint as stored and exported. */
    public record Checkpoint(long position, String hash, String signedAt, String keyId, String signature) {

        static Checkpoint of(Document document) {
            return new Checkpoint(ChainLink.number(document, "_id"), document.getString("hash"),
                                  document.getString("signedAt"), document.getString("keyId"),
                                  document.getString("signature"));
        }

        String message() {
            return message(position, hash, signedAt);
        }

        static String message(long position, String hash, String signedAt) {
            Map<String, Object> signed = new LinkedHashMap<>();
            signed.put("position", position);
            signed.put("hash", hash);
            signed.put("signedAt", signedAt);
            return CanonicalJson.write(signed);
        }
    }

    /** Why a stored checkpoint does not vouch for the chain. */
    public enum Failure {
        /** Its signature is not the key's signature of its position, hash and time: it was forged or altered. */
        SIGNATURE,
        /** Genuine, but the chain's hash at its position, recomputed from the events, is another: the log was altered. */
        HASH,
        /** Genuine, but its position is beyond the chain's sealed head: the end of the chain was cut off. */
        BEYOND_HEAD,
        /** Signed with another key (see keyId), so it cannot be checked here. */
        OTHER_KEY
    }

    /** Signs {@code hash} at {@code position} and stores it; a checkpoint already there (another sealer's) stays. */
    Checkpoint sign(long position, String hash, Instant now) {
        String signedAt = now.truncatedTo(ChronoUnit.MILLIS).toString();
        Checkpoint checkpoint = new Checkpoint(position, hash, signedAt, key.id(),
                                               key.sign(Checkpoint.message(position, hash, signedAt)));
        try {
            store.checkpoints.insertOne(new Document("_id", position).append("hash", hash).append("signedAt", signedAt)
                                                                     .append("keyId", checkpoint.keyId())
                                                                     .append("signature", checkpoint.signature()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        return checkpoint;
    }

    /** Up to {@code size} checkpoints after {@code position}, in order. */
    public List<Checkpoint> after(long position, int size) {
        return find(gt("_id", position), size);
    }

    /** The checkpoints from {@code from} on, up to {@code to} (inclusive). */
    List<Checkpoint> between(long from, long to) {
        return find(and(gte("_id", from), lte("_id", to)), 0);
    }

    // A range on _id: the embedded server scans for it, which is fine for a collection this small (one a few minutes).
    private List<Checkpoint> find(Bson filter, int limit) {
        List<Checkpoint> found = new ArrayList<>();
        store.checkpoints.find(filter).sort(Sorts.ascending("_id")).limit(limit)
                         .forEach(document -> found.add(Checkpoint.of(document)));
        return found;
    }

    /** What is wrong with {@code checkpoint}, given the chain's recomputed hash at its position (null: none). */
    Failure check(Checkpoint checkpoint, String chainHash) {
        if (!key.id().equals(checkpoint.keyId())) {
            return Failure.OTHER_KEY;
        }
        if (!key.signed(checkpoint.message(), checkpoint.signature())) {
            return Failure.SIGNATURE;
        }
        return checkpoint.hash() != null && checkpoint.hash().equals(chainHash) ? null : Failure.HASH;
    }
}
