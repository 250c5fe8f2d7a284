package ru.kogalym.civic.query.nco;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.contract.nco.LegalForm;
import ru.kogalym.civic.query.journal.ActivityJournal;
import ru.kogalym.civic.query.web.BadParameterException;
import ru.kogalym.civic.query.web.CsvExport;
import ru.kogalym.civic.query.web.NotFoundException;
import ru.kogalym.civic.query.web.Page;
import ru.kogalym.civic.query.web.PageRequest;
import ru.kogalym.civic.query.web.Params;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The NCO registry, now or as it stood on a date, each NCO's record, and the registry as CSV. */
@RestController
class NcoRegistryController {

    private static final List<String> CSV_HEADER = List.of(
            "id", "fullName", "shortName", "nameTranslation", "legalForm", "community", "ogrn", "inn", "address",
            "leader", "registeredOn", "stateRegistered", "stateRegisteredOn", "stateRegistrationNumber", "sonco",
            "soncoSince", "liquidated", "liquidatedOn");

    private final NcoRegistry registry;
    private final ActivityJournal journal;

    NcoRegistryController(NcoRegistry registry, ActivityJournal journal) {
        this.registry = registry;
        this.journal = journal;
    }

    @GetMapping("/api/ncos")
    ResponseEntity<?> list(@RequestParam(required = false) String stateRegistered,
                        @RequestParam(required = false) String community,
                        @RequestParam(required = false) String legalForm,
                        @RequestParam(required = false) String sonco,
                        @RequestParam(required = false) String q,
                        @RequestParam(required = false) String asOf,
                        @RequestParam(required = false) String includeLiquidated,
                        @RequestParam(required = false) String sort,
                        @RequestParam(required = false) String page,
                        @RequestParam(required = false) String size,
                        @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        PageRequest request = PageRequest.parse(page, size);
        if (CsvExport.wantsCsv(accept)) {
            return csv(stateRegistered, community, legalForm, sonco, q, asOf, includeLiquidated, sort);
        }
        NcoFilter filter = filter(stateRegistered, community, legalForm, sonco, q, asOf, includeLiquidated);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                             .body(Page.of(registry.find(filter, sort(sort)), request));
    }

    @GetMapping("/api/ncos.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String stateRegistered,
                               @RequestParam(required = false) String community,
                               @RequestParam(required = false) String legalForm,
                               @RequestParam(required = false) String sonco,
                               @RequestParam(required = false) String q,
                               @RequestParam(required = false) String asOf,
                               @RequestParam(required = false) String includeLiquidated,
                               @RequestParam(required = false) String sort) {
        NcoFilter filter = filter(stateRegistered, community, legalForm, sonco, q, asOf, includeLiquidated);
        List<List<Object>> rows = registry.find(filter, sort(sort)).stream()
                .map(n -> Arrays.<Object>asList(n.id(), n.fullName(), n.shortName(), n.nameTranslation(), n.legalForm(),
                                                n.community(), n.ogrn(), n.inn(), n.address(), n.leader(),
                                                n.registeredOn(), n.stateRegistered(), n.stateRegisteredOn(),
                                                n.stateRegistrationNumber(), n.sonco(), n.soncoSince(), n.liquidated(),
                                                n.liquidatedOn()))
                .toList();
        return CsvExport.response("ncos.csv", CSV_HEADER, rows);
    }

    @GetMapping("/api/ncos/{id}")
    Map<String, Object> one(@PathVariable String id, @RequestParam(required = false) String asOf) {
        LocalDate date = Params.date("asOf", asOf);
        NcoEntry entry = registry.entry(id).orElseThrow(() -> new NotFoundException("id", "No NCO with id " + id));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("nco", entry.stateAsOf(date == null ? LocalDate.MAX : date));
        view.put("history", entry.chronology().stream().map(c -> {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("type", c.type());
            change.put("date", c.on());
            change.put("recordedAt", c.recordedAt());
            change.put("issuedBy", c.issuedBy());
            change.put("reason", c.reason());
            change.put("details", c.details());
            return change;
        }).toList());
        view.put("activityCounts", journal.countsFor(id));
        return view;
    }

    static NcoFilter filter(String stateRegistered, String community, String legalForm, String sonco, String q,
                            String asOf, String includeLiquidated) {
        LegalForm form = Params.enumValue("legalForm", legalForm, LegalForm.class);
        return new NcoFilter(Params.date("asOf", asOf), Params.bool("stateRegistered", stateRegistered),
                             Params.text(community), form == null ? null : form.name(), Params.bool("sonco", sonco),
                             Params.text(q), Boolean.TRUE.equals(Params.bool("includeLiquidated", includeLiquidated)));
    }

    static NcoRegistry.Sort sort(String sort) {
        String value = Params.text(sort);
        if (value == null || value.equals("fullName")) {
            return NcoRegistry.Sort.FULL_NAME;
        }
        if (value.equals("shortName")) {
            return NcoRegistry.Sort.SHORT_NAME;
        }
        throw new BadParameterException("sort", "sort must be fullName or shortName");
    }
}
