package ru.kogalym.civic.query.nco;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.lang.Nullable;
import ru.kogalym.civic.query.journal.ActivityCounts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One NCO as the API answers for it: its state on a date, its whole history and how much it took part in. */
record NcoRecord(NcoState nco, List<HistoryEntry> history, ActivityCounts activityCounts) {

    /** One dated fact of the NCO's history, as an analyst reads it (the event id stays inside). */
    @Schema(name = "NcoHistoryEntry")
    record HistoryEntry(NcoChange.Type type, @Nullable LocalDate date, @Nullable String recordedAt,
                        @Nullable String issuedBy, @Nullable String reason, Map<String, String> details) {

        static HistoryEntry of(NcoChange change) {
            return new HistoryEntry(change.type(), change.on(), change.recordedAt(), change.issuedBy(), change.reason(),
                                    change.details());
        }
    }
}
