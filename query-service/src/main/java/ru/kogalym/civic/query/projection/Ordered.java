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
     * {@code sorted} without {@code gone} and with {@code added}, in {@code order}. A view of {@code gone} is found
     * by the order, so an equal view of the same record serves as well, and one not in {@code sorted} is passed over;
     * neither needs to be sorted.
     */
    public static <T> List<T> changed(List<T> sorted, Collection<T> gone, Collection<T> added,
                                      Comparator<? super T> order) {
        if (gone.isEmpty() && added.isEmpty()) {
            return sorted;
        }
        int[] out = gone.stream().mapToInt(t -> Collections.binarySearch(sorted, t, order))
                        .filter(at -> at >= 0).sorted().distinct().toArray();
        return rebuilt(sorted, out, added.stream().sorted(order).toList(), order);
    }

    /** {@code kept} and {@code added}, both in {@code order}, as one list in that order. */
    public static <T> List<T> merged(List<T> kept, List<T> added, Comparator<? super T> order) {
        return rebuilt(kept, new int[0], added, order);
    }

    /**
     * {@code sorted} without the positions {@code out} (ascending) and with {@code added} (in order), in one copy:
     * each added view goes where a binary search of {@code sorted} places it, before a view it replaces.
     */
    private static <T> List<T> rebuilt(List<T> sorted, int[] out, List<T> added, Comparator<? super T> order) {
        if (out.length == 0 && added.isEmpty()) {
            return Collections.unmodifiableList(sorted);
        }
        List<T> rebuilt = new ArrayList<>(sorted.size() - out.length + added.size());
        int from = 0;
        int skipped = 0;
        for (T next : added) {
            int at = Collections.binarySearch(sorted.subList(from, sorted.size()), next, order);
            int to = from + (at < 0 ? -at - 1 : at);
            skipped = copy(sorted, from, to, out, skipped, rebuilt);
            rebuilt.add(next);
            from = to;
        }
        copy(sorted, from, sorted.size(), out, skipped, rebuilt);
        return Collections.unmodifiableList(rebuilt);
    }

    /** Copies {@code sorted[from, to)} but the positions {@code out[skipped..]} below {@code to}; answers how many are. */
    private static <T> int copy(List<T> sorted, int from, int to, int[] out, int skipped, List<T> into) {
        int next = skipped;
        while (next < out.length && out[next] < to) {
            into.addAll(sorted.subList(from, out[next]));
            from = out[next] + 1;
            next++;
        }
        into.addAll(sorted.subList(from, to));
        return next;
    }
}
