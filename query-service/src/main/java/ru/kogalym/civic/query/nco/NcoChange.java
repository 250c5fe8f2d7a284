package ru.kogalym.civic.query.nco;

import com.google.common.collect.ImmutableMap;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One dated fact in an NCO's history: what happened ({@code type}), on which date ({@code on}; null for facts
 * that hold regardless of date, such as its identifiers), who recorded it, when and why, and its values.
 */
record NcoChange(String eventId, Type type, LocalDate on, String recordedAt, String issuedBy, String reason,
                        Map<String, String> details) {

    public enum Type {
        REGISTERED,
        /** The registration was recorded wrongly: its corrected date ({@code on}), names, legal form and community. */
        REGISTRATION_CORRECTED,
        STATE_REGISTERED,
        EXCLUDED_FROM_STATE_REGISTRY,
        RENAMED,
        LEADER_CHANGED,
        ADDRESS_CHANGED,
        IDENTIFIERS_RECORDED,
        RECOGNIZED_AS_SONCO,
        SONCO_STATUS_WITHDRAWN,
        LIQUIDATED,
        /** The NCO was registered by mistake: it is no longer in the registry. */
        WITHDRAWN
    }

    public NcoChange {
        // in the order given, without the values not given; immutable and a third smaller than a LinkedHashMap
        // (a region's registry keeps a hundred thousand registrations of nine details each)
        details = details == null ? Map.of() : details.entrySet().stream().filter(d -> d.getValue() != null)
                .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public String detail(String key) {
        return details.get(key);
    }

    /** Whether the fact had happened by {@code date}. */
    boolean happenedBy(LocalDate date) {
        return on == null || !on.isAfter(date);
    }

    static Map<String, String> details(String... keysAndValues) {
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                details.put(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return details;
    }
}
