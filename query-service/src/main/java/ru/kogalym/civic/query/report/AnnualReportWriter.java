package ru.kogalym.civic.query.report;

import org.springframework.lang.Nullable;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.query.report.ReportDocument.Block;
import ru.kogalym.civic.query.report.ReportDocument.Heading;
import ru.kogalym.civic.query.report.ReportDocument.Items;
import ru.kogalym.civic.query.report.ReportDocument.Letterhead;
import ru.kogalym.civic.query.report.ReportDocument.Paragraph;
import ru.kogalym.civic.query.report.ReportDocument.Signature;
import ru.kogalym.civic.query.report.ReportFacts.BodySessions;
import ru.kogalym.civic.query.report.ReportFacts.Council;
import ru.kogalym.civic.query.report.ReportFacts.Details;
import ru.kogalym.civic.query.summary.AnnualSummary;
import ru.kogalym.civic.query.summary.AnnualSummary.GrantLevelFigures;
import ru.kogalym.civic.query.summary.AnnualSummary.NcoName;
import ru.kogalym.civic.query.summary.AnnualSummary.Priority;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the annual summary and the year's {@link ReportFacts} as the seed report reads, in Russian or English. Every
 * sentence is the bundle's; names, topics, places and tasks staff entered are quoted or listed as entered.
 */
final class AnnualReportWriter {

    /** Blank line for what the official fills in by hand. */
    static final String BLANK = "________________________";

    /**
     * The issue of a report: the date it bears, and the moment whose knowledge it reflects when it is not the latest.
     */
    record Issue(LocalDate date, @Nullable Instant knownAt, ReportSettings settings) {
    }

    private AnnualReportWriter() {
    }

