package ru.kogalym.civic.query.projection;

import it.unimi.dsi.fastutil.objects.Object2ObjectOpenHashMap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * A read model's documents, each turned once into what its queries need, as they stood at one version of one
 * physical collection. Immutable, so every request may share it; what a query derives from all of it (an order, an
 * index) is kept with it by {@link #derived}, and computed again only when the collection has changed.
 *
 * @param <T> what each document is turned into
 */
public final class Mirror<T> {

    /**
     * Derivations kept per version, the least recently used dropped first: a few orders, dates and filters at once.
     * Each may be as large as the collection (a region's registry sorted on one day), so memory, not speed, bounds it.
     */
    private static final int MOST_DERIVED = 8;

    /** The collection and version a mirror of MongoDB stands for; what a key derived from another mirror holds. */
    private record Stamp(String source, long version) {
    }

    private final String source;
    private final long version;
    /**
     * Open addressing, two arrays: at a million documents a {@link java.util.HashMap}'s node per entry cost more
     * than most of the views it held, and each change copied them all.
     */
    private final Object2ObjectOpenHashMap<Object, T> byId;
    private final Map<Object, T> readOnly;
    private final Map<Object, CompletableFuture<Object>> derived = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Object, CompletableFuture<Object>> eldest) {
                    return size() > MOST_DERIVED;
                }
            });

    /**
     * What the version this one was made from derived with an {@link Update} or was still deriving, by key, with the
     * views this version replaced and brought; dropped once every result carried is used, null when nothing is.
     */
    private record Carried<T>(Map<Object, CompletableFuture<Object>> results, List<T> replaced, List<T> brought) {
    }

    private volatile Carried<T> carried;
    /** The keys derived with an {@link Update}: what the next version may carry. */
    private final Set<Object> updatable = ConcurrentHashMap.newKeySet();

    Mirror(String source, long version, Object2ObjectOpenHashMap<Object, T> byId) {
        this.source = source;
        this.version = version;
        this.byId = byId;
        this.readOnly = Collections.unmodifiableMap(byId);
    }

    /**
     * The next version of this mirror: {@code byId} with the views of these keys replaced (or dropped) by this one's.
     * What this version derived with an {@link Update} is carried to it, so it can be brought up to date from what
     * changed instead of computed again from all of it.
     */
    Mirror<T> next(long nextVersion, Object2ObjectOpenHashMap<Object, T> nextById, Collection<?> changedKeys) {
        Mirror<T> next = new Mirror<>(source, nextVersion, nextById);
        Map<Object, CompletableFuture<Object>> results = new ConcurrentHashMap<>();
        for (Object key : updatable) {
            // still being computed, too: under steady writes the next version is made before the last one's order is
            // done, and waiting for it costs less than sorting again
            CompletableFuture<Object> result = derived.get(key);
            if (result != null && !result.isCompletedExceptionally()) {
                results.put(key, result);
            }
        }
        if (results.isEmpty()) {
            // nothing to bring up to date: keep no view this version replaced alive
            return next;
        }
        List<T> replaced = new ArrayList<>();
        List<T> brought = new ArrayList<>();
        for (Object key : changedKeys) {
            T old = byId.get(key);
            T now = nextById.get(key);
            if (old != now) {
                if (old != null) {
                    replaced.add(old);
                }
                if (now != null) {
                    brought.add(now);
                }
            }
        }
        next.carried = new Carried<>(results, List.copyOf(replaced), List.copyOf(brought));
        return next;
    }

    /** A mirror of documents read just now, for read models that are not kept in MongoDB (a fold in memory). */
    public static <T> Mirror<T> of(Map<Object, T> byId) {
        return new Mirror<>(null, -1, new Object2ObjectOpenHashMap<>(byId));
    }

    String source() {
        return source;
    }

    long version() {
        return version;
    }

    boolean isOf(String collection, long atVersion) {
        return collection.equals(source) && version == atVersion;
    }

    int size() {
        return byId.size();
    }

    /** A copy of the views by id, for the next version to change: two arrays copied, not a node per document. */
    Object2ObjectOpenHashMap<Object, T> copyById() {
        return byId.clone();
    }

    /**
     * What this mirror stands for, equal for two mirrors of the same version of the same collection: for the key of
     * something derived from it and another mirror, which would keep the mirror itself alive if it were the key.
     */
    public Object stamp() {
        return source == null ? new Object() : new Stamp(source, version);
    }

    /** Every document's view, in no particular order. */
    public Collection<T> values() {
        return readOnly.values();
    }

    /** The view of the document {@code id}, or null. */
    public T get(Object id) {
        return byId.get(id);
    }

    /**
     * Brings what was derived from the version before up to date: from it, the views that version had and this one
     * replaced or dropped, and the views this one brought in their place (both in no particular order). It must give
     * what the whole computation gives.
     */
    @FunctionalInterface
    public interface Update<T, R> {
        R update(R before, List<T> replaced, List<T> brought);
    }

    /**
     * As {@link #derived(Object, Function)}, computed with {@code update} from what the version before derived under
     * the same key when that version was asked for it (waited for if it is still being computed), with {@code compute}
     * otherwise: for what costs more than a pass over the views (an order).
     */
    @SuppressWarnings("unchecked")
    public <R> R derived(Object key, Function<Mirror<T>, R> compute, Update<T, R> update) {
        updatable.add(key);
        return derived(key, mirror -> {
            Carried<T> carry = carried;
            CompletableFuture<Object> before = carry == null ? null : carry.results().remove(key);
            if (carry != null && carry.results().isEmpty()) {
                carried = null;
            }
            if (before != null) {
                try {
                    return update.update((R) before.join(), carry.replaced(), carry.brought());
                } catch (CompletionException | CancellationException e) {
                    // the version before failed to compute it: compute it whole
                }
            }
            return compute.apply(mirror);
        });
    }

    /**
     * What {@code compute} makes of this version's views, computed once per {@code key} however many requests ask.
     * The key must say everything the computation depends on besides the views (a date, an order), and be
     * immutable; {@code compute} may derive with other keys, never with its own.
     */
    @SuppressWarnings("unchecked")
    public <R> R derived(Object key, Function<Mirror<T>, R> compute) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> known = derived.putIfAbsent(key, mine);
        if (known == null) {
            // computed outside the map's lock, so a derivation may use another one of the same mirror
            try {
                mine.complete(compute.apply(this));
            } catch (RuntimeException | Error e) {
                derived.remove(key, mine);
                mine.completeExceptionally(e);
                throw e;
            }
            known = mine;
        }
        try {
            return (R) known.join();
        } catch (CompletionException e) {
            // the request that computed it failed: fail the same way, not as a wrapped, unexpected error
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
