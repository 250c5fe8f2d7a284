package ru.kogalym.civic.query.projection;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A read model's documents, each turned once into what its queries need, as they stood at one version of the
 * collection. Immutable, so every request may share it; what a query derives from all of it (an order, an index) is
 * kept with it by {@link #derived}, and computed again only when the collection has changed.
 *
 * @param <T> what each document is turned into
 */
public final class Mirror<T> {

    /**
     * Distinct derivations kept per version: a few orders and dates at once. Each may be as large as the collection
     * (a region's registry sorted on one day), so memory, not speed, bounds it.
     */
    private static final int MOST_DERIVED = 8;

    private final long version;
    private final Map<Object, T> byId;
    private final Map<Object, CompletableFuture<Object>> derived = new ConcurrentHashMap<>();

    Mirror(long version, Map<Object, T> byId) {
        this.version = version;
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** A mirror of documents read just now, for read models that are not kept in MongoDB (a fold in memory). */
    public static <T> Mirror<T> of(Map<Object, T> byId) {
        return new Mirror<>(-1, byId);
    }

    long version() {
        return version;
    }

    Map<Object, T> byIdMap() {
        return byId;
    }

    /** Every document's view, in no particular order. */
    public Collection<T> values() {
        return byId.values();
    }

    /** The view of the document {@code id}, or null. */
    public T get(Object id) {
        return byId.get(id);
    }

    /**
     * What {@code compute} makes of this version's views, computed once per {@code key} however many requests ask.
     * The key must say everything the computation depends on besides the views (a date, an order).
     */
    @SuppressWarnings("unchecked")
    public <R> R derived(Object key, Function<Mirror<T>, R> compute) {
        CompletableFuture<Object> known = derived.get(key);
        if (known == null) {
            if (derived.size() >= MOST_DERIVED) {
                derived.clear();
            }
            CompletableFuture<Object> mine = new CompletableFuture<>();
            known = derived.putIfAbsent(key, mine);
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
        }
        return (R) known.join();
    }
}
