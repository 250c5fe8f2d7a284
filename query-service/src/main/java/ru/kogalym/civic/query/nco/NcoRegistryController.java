package ru.kogalym.civic.query.nco;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.query.journal.ActivityJournal;
import ru.kogalym.civic.query.projection.KnownAt;
import ru.kogalym.civic.query.web.CsvExport;
import ru.kogalym.civic.query.web.CsvExport.CsvByAccept;
import ru.kogalym.civic.query.web.CsvExport.CsvFile;
import ru.kogalym.civic.query.web.CsvExport.Labelled;
import ru.kogalym.civic.query.web.CsvExport.Wording;
import ru.kogalym.civic.query.web.NotFoundException;
import ru.kogalym.civic.query.web.Page;
import ru.kogalym.civic.query.web.PageParameters;
import ru.kogalym.civic.query.web.PageRequest;
import ru.kogalym.civic.query.web.Params;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The NCO registry, now or as it stood on a date, each NCO's record, and the registry as CSV. */
@RestController
@Tag(name = "ncos", description = "Реестр НКО")
class NcoRegistryController {

    /** The CSV's columns: by default its header, for programs; with labels=russian named as the XLSX names them. */
    private static final List<String> CSV_FIELDS = List.of(
            "id", "fullName", "shortName", "nameTranslation", "legalForm", "community", "ogrn", "inn", "address",
            "leader", "registeredOn", "stateRegistered", "stateRegisteredOn", "stateRegistrationNumber", "sonco",
            "soncoSince", "liquidated", "liquidatedOn");

    private final NcoRegistry registry;
    private final ActivityJournal journal;
    private final KnownAt known;

    NcoRegistryController(NcoRegistry registry, ActivityJournal journal, KnownAt known) {
        this.registry = registry;
        this.journal = journal;
        this.known = known;
    }

    @GetMapping("/api/ncos")
    @Operation(operationId = "listNcos", summary = "Реестр НКО, постранично, в русском алфавитном порядке",
            description = "С `Accept: text/csv` (предпочтённым JSON) — весь отобранный реестр файлом CSV, как `/api/ncos.csv`.")
    @CsvByAccept
    @Labelled
    ResponseEntity<Page<NcoState>> list(@ParameterObject NcoQuery query, @ParameterObject PageParameters paging,
                                        @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false)
                                        String accept) {
        PageRequest request = paging.request();
        if (CsvExport.wantsCsv(accept)) {
            return CsvExport.inPlaceOfJson(csv(query));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                             .body(Page.of(registry(KnownAt.parse(query.knownAt())).find(query.filter(), query.order()), request));
    }

    @GetMapping("/api/ncos.csv")
    @Operation(operationId = "exportNcosCsv", summary = "Реестр НКО файлом CSV (UTF-8 с BOM)")
    @CsvFile
    @Labelled
    ResponseEntity<byte[]> csv(@ParameterObject NcoQuery query) {
        Wording w = Wording.ofCurrentRequest();
        List<List<Object>> rows = registry(KnownAt.parse(query.knownAt())).find(query.filter(), query.order()).stream()
                .map(n -> Arrays.<Object>asList(n.id(), n.fullName(), n.shortName(), n.nameTranslation(),
                                                w.code("LegalForm", n.legalForm()), n.community(), n.ogrn(), n.inn(),
                                                n.address(), n.leader(), n.registeredOn(), w.yesNo(n.stateRegistered()),
                                                n.stateRegisteredOn(), n.stateRegistrationNumber(), w.yesNo(n.sonco()),
                                                n.soncoSince(), w.yesNo(n.liquidated()), n.liquidatedOn()))
                .toList();
        return CsvExport.response("ncos.csv", w.header("ncos", CSV_FIELDS), rows);
    }

    @GetMapping("/api/ncos/{id}")
    @NotFoundException.Possible
    @Operation(operationId = "getNco", summary = "Карточка НКО: состояние на дату, история и число мероприятий")
    NcoRecord one(@Parameter(description = "идентификатор НКО", example = "n-edinstvo") @PathVariable String id,
                  @Parameter(description = "состояние на эту дату (по умолчанию — всё записанное)",
                          schema = @Schema(type = "string", format = "date", example = "2020-12-31"))
                  @RequestParam(required = false) String asOf,
                  @KnownAt.Parameter @RequestParam(required = false) String knownAt) {
        LocalDate date = Params.date("asOf", asOf);
        Instant instant = KnownAt.parse(knownAt);
        NcoEntry entry = registry(instant).entry(id).orElseThrow(() -> new NotFoundException("id", "No NCO with id " + id));
        if (entry.isWithdrawn()) {
            throw new NotFoundException("id", "NCO " + id + " was withdrawn as registered by mistake; what was "
                    + "recorded of it is at /api/audit/records/" + id + "/events");
        }
        return new NcoRecord(entry.stateAsOf(date == null ? LocalDate.MAX : date),
                             entry.chronology().stream().map(NcoRecord.HistoryEntry::of).toList(),
                             known.view(instant, journal, ActivityJournal::new).countsFor(id));
    }

    private NcoRegistry registry(Instant knownAt) {
        return known.view(knownAt, registry, NcoRegistry::new);
    }
}
