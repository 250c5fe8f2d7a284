package ru.kogalym.civic.query.projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * A sorted listing brought up to date with what changed, instead of sorted again: each change is placed by a binary
 * search and the runs between are copied whole, so a million records cost a copy of their references and a few
 * comparisons per change. The order must be total: no two records compare equal.
 */
public final class Ordered {

    private Ordered() {
    }

    /**
     * {@code sorted} without {@code gone} and with {@code added}, in {@code order}. Each of {@code gone} must be in
     * {@code sorted} (its place is found by the order, so an equal view of the same record serves as well); neither
     * needs to be sorted.
     */
    public static <T> List<T> changed(List<T> sorted, Collection<T> gone, Collection<T> added,
                                      Comparator<? super T> order) {
        if (gone.isEmpty() && added.isEmpty()) {
            return sorted;
        }
        int[] out = gone.stream().mapToInt(t -> Collections.binarySearch(sorted, t, order))
                        .filter(at -> at >= 0).sorted().distinct().toArray();
        List<T> kept = new ArrayList<>(sorted.size() - out.length + added.size());
        int from = 0;
        for (int at : out) {
            kept.addAll(sorted.subList(from, at));
            from = at + 1;
        }
        kept.addAll(sorted.subList(from, sorted.size()));
        return merged(kept, added.stream().sorted(order).toList(), order);
    }

    /** {@code kept} and {@code added}, both in {@code order}, as one list in that order. */
    public static <T> List<T> merged(List<T> kept, List<T> added, Comparator<? super T> order) {
        if (added.isEmpty()) {
            return Collections.unmodifiableList(kept);
        }
        List<T> merged = new ArrayList<>(kept.size() + added.size());
        int from = 0;
        for (T next : added) {
            int at = Collections.binarySearch(kept.subList(from, kept.size()), next, order);
            int to = from + (at < 0 ? -at - 1 : at);
            merged.addAll(kept.subList(from, to));
            merged.add(next);
            from = to;
        }
        merged.addAll(kept.subList(from, kept.size()));
        return Collections.unmodifiableList(merged);
    }
}
