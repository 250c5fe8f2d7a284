package ru.kogalym.civic.query.journal;

import java.time.LocalDate;
import java.util.function.Predicate;

/** Which journal records to show; null fields do not filter. Dates are inclusive. */
public record ActivityFilter(ActivityKind kind, LocalDate from, LocalDate to, String ncoId, boolean includeWithdrawn) {

    public static ActivityFilter all() {
        return new ActivityFilter(null, null, null, null, false);
    }

    boolean matches(ActivityKind kind, LocalDate date, boolean withdrawn, Predicate<String> names) {
        return (includeWithdrawn || !withdrawn)
                && (this.kind == null || kind == this.kind)
                && (from == null || (date != null && !date.isBefore(from)))
                && (to == null || (date != null && !date.isAfter(to)))
                && (ncoId == null || names.test(ncoId));
    }
}
