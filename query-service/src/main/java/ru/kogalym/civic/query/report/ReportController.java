package ru.kogalym.civic.query.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.query.projection.KnownAt;
import ru.kogalym.civic.query.summary.AnnualSummaries;
import ru.kogalym.civic.query.summary.SummaryYears;
import ru.kogalym.civic.query.summary.SummaryYears.InvalidParameterException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** The annual report, generated from the summary: Markdown, HTML or PDF, in Russian or English. */
@RestController
@EnableConfigurationProperties(ReportSettings.class)
@RequestMapping("/api/summaries")
@Tag(name = "summaries")
class ReportController {

    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);
    static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final AnnualSummaries summaries;
    private final KnownAt known;
    private final ReportFactsReader facts;
    private final ReportSettings settings;
    private final Clock clock;

    ReportController(AnnualSummaries summaries, KnownAt known, ReportFactsReader facts, ReportSettings settings,
                     ObjectProvider<Clock> clock) {
        this.summaries = summaries;
        this.known = known;
        this.facts = facts;
        this.settings = settings;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @GetMapping("/{year}/report")
    @Operation(operationId = "getAnnualReport", summary = "Годовой отчёт: Markdown, HTML или PDF, по-русски или по-английски")
    @ApiResponse(responseCode = "200", description = "отчёт в формате, выбранном параметром format", content = {
            @Content(mediaType = "text/markdown", schema = @Schema(type = "string",
                    example = "# Что наиболее значительное удалось сделать в области взаимодействия с общественностью в 2020 году")),
            @Content(mediaType = "text/html", schema = @Schema(type = "string")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))})
    ResponseEntity<byte[]> report(@SummaryYears.YearParameter @PathVariable("year") String year,
                                  @Parameter(description = "язык отчёта", schema = @Schema(type = "string",
                                          allowableValues = {"ru", "en"}, defaultValue = "ru"))
                                  @RequestParam(name = "lang", required = false) String lang,
                                  @Parameter(description = "формат отчёта", schema = @Schema(type = "string",
                                          allowableValues = {"md", "html", "pdf"}, defaultValue = "md"))
                                  @RequestParam(name = "format", required = false) String format,
                                  @KnownAt.Parameter @RequestParam(required = false) String knownAt) {
        int checkedYear = SummaryYears.parse(year, clock);
        Instant instant = KnownAt.parse(knownAt);
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
        AnnualReportWriter.Issue issue = new AnnualReportWriter.Issue(LocalDate.now(clock.withZone(settings.zone())),
                instant, settings);
        ReportDocument report = AnnualReportWriter.write(
                known.view(instant, summaries, AnnualSummaries::new).summaryFor(checkedYear),
                facts.read(checkedYear, instant), language, issue);
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
