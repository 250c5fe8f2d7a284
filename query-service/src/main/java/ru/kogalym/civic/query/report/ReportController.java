package ru.kogalym.civic.query.report;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.query.summary.AnnualSummaries;
import ru.kogalym.civic.query.summary.SummaryYears;
import ru.kogalym.civic.query.summary.SummaryYears.InvalidParameterException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

/** The annual report, generated from the summary: Markdown, HTML or PDF, in Russian or English. */
@RestController
@RequestMapping("/api/summaries")
class ReportController {

    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);
    static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final AnnualSummaries summaries;
    private final Clock clock;

    ReportController(AnnualSummaries summaries, ObjectProvider<Clock> clock) {
        this.summaries = summaries;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @GetMapping("/{year}/report")
    ResponseEntity<?> report(@PathVariable("year") String year,
                             @RequestParam(name = "lang", required = false) String lang,
                             @RequestParam(name = "format", required = false) String format) {
        int checkedYear = SummaryYears.parse(year, clock);
        // absent means the default; present but empty is as unknown as any other value
        ReportLanguage language = switch (lang == null ? "ru" : lang.toLowerCase(Locale.ROOT)) {
            case "ru" -> ReportLanguage.RU;
            case "en" -> ReportLanguage.EN;
            default -> throw new InvalidParameterException("lang", "must be ru or en");
        };
        String checkedFormat = format == null ? "md" : format.toLowerCase(Locale.ROOT);
        if (!checkedFormat.equals("md") && !checkedFormat.equals("html") && !checkedFormat.equals("pdf")) {
            throw new InvalidParameterException("format", "must be md, html or pdf");
        }
        ReportDocument report = AnnualReportWriter.write(summaries.summaryFor(checkedYear), language);
        String fileName = "report-" + checkedYear + "-" + language.code() + "." + checkedFormat;
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .header("Content-Language", language.code());
        return switch (checkedFormat) {
            case "md" -> ok.contentType(MARKDOWN).body(ReportRenderers.markdown(report).getBytes(StandardCharsets.UTF_8));
            case "html" -> ok.contentType(HTML).body(ReportRenderers.html(report).getBytes(StandardCharsets.UTF_8));
            default -> ok.contentType(MediaType.APPLICATION_PDF).body(ReportRenderers.pdf(report));
        };
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidParameterException e) {
        return ru.kogalym.civic.query.summary.SummaryProblems.badRequest(e);
    }
}
