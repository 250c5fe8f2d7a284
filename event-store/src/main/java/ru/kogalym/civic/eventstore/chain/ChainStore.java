package ru.kogalym.civic.eventstore.chain;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import ru.kogalym.civic.eventstore.MongoEventStorageEngine;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * Where the chain lives and how it is read. The hashes are kept apart from the commits, in {@code chain}: one
 * document per commit or tombstone, with the same {@code _id} and {@code count} and a hash per position. Written once
 * and never updated, so the commit documents stay exactly as their writer left them (an update would rewrite each
 * commit, and widen every document the hot paths read); and the unique {@code _id} makes a second sealer's insert of
 * the same link fail instead of forking the chain, even should two hold the lease at once. Every read is a point
 * lookup on {@code _id}, the only index the embedded server uses.
 */
final class ChainStore {

    static final String LINKS = "chain";
    static final String HEAD = "chainHead";
    static final String HEAD_ID = "head";
    static final String CHECKPOINTS = "checkpoints";

    final MongoCollection<Document> commits;
    final MongoCollection<Document> links;
    final MongoCollection<Document> head;
    final MongoCollection<Document> checkpoints;

    ChainStore(MongoDatabase database) {
        this.commits = database.getCollection(MongoEventStorageEngine.COMMITS);
        this.links = database.getCollection(LINKS);
        this.head = database.getCollection(HEAD);
        this.checkpoints = database.getCollection(CHECKPOINTS);
    }

    /** The documents of {@code collection} whose {@code _id} lies in {@code [start, start + count)}, by {@code _id}. */
    static TreeMap<Long, Document> window(MongoCollection<Document> collection, long start, int count) {
        List<Long> ids = LongStream.range(Math.max(start, 0), start + count).boxed().toList();
        TreeMap<Long, Document> found = new TreeMap<>();
        for (Document document : collection.find(in("_id", ids))) {
            found.put(ChainLink.number(document, "_id"), document);
        }
        return found;
    }

    /**
     * The document of {@code collection} that covers {@code position} ({@code _id} ≤ position &lt; {@code _id + count}),
     * or null; looks back window by window, as a document may start well before (a wide tombstone).
     */
    static Document covering(MongoCollection<Document> collection, long position, int windowSize) {
        for (long end = position + 1; end > 0; end -= windowSize) {
            Map.Entry<Long, Document> nearest = window(collection, end - windowSize, windowSize).floorEntry(position);
            if (nearest != null) {
                return covers(nearest.getValue(), position) ? nearest.getValue() : null;
            }
        }
        return null;
    }

    /** The one of {@code documents} that covers {@code position}, or null. */
    static Document covering(TreeMap<Long, Document> documents, long position) {
        Map.Entry<Long, Document> nearest = documents.floorEntry(position);
        return nearest != null && covers(nearest.getValue(), position) ? nearest.getValue() : null;
    }

    private static boolean covers(Document document, long position) {
        return position < end(document);
    }

    /** The position after the last one {@code document} covers (a document without a count covers none). */
    static long end(Document document) {
        long start = ChainLink.number(document, "_id");
        return document.get("count") instanceof Number count ? start + count.longValue() : start;
    }

    /** The hash a link stores for {@code position}, or null if it has none. */
    static String storedHash(Document link, long position) {
        if (link == null || !(link.get("hashes") instanceof List<?> hashes)) {
            return null;
        }
        long offset = position - ChainLink.number(link, "_id");
        return offset < hashes.size() && hashes.get((int) offset) instanceof String hash ? hash : null;
    }

    /**
     * The last sealed position and its hash. The head document may lag behind the links (a sealer stopped between
     * writing links and moving it, or another one sealed since): the links after it count too.
     */
    Head sealedHead(int windowSize) {
        Head recorded = Head.of(head.find(eq("_id", HEAD_ID)).first());
        if (links.find(eq("_id", recorded.position() + 1)).first() == null) {
            return recorded; // the usual case, in one point lookup
        }
        long position = recorded.position();
        String hash = recorded.hash();
        long windowStart;
        do {
            windowStart = position + 1;
            TreeMap<Long, Document> ahead = window(links, windowStart, windowSize);
            Document link;
            while ((link = ahead.get(position + 1)) != null) {
                List<String> hashes = link.getList("hashes", String.class);
                position += hashes.size();
                hash = hashes.get(hashes.size() - 1);
            }
        } while (position + 1 >= windowStart + windowSize); // the walk left the window: there may be more
        return new Head(position, hash, recorded.checkpointPosition(), recorded.checkpointAt());
    }

    /**
     * The chain's head document: the last sealed position ({@code -1} before any) and its hash, and when and where the
     * last checkpoint was signed ({@code checkpointAt} is the head's creation until then).
     */
    record Head(long position, String hash, long checkpointPosition, Instant checkpointAt) {

        static Head of(Document document) {
            if (document == null) {
                return new Head(-1, null, -1, null);
            }
            Date checkpointAt = document.getDate(document.containsKey("checkpointAt") ? "checkpointAt" : "createdAt");
            return new Head(number(document, "position", -1), document.getString("hash"),
                            number(document, "checkpointPosition", -1), checkpointAt == null ? null : checkpointAt.toInstant());
        }

        private static long number(Document document, String field, long absent) {
            return document.get(field) instanceof Number n ? n.longValue() : absent;
        }
    }
}
