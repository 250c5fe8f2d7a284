package ru.kogalym.civic.query.nco;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import ru.kogalym.civic.contract.nco.LegalForm;
import ru.kogalym.civic.query.dashboard.DashboardPage;
import ru.kogalym.civic.query.journal.ActivityFilter;
import ru.kogalym.civic.query.journal.ActivityJournal;
import ru.kogalym.civic.query.journal.ActivityKind;
import ru.kogalym.civic.query.journal.ActivityRow;
import ru.kogalym.civic.query.web.BadParameterException;
import ru.kogalym.civic.query.web.NotFoundException;
import ru.kogalym.civic.query.web.Params;
import ru.kogalym.civic.query.web.RussianCollation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The NCO registry in the dashboard, as it stood on a date, with the API's filters as a form (answered in part to
 * htmx, whole to a browser without scripts), and an NCO's card: its state, history, activities, support and grants.
 */
@DashboardPage
class NcoPages {

    private final NcoRegistry registry;
    private final ActivityJournal journal;

    NcoPages(NcoRegistry registry, ActivityJournal journal) {
        this.registry = registry;
        this.journal = journal;
    }

    @GetMapping("/ncos")
    String registry(NcoQuery query, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("legalForms", LegalForm.values());
        model.addAttribute("communities", registry.find(new NcoFilter(null, null, null, null, null, null, true)).stream()
                .map(NcoState::community).filter(Objects::nonNull).map(String::strip).distinct()
                .sorted(RussianCollation.order()).toList());
        try {
            NcoFilter filter = query.filter();
            model.addAttribute("asOf", filter.asOf());
            model.addAttribute("ncos", registry.find(filter, query.order()));
        } catch (BadParameterException e) {
            model.addAttribute("invalid", e.field());
            model.addAttribute("ncos", List.of());
        }
        return htmx != null ? "ncos :: results" : "ncos";
    }

    @GetMapping("/ncos/{id}")
    String card(@PathVariable String id, @RequestParam(required = false) String asOf, Model model) {
        LocalDate date = Params.date("asOf", asOf);
        NcoEntry entry = registry.entry(id).filter(e -> !e.isWithdrawn())
                                 .orElseThrow(() -> new NotFoundException("id", "No NCO with id " + id));
        BiFunction<String, LocalDate, String> names = registry.snapshot();
        List<ActivityRow> activities = journal.find(new ActivityFilter(null, null, null, id, false)).stream()
                                              .map(e -> ActivityRow.of(e, names)).toList();
        model.addAttribute("asOf", date);
        model.addAttribute("nco", entry.stateAsOf(date == null ? LocalDate.MAX : date));
        model.addAttribute("history", entry.chronology());
        model.addAttribute("counts", journal.countsFor(id));
        model.addAttribute("activities", activities.stream().filter(a -> a.kind() != ActivityKind.SUPPORT
                                                                         && a.kind() != ActivityKind.GRANT).toList());
        model.addAttribute("support", activities.stream().filter(a -> a.kind() == ActivityKind.SUPPORT).toList());
        model.addAttribute("grants", activities.stream().filter(a -> a.kind() == ActivityKind.GRANT).toList());
        return "nco";
    }
}
