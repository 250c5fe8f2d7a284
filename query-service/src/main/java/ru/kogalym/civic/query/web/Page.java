package ru.kogalym.civic.query.web;

import java.util.List;
import java.util.function.Function;

/** One page of a sorted result: the items, which page, its size and how many items there are in all. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    /** The requested page of an already filtered and sorted list. */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        long from = (long) request.page() * request.size();
        List<T> items = from >= all.size()
                ? List.of()
                : all.subList((int) from, (int) Math.min(all.size(), from + request.size()));
        return new Page<>(items, request.page(), request.size(), all.size());
    }

    /** The same page with each item turned into what is shown of it. */
    public <R> Page<R> map(Function<? super T, ? extends R> shown) {
        return new Page<>(items.stream().<R>map(shown).toList(), page, size, total);
    }
}
