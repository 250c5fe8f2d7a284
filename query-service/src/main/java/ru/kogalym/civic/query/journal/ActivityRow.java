package ru.kogalym.civic.query.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A journal record as the dashboard shows it: its NCOs by name, its details labelled, amounts in roubles and the
 * values of an enumeration marked so a page can translate them.
 */
public record ActivityRow(String id, ActivityKind kind, LocalDate date, String title, List<String> ncoNames,
                          List<Detail> details, boolean withdrawn, String withdrawnReason, int corrections,
                          String lastCorrectionReason, String recordedAt, String issuedBy) {

    /**
     * One detail: {@code key} as the read model names it; {@code value} text, a whole number, a date, an amount in
     * roubles or a list of texts.
     */
    public record Detail(String key, Object value, boolean enumerated, boolean amount) {

        public String joined() {
            return value instanceof List<?> values ? String.join(", ", values.stream().map(String::valueOf).toList())
                    : String.valueOf(value);
        }
    }

    public static ActivityRow of(ActivityEntry e, BiFunction<String, LocalDate, String> names) {
        List<Detail> details = new ArrayList<>();
        e.details().forEach((key, stored) -> {
            Optional<JournalDetail> detail = JournalDetail.named(key);
            if (detail.isEmpty()) {
                details.add(new Detail(key, stored, false, false));
            } else if (detail.get().isOnPages()) {
                JournalDetail known = detail.get();
                details.add(new Detail(key, known.shown(stored), known.isCode(), known.isAmount()));
            }
        });
        return new ActivityRow(e.id(), e.kind(), e.date(), e.title(), ActivityView.ncoNames(e, names), details,
                               e.withdrawn(), e.withdrawnReason(), e.corrections(), e.lastCorrectionReason(),
                               e.recordedAt(), e.issuedBy());
    }
}
