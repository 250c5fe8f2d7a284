package ru.kogalym.civic.query.summary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springdoc.core.annotations.ParameterObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.query.projection.KnownAt;
import ru.kogalym.civic.query.web.Page;
import ru.kogalym.civic.query.web.PageParameters;
import ru.kogalym.civic.query.web.PageRequest;
import ru.kogalym.civic.query.web.Params;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The annual summary, as figures, and its check against the event stream. */
@RestController
@RequestMapping("/api/summaries")
@Tag(name = "summaries", description = "Годовые итоги и отчёт")
class SummaryController {

    private final AnnualSummaries summaries;
    private final SummaryReconciliation reconciliation;
    private final KnownAt known;
    private final Clock clock;

    SummaryController(AnnualSummaries summaries, SummaryReconciliation reconciliation, KnownAt known,
                      ObjectProvider<Clock> clock) {
        this.summaries = summaries;
        this.reconciliation = reconciliation;
        this.known = known;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @GetMapping("/{year}")
    @Operation(operationId = "getAnnualSummary", summary = "Итоги года в цифрах (пустой год — нули, не 404)")
    AnnualSummary summary(@SummaryYears.YearParameter @PathVariable("year") String year,
                          @KnownAt.Parameter @RequestParam(required = false) String knownAt) {
        return summary(SummaryYears.parse(year, clock), KnownAt.parse(knownAt));
    }

    @GetMapping("/{year}/ncos")
    @Operation(operationId = "listAnnualSummaryNcos",
            summary = "НКО, которых считают итоги года: в реестре на 31 декабря, постранично",
            description = "В порядке включения в реестр, под именами на 31 декабря; без `stateRegistered` — сначала "
                    + "зарегистрированные в Минюсте, затем остальные. Итоги года (`/api/summaries/{year}`) дают их число.")
    Page<AnnualSummary.NcoName> ncos(@SummaryYears.YearParameter @PathVariable("year") String year,
                                     @Parameter(description = "только зарегистрированные (true) или не зарегистрированные "
                                             + "(false) в Минюсте", schema = @Schema(type = "boolean"))
                                     @RequestParam(required = false) String stateRegistered,
                                     @KnownAt.Parameter @RequestParam(required = false) String knownAt,
                                     @ParameterObject PageParameters paging) {
        int checkedYear = SummaryYears.parse(year, clock);
        Boolean registered = Params.bool("stateRegistered", stateRegistered);
        PageRequest request = paging.request();
        AnnualSummary.Ncos ncos = summary(checkedYear, KnownAt.parse(knownAt)).ncos();
        List<AnnualSummary.NcoName> listed = registered == null
                ? concat(ncos.stateRegisteredNcos(), ncos.notStateRegisteredNcos())
                : registered ? ncos.stateRegisteredNcos() : ncos.notStateRegisteredNcos();
        return Page.of(listed, request);
    }

    /** The live summary, or the one folded from what was known at {@code knownAt} when it is given. */
    private AnnualSummary summary(int year, Instant knownAt) {
        return known.view(knownAt, summaries, AnnualSummaries::new).summaryFor(year);
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> both = new ArrayList<>(first.size() + second.size());
        both.addAll(first);
        both.addAll(second);
        return both;
    }

    @GetMapping("/{year}/reconciliation")
    @Operation(operationId = "reconcileAnnualSummary",
            summary = "Итоги года, пересчитанные по журналу событий и сравненные с хранимыми")
    SummaryReconciliation.Result reconciliation(@SummaryYears.YearParameter @PathVariable("year") String year) {
        return reconciliation.reconcile(SummaryYears.parse(year, clock));
    }

    @ExceptionHandler(SummaryYears.InvalidParameterException.class)
    ResponseEntity<ProblemDetail> invalid(SummaryYears.InvalidParameterException e) {
        return SummaryProblems.badRequest(e);
    }
}
