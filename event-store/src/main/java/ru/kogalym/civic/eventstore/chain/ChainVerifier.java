package ru.kogalym.civic.eventstore.chain;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import ru.kogalym.civic.eventstore.MongoEventStorageEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks the chain against the stored events: recomputes each position's hash from the raw commit document and the
 * link before it, compares it with the stored link, and checks the signed checkpoints. Checking each link against the
 * one before it finds every altered position, not only the first; and as the first link of a range is checked
 * against the stored hash before the range, a range whose links all check out is exactly the chain recomputed from
 * that hash. Rewriting the chain after an edit (recomputing every later hash) passes the link checks but not a
 * checkpoint signed before the rewrite: then everything after the last checkpoint that still matches is in doubt.
 */
public final class ChainVerifier {

    /** How many broken positions a verification lists; it counts them all. */
    static final int LISTED = 100;

    private final ChainStore store;
    private final MongoEventStorageEngine engine;
    private final Checkpoints checkpoints;
    private final int windowSize;

    public ChainVerifier(MongoDatabase database, MongoEventStorageEngine engine, Checkpoints checkpoints, int windowSize) {
        this.store = new ChainStore(database);
        this.engine = engine;
        this.checkpoints = checkpoints;
        this.windowSize = windowSize;
    }

    /**
     * What a verification found.
     *
     * @param intact              every position checked recomputes to its stored hash and every checkpoint checked is
     *                            genuine and matches
     * @param from                the first position checked
     * @param to                  the last position checked: the one asked for or the sealed head, whichever is lower
     *                            ({@code from - 1} if there was none to check)
     * @param eventsChecked       positions checked, events and tombstones alike
     * @param firstBrokenPosition the first position the chain no longer vouches for, or null
     * @param brokenPositions     positions whose stored hash is not the recomputed one, or that lack a commit or a
     *                            link: the first {@value #LISTED}
     * @param brokenCount         how many such positions there are
     * @param headPosition        the last sealed position ({@code -1}: none yet)
     * @param headHash            its hash, or null
     * @param unsealedFrom        the first position not yet sealed
     * @param unsealedCount       how many positions are reserved but not yet sealed
     * @param checkpointsChecked  signed checkpoints found for the range
     * @param brokenCheckpoints   those that do not vouch for the chain, and why
     */
    public record Verification(boolean intact, long from, long to, long eventsChecked, Long firstBrokenPosition,
                               List<Long> brokenPositions, long brokenCount, long headPosition, String headHash,
                               long unsealedFrom, long unsealedCount, int checkpointsChecked,
                               List<BrokenCheckpoint> brokenCheckpoints) {
    }

    public record BrokenCheckpoint(long position, Checkpoints.Failure failure) {
    }

