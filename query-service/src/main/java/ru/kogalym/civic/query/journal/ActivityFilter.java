package ru.kogalym.civic.query.journal;

import java.time.LocalDate;

/** Which journal records to show; null fields do not filter. Dates are inclusive. */
public record ActivityFilter(ActivityKind kind, LocalDate from, LocalDate to, String ncoId, boolean includeWithdrawn) {

    public static ActivityFilter all() {
        return new ActivityFilter(null, null, null, null, false);
    }

    boolean matches(ActivityEntry entry) {
        return (includeWithdrawn || !entry.withdrawn())
                && (kind == null || entry.kind() == kind)
                && (from == null || (entry.date() != null && !entry.date().isBefore(from)))
                && (to == null || (entry.date() != null && !entry.date().isAfter(to)))
                && (ncoId == null || entry.ncoIds().contains(ncoId));
    }
}