    public static ReportDocument write(AnnualSummary summary, ReportFacts facts, ReportLanguage language,
                                       Issue issue) {
        ReportTexts t = new ReportTexts(language);
        String year = String.valueOf(summary.year());
        String next = String.valueOf(summary.year() + 1);
        List<Block> blocks = new ArrayList<>();
        String title = t.format("title", "year", year);

        blocks.add(letterhead(t, issue));
        if (issue.knownAt() != null) {
            blocks.add(new Paragraph(t.knownAt(issue.knownAt(), issue.settings().zone())));
        }
        blocks.add(new Heading(1, title));

        councils(blocks, facts.councils(), year, t);

        AnnualSummary.Ncos ncos = summary.ncos();
        blocks.add(new Paragraph(t.format(ncos.stateRegistered() == 0 ? "ncos.registered.none" : "ncos.registered",
                "year", year, "n", ncos.stateRegistered())));
        if (!ncos.stateRegisteredNcos().isEmpty()) {
            blocks.add(new Items(names(ncos.stateRegisteredNcos(), t)));
        }
        blocks.add(new Paragraph(t.format(ncos.notStateRegistered() == 0 ? "ncos.notRegistered.none"
                : "ncos.notRegistered", "year", year, "n", ncos.notStateRegistered())));
        if (!ncos.notStateRegisteredNcos().isEmpty()) {
            blocks.add(new Items(names(ncos.notStateRegisteredNcos(), t)));
        }

        int working = summary.meetings().byKind().getOrDefault(MeetingKind.WORKING_MEETING.name(), 0);
        String workingText = t.format(working == 0 ? "meetings.working.none" : "meetings.working", "year", year,
                "n", working);
        if (working > 0) {
            workingText += details(facts.working(), "meetings.topics", "meetings.others", t);
        }
        blocks.add(new Paragraph(workingText));
        if (facts.sessions().isEmpty()) {
            int sessions = summary.commissionSessionsWithNcos();
            blocks.add(new Paragraph(t.format(sessions == 0 ? "sessions.none" : "sessions", "year", year,
                    "n", sessions)));
        } else {
            for (BodySessions sessions : facts.sessions()) {
                blocks.add(new Paragraph(t.format("sessions.body", "name", sessions.name(), "kind",
                        sessions.kind().name(), "year", year, "n", sessions.count(),
                        "members", sessions.byMembers() ? "yes" : "no")));
            }
        }
        if (summary.meetings().total() > working) {
            blocks.add(new Paragraph(t.format("meetings.all", "year", year, "n", summary.meetings().total(),
                    "kinds", breakdown(summary.meetings().byKind(), "meeting", t))));
        }

        // a figure resting on values the records only illustrate is left out, and named at the end of the figures
        boolean leafletsKnown = !summary.isIllustrative(AnnualSummary.LEAFLETS);
        AnnualSummary.Raids raids = summary.raids();
        boolean raidsCounted = !summary.isIllustrative(AnnualSummary.RAIDS);
        blocks.add(new Paragraph(raids.count() == 0 ? t.format("raids.none", "year", year)
                : t.format(raidsCounted ? "raids" : "raids.uncounted", "n", raids.count(),
                        "l", leafletsKnown ? raids.leafletsDistributed() : 0,
                        "r", summary.isIllustrative(AnnualSummary.RESIDENTS) ? 0 : raids.residentsReached())
                        + details(facts.raids(), "raids.purposes", "raids.others", t)));

        AnnualSummary.EventParticipations events = summary.eventParticipations();
        boolean eventsCounted = !summary.isIllustrative(AnnualSummary.EVENTS);
        blocks.add(new Paragraph(events.total() == 0 ? t.format("events.none", "year", year)
                : eventsCounted ? t.format("events", "n", events.total(), "kinds", breakdown(events.byKind(), "event", t))
                : t.format("events.uncounted", "kinds", kinds(events.byKind(), "event", t))));

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
        boolean grantsRecorded = grants.applied() + grants.awarded() + grants.rejected() > 0;
        String grantText = grantsRecorded ? t.format("grants", "a", grants.applied(), "w", grants.awarded(),
                "r", grants.rejected(), "amount", t.money(grants.awardedAmount()))
                : t.format("grants.none", "year", year);
        if (grantsRecorded) {
            List<String> levels = new ArrayList<>();
            for (Map.Entry<String, GrantLevelFigures> level : grants.byLevel().entrySet()) {
                GrantLevelFigures figures = level.getValue();
                if (figures.applied() + figures.awarded() > 0) {
                    levels.add(t.counted(t.label("level", level.getKey()), figures.applied()) + " / "
                            + t.count(figures.awarded()));
                }
            }
            if (!levels.isEmpty()) {
                grantText += " " + t.format("grants.levels", "levels", String.join(", ", levels));
            }
        }
        blocks.add(new Paragraph(grantText));

        if (!summary.priorities().isEmpty()) {
            blocks.add(new Paragraph(t.format("priorities", "year", year, "n", summary.priorities().size())));
            blocks.add(new Items(tasks(summary.priorities(), t)));
        }

        blocks.add(new Heading(2, t.format("figures.title", "year", year)));
        // a zero would read as a fact about the city where it is only what was entered: the line is left out
        List<String> figures = new ArrayList<>();
        if (ncos.total() > 0) {
            figures.add(t.format("figures.organizations", "n", ncos.total(), "s", ncos.stateRegistered()));
        }
        if (!summary.isIllustrative(AnnualSummary.NEW_NCOS) && ncos.registeredDuringYear() > 0) {
            figures.add(t.format("figures.newNcos", "n", ncos.registeredDuringYear()));
        }
        if (ncos.sonco() > 0) {
            figures.add(t.format("figures.sonco", "n", ncos.sonco()));
        }
        if (working > 0) {
            figures.add(t.format("figures.meetings", "n", working));
        }
        if (summary.commissionSessionsWithNcos() > 0) {
            figures.add(t.format("figures.sessions", "n", summary.commissionSessionsWithNcos()));
        }
        if (raidsCounted && raids.count() > 0) {
            String raidFigures = t.format("figures.raids", "n", raids.count());
            figures.add(leafletsKnown && raids.leafletsDistributed() > 0 ? raidFigures + ", " + t.format("figures.raids.leaflets",
                    "l", raids.leafletsDistributed()) : raidFigures);
        }
        if (eventsCounted && events.total() > 0) {
            figures.add(t.format("figures.events", "n", events.total()));
        }
        if (grants.awarded() > 0) {
            figures.add(t.format("figures.grants", "n", grants.awarded(), "amount", t.money(grants.awardedAmount())));
        }
        blocks.add(figures.isEmpty() ? new Paragraph(t.format("figures.none", "year", year)) : new Items(figures));
        if (!summary.illustrative().isEmpty()) {
            blocks.add(new Paragraph(t.format("illustrative", "figures", String.join(", ",
                    summary.illustrative().stream().map(figure -> t.format("illustrative." + figure)).toList()))));
        }

        blocks.add(new Heading(2, t.format("tasks.title", "next", next)));
        if (summary.nextYearPriorities().isEmpty()) {
            blocks.add(new Paragraph(t.format("tasks.none", "next", next)));
        } else {
            blocks.add(new Items(tasks(summary.nextYearPriorities(), t)));
        }

        ReportSettings settings = issue.settings();
        // what a line is for is said only where it is left blank
        blocks.add(new Signature(given(settings.signatoryPosition()),
                blank(settings.signatoryPosition()) ? t.format("signature.position") : "",
                t.format("signature.sign"), given(settings.signatoryName()),
                blank(settings.signatoryName()) ? t.format("signature.name") : ""));
        return new ReportDocument(language.code(), title, blocks, t.format("page", "page", ReportDocument.PAGE,
                "pages", ReportDocument.PAGES));
    }