    /** Verifies from {@code from} to {@code to} (null: to the sealed head). */
    public Verification verify(long from, Long to) {
        if (from < 0 || (to != null && to < from)) {
            throw new IllegalArgumentException("a range of positions from 0 on, not " + from + ".." + to);
        }
        // the checkpoints before the head: one signed in between lies below the head read after it, not beyond
        Map<Long, Checkpoints.Checkpoint> signed = checkpoints.between(from, to == null ? Long.MAX_VALUE : to).stream()
                .collect(Collectors.toMap(Checkpoints.Checkpoint::position, Function.identity()));
        ChainStore.Head head = store.sealedHead(windowSize);
        long reserved = engine.nextPosition();
        long end = to == null ? head.position() : Math.min(to, head.position());
        int found = signed.size();
        Walk walk = new Walk(from, end);
        List<BrokenCheckpoint> brokenCheckpoints = new ArrayList<>();
        long lastGoodCheckpoint = from - 1;
        Long firstBroken = null;
        for (long position = from; position <= end; position++) {
            String recomputed = walk.check(position);
            Checkpoints.Checkpoint checkpoint = signed.remove(position);
            if (checkpoint == null) {
                continue;
            }
            Checkpoints.Failure failure = checkpoints.check(checkpoint, recomputed);
            if (failure == null) {
                lastGoodCheckpoint = position;
            } else {
                brokenCheckpoints.add(new BrokenCheckpoint(position, failure));
                if (failure != Checkpoints.Failure.OTHER_KEY && firstBroken == null) {
                    firstBroken = lastGoodCheckpoint + 1;
                }
            }
        }
        // those left lie beyond the sealed head: its end was cut off, or they are forged
        for (Checkpoints.Checkpoint beyond : new TreeMap<>(signed).values()) {
            Checkpoints.Failure failure = checkpoints.check(beyond, null);
            brokenCheckpoints.add(new BrokenCheckpoint(beyond.position(), failure == Checkpoints.Failure.HASH
                                                                          ? Checkpoints.Failure.BEYOND_HEAD : failure));
            if (failure != Checkpoints.Failure.OTHER_KEY && firstBroken == null) {
                firstBroken = lastGoodCheckpoint + 1;
            }
        }
        if (!walk.listed.isEmpty()) {
            firstBroken = firstBroken == null ? walk.listed.get(0) : Math.min(firstBroken, walk.listed.get(0));
        }
        long unsealedFrom = head.position() + 1;
        return new Verification(walk.brokenCount == 0 && brokenCheckpoints.isEmpty(), from, Math.max(end, from - 1),
                                Math.max(0, end - from + 1), firstBroken, List.copyOf(walk.listed), walk.brokenCount,
                                head.position(), head.hash(), unsealedFrom, Math.max(0, reserved - unsealedFrom), found,
                                List.copyOf(brokenCheckpoints));
    }

    /** Reads commits and links window by window along the range, and checks one position after another. */
    private final class Walk {

        private final TreeMap<Long, Document> commits = new TreeMap<>();
        private final TreeMap<Long, Document> links = new TreeMap<>();
        private final List<Long> listed = new ArrayList<>();
        private long brokenCount;
        private long loadedUpTo;
        private String previous;

        Walk(long from, long end) {
            loadedUpTo = from;
            if (from > end) {
                return;
            }
            // a commit and a link may begin before the range; the stored hash before it anchors the first check
            put(commits, ChainStore.covering(store.commits, from, windowSize));
            put(links, ChainStore.covering(store.links, from, windowSize));
            previous = from == 0 ? null
                                 : ChainStore.storedHash(ChainStore.covering(store.links, from - 1, windowSize), from - 1);
        }

        /** Checks one position and returns its hash recomputed from the stored events (null: it has none). */
        String check(long position) {
            if (position >= loadedUpTo) {
                forgetBefore(commits, position);
                forgetBefore(links, position);
                commits.putAll(ChainStore.window(store.commits, position, windowSize));
                links.putAll(ChainStore.window(store.links, position, windowSize));
                loadedUpTo = position + windowSize;
            }
            Document commit = ChainStore.covering(commits, position);
            String recomputed;
            try {
                recomputed = commit == null ? null : ChainLink.hash(position, commit, previous);
            } catch (IllegalArgumentException malformed) {
                recomputed = null;
            }
            String stored = ChainStore.storedHash(ChainStore.covering(links, position), position);
            if (recomputed == null || !recomputed.equals(stored)) {
                if (brokenCount++ < LISTED) {
                    listed.add(position);
                }
            }
            // a missing link leaves the recomputed hash to check the next position against
            previous = stored != null ? stored : recomputed;
            return recomputed;
        }

        /** Drops the documents that end before {@code position}: they cover nothing still to check. */
        private static void forgetBefore(TreeMap<Long, Document> documents, long position) {
            while (!documents.isEmpty() && ChainStore.end(documents.firstEntry().getValue()) <= position) {
                documents.pollFirstEntry();
            }
        }

        private static void put(TreeMap<Long, Document> documents, Document document) {
            if (document != null) {
                documents.put(ChainLink.number(document, "_id"), document);
            }
        }
    }
}
