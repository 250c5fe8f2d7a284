package ru.kogalym.civic.query.summary;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/** The annual summary, as figures, and its check against the event stream. */
@RestController
@RequestMapping("/api/summaries")
class SummaryController {

    private final AnnualSummaries summaries;
    private final SummaryReconciliation reconciliation;
    private final Clock clock;

    SummaryController(AnnualSummaries summaries, SummaryReconciliation reconciliation, ObjectProvider<Clock> clock) {
        this.summaries = summaries;
        this.reconciliation = reconciliation;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @GetMapping("/{year}")
    AnnualSummary summary(@PathVariable("year") String year) {
        return summaries.summaryFor(SummaryYears.parse(year, clock));
    }

    @GetMapping("/{year}/reconciliation")
    SummaryReconciliation.Result reconciliation(@PathVariable("year") String year) {
        return reconciliation.reconcile(SummaryYears.parse(year, clock));
    }

    @ExceptionHandler(SummaryYears.InvalidParameterException.class)
    ResponseEntity<ProblemDetail> invalid(SummaryYears.InvalidParameterException e) {
        return SummaryProblems.badRequest(e);
    }
}