    private static Letterhead letterhead(ReportTexts t, Issue issue) {
        ReportSettings settings = issue.settings();
        List<String> issuer = new ArrayList<>();
        issuer.add(blank(settings.municipality()) ? t.format("letterhead.municipality") : settings.municipality());
        if (!blank(settings.department())) {
            issuer.add(settings.department());
        }
        return new Letterhead(issuer, List.of(t.format("letterhead.date", "date", t.date(issue.date())),
                t.format("letterhead.number")));
    }

    private static void councils(List<Block> blocks, List<Council> councils, String year, ReportTexts t) {
        if (councils.isEmpty()) {
            blocks.add(new Paragraph(t.format("councils.none", "year", year)));
            return;
        }
        blocks.add(new Paragraph(t.format("councils")));
        blocks.add(new Items(councils.stream().map(Council::name).toList()));
        for (Council council : councils) {
            if (council.cityWide()) {
                blocks.add(new Paragraph(t.format("councils.cityWide", "name", council.name())));
            }
        }
    }

    /** What the activities were about, where and with whom, as far as the records give it as fact. */
    private static String details(Details details, String topicsKey, String othersKey, ReportTexts t) {
        StringBuilder text = new StringBuilder();
        if (!details.topics().isEmpty()) {
            text.append(' ').append(t.format(topicsKey, "n", details.topics().size(),
                    "values", t.quoted(details.topics())));
        }
        if (!details.places().isEmpty()) {
            text.append(' ').append(t.format("details.places", "n", details.places().size(),
                    "values", t.quoted(details.places())));
        }
        if (!details.others().isEmpty()) {
            text.append(' ').append(t.format(othersKey, "values", t.quoted(details.others())));
        }
        return text.toString();
    }

    /**
     * A task as its title, then its description: a sentence each, or, when the description goes on from the title in a
     * small letter, one sentence with a dash between. A done one says so.
     */
    private static List<String> tasks(List<Priority> priorities, ReportTexts t) {
        List<String> tasks = new ArrayList<>();
        for (Priority task : priorities) {
            String description = task.description() == null ? "" : task.description().strip();
            String text = description.isEmpty() ? ReportTexts.sentence(task.title())
                    : Character.isLowerCase(description.charAt(0))
                    ? ReportTexts.sentence(task.title().strip() + ReportTexts.NO_BREAK + "— " + description)
                    : ReportTexts.sentence(task.title()) + " " + ReportTexts.sentence(description);
            tasks.add(task.done() ? t.format("task.done", "task", text) : text);
        }
        return tasks;
    }

    private static List<String> names(List<NcoName> ncos, ReportTexts t) {
        List<String> names = new ArrayList<>();
        for (NcoName nco : ncos) {
            names.add(blank(nco.nameTranslation()) ? nco.fullName()
                    : t.format("ncos.translation", "name", nco.fullName(),
                            "translation", t.quote(nco.nameTranslation())));
        }
        return names;
    }

    /** "label — n" for each kind with a non-zero count. */
    private static String breakdown(Map<String, Integer> counts, String group, ReportTexts t) {
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, count) -> {
            if (count > 0) {
                parts.add(t.counted(t.label(group, kind), count));
            }
        });
        return String.join(", ", parts);
    }

    /** The kinds that occurred, without how often: where the count is not known. */
    private static String kinds(Map<String, Integer> counts, String group, ReportTexts t) {
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, count) -> {
            if (count > 0) {
                parts.add(t.label(group, kind));
            }
        });
        return String.join(", ", parts);
    }

    private static String given(@Nullable String value) {
        return blank(value) ? BLANK : value;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
