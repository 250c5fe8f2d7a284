package ru.kogalym.civic.query.journal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.query.web.BadParameterException;
import ru.kogalym.civic.query.web.CsvExport;
import ru.kogalym.civic.query.web.Page;
import ru.kogalym.civic.query.web.PageRequest;
import ru.kogalym.civic.query.web.Params;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** The activity journal: meetings, raids, city-event participations, support and grants, newest first. */
@RestController
class ActivityJournalController {

    private static final List<String> CSV_HEADER = List.of(
            "id", "kind", "date", "title", "ncoIds", "ncoNames", "details", "withdrawn", "withdrawnReason", "corrections",
            "lastCorrectionReason", "recordedAt", "issuedBy");

    private final ActivityJournal journal;
    private final NcoNames ncoNames;

    ActivityJournalController(ActivityJournal journal, NcoNames ncoNames) {
        this.journal = journal;
        this.ncoNames = ncoNames;
    }

    @GetMapping("/api/activities")
    ResponseEntity<?> list(@RequestParam(required = false) String kind,
                                   @RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to,
                                   @RequestParam(required = false) String ncoId,
                                   @RequestParam(required = false) String includeWithdrawn,
                                   @RequestParam(required = false) String page,
                                   @RequestParam(required = false) String size,
                                   @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        PageRequest request = PageRequest.parse(page, size);
        if (CsvExport.wantsCsv(accept)) {
            return csv(kind, from, to, ncoId, includeWithdrawn);
        }
        ActivityFilter filter = filter(kind, from, to, ncoId, includeWithdrawn);
        BiFunction<String, LocalDate, String> names = ncoNames.snapshot();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                             .body(Page.of(journal.find(filter).stream().map(e -> view(e, names)).toList(), request));
    }

    @GetMapping("/api/activities.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String kind,
                               @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to,
                               @RequestParam(required = false) String ncoId,
                               @RequestParam(required = false) String includeWithdrawn) {
        List<List<Object>> rows = new ArrayList<>();
        BiFunction<String, LocalDate, String> names = ncoNames.snapshot();
        for (ActivityEntry e : journal.find(filter(kind, from, to, ncoId, includeWithdrawn))) {
            String details = e.details().entrySet().stream()
                              .map(d -> d.getKey() + "=" + (d.getValue() instanceof List<?> l
                                      ? l.stream().map(String::valueOf).collect(Collectors.joining(", "))
                                      : d.getValue()))
                              .collect(Collectors.joining("; "));
            rows.add(Arrays.asList(e.id(), e.kind(), e.date(), e.title(), String.join(";", e.ncoIds()),
                                   String.join("; ", names(e, names)), details,
                                   e.withdrawn(), e.withdrawnReason(), e.corrections(), e.lastCorrectionReason(),
                                   e.recordedAt(), e.issuedBy()));
        }
        return CsvExport.response("activities.csv", CSV_HEADER, rows);
    }

    static ActivityFilter filter(String kind, String from, String to, String ncoId, String includeWithdrawn) {
        ActivityFilter filter = new ActivityFilter(Params.enumValue("kind", kind, ActivityKind.class),
                                                   Params.date("from", from), Params.date("to", to),
                                                   Params.text(ncoId),
                                                   Boolean.TRUE.equals(Params.bool("includeWithdrawn", includeWithdrawn)));
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new BadParameterException("to", "to must not be before from");
        }
        return filter;
    }

    private static List<String> names(ActivityEntry e, BiFunction<String, LocalDate, String> names) {
        return e.ncoIds().stream().map(id -> {
            String name = names.apply(id, e.date());
            return name == null ? id : name;
        }).toList();
    }

    static Map<String, Object> view(ActivityEntry e, BiFunction<String, LocalDate, String> names) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", e.id());
        view.put("kind", e.kind());
        view.put("date", e.date());
        view.put("title", e.title());
        view.put("ncoIds", e.ncoIds());
        view.put("ncoNames", names(e, names));
        e.details().forEach((key, value) -> view.put(key, isAmount(key) && value instanceof String s ? new BigDecimal(s) : value));
        view.put("withdrawn", e.withdrawn());
        if (e.withdrawn()) {
            view.put("withdrawnReason", e.withdrawnReason());
        }
        view.put("corrections", e.corrections());
        if (e.lastCorrectionReason() != null) {
            view.put("lastCorrectionReason", e.lastCorrectionReason());
        }
        view.put("recordedAt", e.recordedAt());
        view.put("issuedBy", e.issuedBy());
        return view;
    }

    private static boolean isAmount(String key) {
        return key.startsWith("amount");
    }
}
