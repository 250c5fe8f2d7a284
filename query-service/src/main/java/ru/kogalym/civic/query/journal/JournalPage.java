package ru.kogalym.civic.query.journal;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import ru.kogalym.civic.query.dashboard.DashboardPage;
import ru.kogalym.civic.query.web.BadParameterException;
import ru.kogalym.civic.query.web.Page;
import ru.kogalym.civic.query.web.PageRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

/** The activity journal in the dashboard: the API's filters as a form, fifty records a page. */
@DashboardPage
class JournalPage {

    private final ActivityJournal journal;
    private final NcoNames ncoNames;

    JournalPage(ActivityJournal journal, NcoNames ncoNames) {
        this.journal = journal;
        this.ncoNames = ncoNames;
    }

    @GetMapping("/journal")
    String journal(ActivityQuery query, @RequestParam(required = false) String page,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("ncos", ncoNames.current());
        try {
            ActivityFilter filter = query.filter();
            PageRequest request = PageRequest.parse(page, null);
            BiFunction<String, LocalDate, String> names = ncoNames.snapshot();
            model.addAttribute("rows", journal.page(filter, request).map(e -> ActivityRow.of(e, names)));
        } catch (BadParameterException e) {
            model.addAttribute("invalid", e.field());
            model.addAttribute("rows", new Page<ActivityRow>(List.of(), 0, PageRequest.DEFAULT_SIZE, 0));
        }
        return htmx != null ? "journal :: results" : "journal";
    }
}
