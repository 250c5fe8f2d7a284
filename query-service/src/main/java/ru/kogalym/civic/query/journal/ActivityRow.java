package ru.kogalym.civic.query.journal;

import ru.kogalym.civic.query.web.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A journal record as the dashboard shows it: its NCOs by name, its details labelled, amounts in roubles and the
 * values of an enumeration marked so a page can translate them.
 */
public record ActivityRow(String id, ActivityKind kind, LocalDate date, String title, List<String> ncoNames,
                          List<Detail> details, boolean withdrawn, String withdrawnReason, int corrections,
                          String lastCorrectionReason, String recordedAt, String issuedBy) {

    /** The details whose values name a constant of an enumeration, shown as the constant's label. */
    private static final Set<String> ENUMERATED = Set.of("meetingKind", "eventKind", "supportKind", "level", "status");
    private static final Set<String> AMOUNTS = Set.of("amount", "amountRequested", "amountAwarded");

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
        for (Map.Entry<String, Object> d : e.details().entrySet()) {
            if (d.getKey().equals("bodyId")) {
                continue; // an id says nothing to a reader
            }
            boolean amount = AMOUNTS.contains(d.getKey());
            Object value = amount ? Money.roubles(Money.storedKopecks(d.getValue())) : d.getValue();
            details.add(new Detail(d.getKey(), value, ENUMERATED.contains(d.getKey()), amount));
        }
        return new ActivityRow(e.id(), e.kind(), e.date(), e.title(), ActivityView.ncoNames(e, names), details,
                               e.withdrawn(), e.withdrawnReason(), e.corrections(), e.lastCorrectionReason(),
                               e.recordedAt(), e.issuedBy());
    }
}
