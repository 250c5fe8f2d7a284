package ru.kogalym.civic.query.council;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.kogalym.civic.contract.council.BodyKind;
import ru.kogalym.civic.query.dashboard.DashboardPage;
import ru.kogalym.civic.query.web.BadParameterException;
import ru.kogalym.civic.query.web.Params;

import java.util.List;

/** Councils and commissions in the dashboard, with their members as of a date. */
@DashboardPage
class BodiesPage {

    private final BodyViews views;

    BodiesPage(BodyViews views) {
        this.views = views;
    }

    @GetMapping("/bodies")
    String bodies(@RequestParam(required = false) String kind, @RequestParam(required = false) String asOf,
                  Model model) {
        model.addAttribute("kind", Params.text(kind));
        model.addAttribute("asOf", Params.text(asOf));
        model.addAttribute("kinds", BodyKind.values());
        try {
            model.addAttribute("bodies", views.find(Params.enumValue("kind", kind, BodyKind.class),
                                                    Params.date("asOf", asOf), null));
        } catch (BadParameterException e) {
            model.addAttribute("invalid", e.field());
            model.addAttribute("bodies", List.of());
        }
        return "bodies";
    }
}
