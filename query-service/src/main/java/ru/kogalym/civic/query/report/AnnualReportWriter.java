package ru.kogalym.civic.query.report;

import ru.kogalym.civic.query.report.ReportDocument.Block;
import ru.kogalym.civic.query.report.ReportDocument.Heading;
import ru.kogalym.civic.query.report.ReportDocument.Items;
import ru.kogalym.civic.query.report.ReportDocument.Paragraph;
import ru.kogalym.civic.query.summary.AnnualSummary;
import ru.kogalym.civic.query.summary.AnnualSummary.GrantLevelFigures;
import ru.kogalym.civic.query.summary.AnnualSummary.NcoName;
import ru.kogalym.civic.query.summary.AnnualSummary.Priority;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes the annual summary as the seed report reads, in Russian or English. */
final class AnnualReportWriter {

    private AnnualReportWriter() {
    }

    public static ReportDocument write(AnnualSummary summary, ReportLanguage language) {
        ReportTexts t = new ReportTexts(language);
        String year = String.valueOf(summary.year());
        String next = String.valueOf(summary.year() + 1);
        List<Block> blocks = new ArrayList<>();
        String title = t.format("title", "year", year);

        blocks.add(new Paragraph(t.format("city")));
        blocks.add(new Heading(1, title));

        AnnualSummary.Ncos ncos = summary.ncos();
        blocks.add(new Paragraph(t.format("ncos.registered", "year", year, "n", ncos.stateRegistered())));
        if (!ncos.stateRegisteredNcos().isEmpty()) {
            blocks.add(new Items(names(ncos.stateRegisteredNcos(), t)));
        }
        blocks.add(new Paragraph(t.format("ncos.notRegistered", "year", year, "n", ncos.notStateRegistered())));
        if (!ncos.notStateRegisteredNcos().isEmpty()) {
            blocks.add(new Items(names(ncos.notStateRegisteredNcos(), t)));
        }

        int working = summary.meetings().byKind().getOrDefault("WORKING_MEETING", 0);
        blocks.add(new Paragraph(t.format("meetings.working", "year", year, "n", working)));
        blocks.add(new Paragraph(t.format("commission.sessions", "year", year,
                "n", summary.commissionSessionsWithNcos())));
        if (summary.meetings().total() > working) {
            blocks.add(new Paragraph(t.format("meetings.all", "year", year, "n", summary.meetings().total(),
                    "kinds", breakdown(summary.meetings().byKind(), "meeting", t))));
        }

        // a figure resting on values the records only illustrate is left out, and named at the end of the figures
        boolean leafletsKnown = !summary.isIllustrative(AnnualSummary.LEAFLETS);
        AnnualSummary.Raids raids = summary.raids();
        blocks.add(new Paragraph(raids.count() == 0 ? t.format("raids.none", "year", year)
                : t.format("raids", "n", raids.count(), "l", leafletsKnown ? raids.leafletsDistributed() : 0,
                        "r", summary.isIllustrative(AnnualSummary.RESIDENTS) ? 0 : raids.residentsReached())));

        AnnualSummary.EventParticipations events = summary.eventParticipations();
        blocks.add(new Paragraph(events.total() == 0 ? t.format("events.none", "year", year)
                : t.format("events", "n", events.total(), "kinds", breakdown(events.byKind(), "event", t))));

        AnnualSummary.Support support = summary.support();
        if (support.total() == 0) {
            blocks.add(new Paragraph(t.format("support.none", "year", year)));
        } else {
            String text = t.format("support", "n", support.total(),
                    "kinds", breakdown(support.byKind(), "supportKind", t));
            if (support.financialAmount().signum() > 0) {
                text += " " + t.format("support.financial", "amount", t.money(support.financialAmount()));
            }
            blocks.add(new Paragraph(text));
        }

        AnnualSummary.Grants grants = summary.grants();
        String grantText = t.format("grants", "a", grants.applied(), "w", grants.awarded(), "r", grants.rejected(),
                "amount", t.money(grants.awardedAmount()));
        if (grants.applied() + grants.awarded() + grants.rejected() > 0) {
            List<String> levels = new ArrayList<>();
            for (Map.Entry<String, GrantLevelFigures> level : grants.byLevel().entrySet()) {
                GrantLevelFigures figures = level.getValue();
                if (figures.applied() + figures.awarded() > 0) {
                    levels.add(t.label("level", level.getKey()) + " — " + t.count(figures.applied()) + " / "
                            + t.count(figures.awarded()));
                }
            }
            if (!levels.isEmpty()) {
                grantText += " " + t.format("grants.levels", "levels", String.join(", ", levels));
            }
        }
        blocks.add(new Paragraph(grantText));

        blocks.add(new Heading(2, t.format("figures.title", "year", year)));
        List<String> figures = new ArrayList<>();
        figures.add(t.format("figures.organizations", "n", ncos.total(), "s", t.count(ncos.stateRegistered())));
        if (!summary.isIllustrative(AnnualSummary.NEW_NCOS)) {
            figures.add(t.format("figures.newNcos", "n", ncos.registeredDuringYear()));
        }
        figures.add(t.format("figures.sonco", "n", ncos.sonco()));
        figures.add(t.format("figures.meetings", "n", working));
        figures.add(t.format("figures.sessions", "n", summary.commissionSessionsWithNcos()));
        String raidFigures = t.format("figures.raids", "n", raids.count());
        figures.add(leafletsKnown ? raidFigures + ", " + t.format("figures.raids.leaflets",
                "l", raids.leafletsDistributed()) : raidFigures);
        figures.add(t.format("figures.events", "n", events.total()));
        figures.add(t.format("figures.grants", "n", grants.awarded(), "amount", t.money(grants.awardedAmount())));
        blocks.add(new Items(figures));
        if (!summary.illustrative().isEmpty()) {
            blocks.add(new Paragraph(t.format("illustrative", "figures", String.join(", ",
                    summary.illustrative().stream().map(figure -> t.format("illustrative." + figure)).toList()))));
        }

        blocks.add(new Heading(2, t.format("tasks.title", "next", next)));
        if (summary.nextYearPriorities().isEmpty()) {
            blocks.add(new Paragraph(t.format("tasks.none", "next", next)));
        } else {
            List<String> tasks = new ArrayList<>();
            for (Priority task : summary.nextYearPriorities()) {
                tasks.add(task.description() == null || task.description().isBlank()
                        ? task.title() : task.title() + ": " + task.description());
            }
            blocks.add(new Items(tasks));
        }
        return new ReportDocument(language.code(), title, blocks);
    }

    private static List<String> names(List<NcoName> ncos, ReportTexts t) {
        List<String> names = new ArrayList<>();
        for (NcoName nco : ncos) {
            names.add(nco.nameTranslation() == null || nco.nameTranslation().isBlank() ? nco.fullName()
                    : t.format("ncos.translation", "name", nco.fullName(), "translation", nco.nameTranslation()));
        }
        return names;
    }

    /** "label — n" for each kind with a non-zero count. */
    private static String breakdown(Map<String, Integer> counts, String group, ReportTexts t) {
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, count) -> {
            if (count > 0) {
                parts.add(t.label(group, kind) + " — " + t.count(count));
            }
        });
        return String.join(", ", parts);
    }
}
