package ru.kogalym.civic.query.journal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.query.projection.KnownAt;
import ru.kogalym.civic.query.web.CsvExport;
import ru.kogalym.civic.query.web.CsvExport.CsvByAccept;
import ru.kogalym.civic.query.web.CsvExport.CsvFile;
import ru.kogalym.civic.query.web.CsvExport.Labelled;
import ru.kogalym.civic.query.web.CsvExport.Wording;
import ru.kogalym.civic.query.web.Page;
import ru.kogalym.civic.query.web.PageParameters;
import ru.kogalym.civic.query.web.PageRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** The activity journal: meetings, raids, city-event participations, support and grants, newest first. */
@RestController
@Tag(name = "activities", description = "Журнал мероприятий")
class ActivityJournalController {

    /** The CSV's columns: by default its header, for programs; with labels=russian named as the XLSX names them. */
    private static final List<String> CSV_FIELDS = List.of(
            "id", "kind", "date", "title", "ncoIds", "ncoNames", "details", "withdrawn", "withdrawnReason", "corrections",
            "lastCorrectionReason", "recordedAt", "issuedBy");

    private final ActivityJournal journal;
    private final NcoNames ncoNames;

    private final KnownAt known;

    ActivityJournalController(ActivityJournal journal, NcoNames ncoNames, KnownAt known) {
        this.journal = journal;
        this.ncoNames = ncoNames;
        this.known = known;
    }

    @GetMapping("/api/activities")
    @Operation(operationId = "listActivities", summary = "Журнал мероприятий, новые сверху",
            description = "С `Accept: text/csv` (предпочтённым JSON) — весь отобранный журнал файлом CSV, как `/api/activities.csv`.")
    @CsvByAccept
    @Labelled
    ResponseEntity<Page<ActivityView>> list(@ParameterObject ActivityQuery query, @ParameterObject PageParameters paging,
                                            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT,
                                                    required = false) String accept) {
        PageRequest request = paging.request();
        if (CsvExport.wantsCsv(accept)) {
            return CsvExport.inPlaceOfJson(csv(query));
        }
        ActivityFilter filter = query.filter();
        Instant knownAt = KnownAt.parse(query.knownAt());
        Page<ActivityEntry> page = journal(knownAt).page(filter, request);
        // only the NCOs this page names, not the whole registry
        BiFunction<String, LocalDate, String> names = names(knownAt, page.items().stream()
                .flatMap(e -> e.ncoIds().stream()).collect(Collectors.toSet()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(page.map(e -> ActivityView.of(e, names)));
    }

    @GetMapping("/api/activities.csv")
    @Operation(operationId = "exportActivitiesCsv", summary = "Журнал мероприятий файлом CSV (UTF-8 с BOM)")
    @CsvFile
    @Labelled
    ResponseEntity<byte[]> csv(@ParameterObject ActivityQuery query) {
        Wording w = Wording.ofCurrentRequest();
        List<List<Object>> rows = new ArrayList<>();
        Instant knownAt = KnownAt.parse(query.knownAt());
        BiFunction<String, LocalDate, String> names = names(knownAt);
        for (ActivityEntry e : journal(knownAt).find(query.filter())) {
            String details = e.details().entrySet().stream()
                              .map(d -> JournalDetail.named(d.getKey())
                                      .map(detail -> w.detail(d.getKey(), detail.shown(d.getValue()), detail.codeType()))
                                      .orElseGet(() -> w.detail(d.getKey(), d.getValue(), null)))
                              .collect(Collectors.joining("; "));
            rows.add(Arrays.asList(e.id(), w.code(e.kind()), e.date(), e.title(), String.join(";", e.ncoIds()),
                                   String.join("; ", ActivityView.ncoNames(e, names)), details,
                                   w.yesNo(e.withdrawn()), e.withdrawnReason(), e.corrections(),
                                   e.lastCorrectionReason(), e.recordedAt(), e.issuedBy()));
        }
        return CsvExport.response("activities.csv", w.header("activities", CSV_FIELDS), rows);
    }

    private ActivityJournal journal(Instant knownAt) {
        return known.view(knownAt, journal, ActivityJournal::new);
    }

    /** The NCOs' names as the registry knew them then; the registry lives in another feature, so by its interface. */
    private BiFunction<String, LocalDate, String> names(Instant knownAt) {
        return knownAt == null ? ncoNames.snapshot() : ncoNames.over(known.at(knownAt)).snapshot();
    }

    private BiFunction<String, LocalDate, String> names(Instant knownAt, Set<String> ncoIds) {
        return (knownAt == null ? ncoNames : ncoNames.over(known.at(knownAt))).snapshot(ncoIds);
    }
}
