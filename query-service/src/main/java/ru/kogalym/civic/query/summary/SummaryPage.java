package ru.kogalym.civic.query.summary;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.kogalym.civic.contract.grant.GrantLevel;
import ru.kogalym.civic.contract.support.SupportKind;
import ru.kogalym.civic.query.dashboard.DashboardPage;
import ru.kogalym.civic.query.journal.ActivityFilter;
import ru.kogalym.civic.query.journal.ActivityJournal;
import ru.kogalym.civic.query.journal.ActivityKind;
import ru.kogalym.civic.query.nco.NcoFilter;
import ru.kogalym.civic.query.nco.NcoRegistry;
import ru.kogalym.civic.query.nco.NcoState;
import ru.kogalym.civic.query.summary.SummaryCharts.Series;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A year's summary in the dashboard, with charts. Every figure comes from a query the API answers too: the annual
 * summary (support by form, grants by level and outcome, the year against the one before), the activity journal
 * (activities by month and kind) and the NCO registry as it stood at the end of each month (in and out of the state
 * registry); none is counted here by rules of its own.
 */
@DashboardPage
class SummaryPage {

    private final AnnualSummaries summaries;
    private final ActivityJournal journal;
    private final NcoRegistry registry;
    private final MessageSource messages;
    private final Clock clock;

    SummaryPage(AnnualSummaries summaries, ActivityJournal journal, NcoRegistry registry, MessageSource messages,
                ObjectProvider<Clock> clock) {
        this.summaries = summaries;
        this.journal = journal;
        this.registry = registry;
        this.messages = messages;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** The year asked for in the form, else the latest year anything happened in. */
    @GetMapping("/summaries")
    String latest(@RequestParam(required = false) String year) {
        if (year != null && !year.isBlank()) {
            return "redirect:/summaries/" + year.strip();
        }
        int latest = LocalDate.now(clock).getYear() + 1;
        return "redirect:/summaries/" + journal.dated(ActivityFilter.all()).stream()
                .map(ActivityJournal.Dated::date).filter(Objects::nonNull).map(LocalDate::getYear)
                .filter(y -> y >= SummaryYears.EARLIEST && y <= latest)
                .max(Integer::compare).orElse(LocalDate.now(clock).getYear());
    }

    @GetMapping("/summaries/{year}")
    String summary(@PathVariable String year, Model model, Locale locale) {
        model.addAttribute("years", IntStream.rangeClosed(SummaryYears.EARLIEST, LocalDate.now(clock).getYear() + 1)
                                             .boxed().sorted((a, b) -> b - a).toList());
        int checked;
        try {
            checked = SummaryYears.parse(year, clock);
        } catch (SummaryYears.InvalidParameterException e) {
            model.addAttribute("invalid", e.field());
            model.addAttribute("yearText", year);
            return "summary";
        }
        AnnualSummary summary = summaries.summaryFor(checked);
        AnnualSummary previous = checked > SummaryYears.EARLIEST ? summaries.summaryFor(checked - 1) : null;
        model.addAttribute("year", checked);
        model.addAttribute("yearText", String.valueOf(checked));
        model.addAttribute("summary", summary);
        model.addAttribute("previous", previous);
        model.addAttribute("charts", List.of(byMonth(checked, locale), stateRegistry(checked, locale),
                                             support(summary, locale), grants(summary, locale),
                                             yearOverYear(summary, previous, locale)));
        return "summary";
    }

    private SummaryCharts byMonth(int year, Locale locale) {
        List<ActivityJournal.Dated> entries = journal.dated(new ActivityFilter(null, LocalDate.of(year, 1, 1),
                                                                                   LocalDate.of(year, 12, 31), null, false));
        List<Series> series = Arrays.stream(ActivityKind.values()).map(kind -> new Series(
                text("enum.ActivityKind." + kind, locale),
                Arrays.stream(Month.values()).map(month -> entries.stream()
                        .filter(e -> e.kind() == kind && e.date().getMonth() == month).count()).toList())).toList();
        return new SummaryCharts("activities-by-month", "bar", true, months(locale), series);
    }

    private SummaryCharts stateRegistry(int year, Locale locale) {
        List<Integer> in = new ArrayList<>();
        List<Integer> out = new ArrayList<>();
        List<NcoFilter> monthEnds = Arrays.stream(Month.values())
                                          .map(month -> NcoFilter.asOf(YearMonth.of(year, month).atEndOfMonth())).toList();
        List<Long> listed = registry.counts(monthEnds);
        List<Long> registered = registry.counts(monthEnds.stream().map(NcoFilter::onlyStateRegistered).toList());
        for (int month = 0; month < monthEnds.size(); month++) {
            in.add(registered.get(month).intValue());
            out.add((int) (listed.get(month) - registered.get(month)));
        }
        return new SummaryCharts("state-registry", "line", false, months(locale), List.of(
                new Series(text("summary.chart.stateRegistered", locale), in),
                new Series(text("summary.chart.notStateRegistered", locale), out)));
    }

    private SummaryCharts support(AnnualSummary summary, Locale locale) {
        List<SupportKind> kinds = List.of(SupportKind.values());
        return new SummaryCharts("support-by-form", "bar", false,
                kinds.stream().map(k -> text("enum.supportKind." + k, locale)).toList(),
                List.of(new Series(text("summary.chart.cases", locale),
                        kinds.stream().map(k -> summary.support().byKind().getOrDefault(k.name(), 0)).toList())));
    }

    private SummaryCharts grants(AnnualSummary summary, Locale locale) {
        List<GrantLevel> levels = List.of(GrantLevel.values());
        List<AnnualSummary.GrantLevelFigures> figures = levels.stream().map(l -> summary.grants().byLevel()
                .getOrDefault(l.name(), new AnnualSummary.GrantLevelFigures(0, 0, 0, null))).toList();
        return new SummaryCharts("grants-by-level", "bar", false,
                levels.stream().map(l -> text("enum.level." + l, locale)).toList(), List.of(
                new Series(text("summary.chart.applied", locale), figures.stream().map(f -> f.applied()).toList()),
                new Series(text("summary.chart.awarded", locale), figures.stream().map(f -> f.awarded()).toList()),
                new Series(text("summary.chart.rejected", locale), figures.stream().map(f -> f.rejected()).toList())));
    }

    private SummaryCharts yearOverYear(AnnualSummary summary, AnnualSummary previous, Locale locale) {
        List<String> labels = List.of("ncos", "stateRegistered", "meetings", "commissionSessions", "raids", "events",
                                      "support", "grantsApplied", "grantsAwarded").stream()
                                  .map(key -> text("summary.figure." + key, locale)).toList();
        List<Series> series = new ArrayList<>();
        if (previous != null) {
            series.add(new Series(String.valueOf(previous.year()), figures(previous)));
        }
        series.add(new Series(String.valueOf(summary.year()), figures(summary)));
        return new SummaryCharts("year-over-year", "bar", false, labels, series);
    }

    private static List<Integer> figures(AnnualSummary s) {
        return List.of(s.ncos().total(), s.ncos().stateRegistered(), s.meetings().total(),
                       s.commissionSessionsWithNcos(), s.raids().count(), s.eventParticipations().total(),
                       s.support().total(), s.grants().applied(), s.grants().awarded());
    }

    private static List<String> months(Locale locale) {
        return Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
