package ru.kogalym.civic.query.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

import ru.kogalym.civic.query.projection.KnownAt;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the stored annual summary against the whole log: the same projection, folded in memory over every event
 * exactly once ({@link KnownAt#everything()}), must give the same summary, field by field. The summary's rules live
 * once (the projection and {@link AnnualSummaryCalculator}); what this finds is an event the live projection missed,
 * applied twice or stored badly.
 */
@Component
class SummaryReconciliation {

    /** One field where the two answers differ; a null side means the field is missing there. */
    @Schema(name = "SummaryDifference")
    public record Difference(String field, @Nullable JsonNode fromEvents, @Nullable JsonNode projection) {
    }

    @Schema(name = "SummaryReconciliation")
    public record Result(int year, boolean matches, List<Difference> differences, long eventsRead) {
    }

    /** Sees every component, also the NCO lists the API leaves out of the summary's answer. */
    private static final ObjectMapper MAPPER = JsonMapper.builder().disable(MapperFeature.USE_ANNOTATIONS).build();

    private final KnownAt known;
    private final AnnualSummaries summaries;

    public SummaryReconciliation(KnownAt known, AnnualSummaries summaries) {
        this.known = known;
        this.summaries = summaries;
    }

    public Result reconcile(int year) {
        KnownAt.Folded folded = known.everything();
        AnnualSummary projected = summaries.summaryFor(year);
        List<Difference> differences = compare(new AnnualSummaries(folded.models()).summaryFor(year), projected);
        return new Result(year, differences.isEmpty(), differences, folded.eventsApplied());
    }

    /** The fields where the two summaries differ (numbers compare by value, so 5.0 equals 5.00). */
    static List<Difference> compare(AnnualSummary fromEvents, AnnualSummary projection) {
        List<Difference> differences = new ArrayList<>();
        diff("", MAPPER.valueToTree(fromEvents), MAPPER.valueToTree(projection), differences);
        return differences;
    }

    private static void diff(String path, JsonNode expected, JsonNode actual, List<Difference> differences) {
        if (expected == null || actual == null || expected.isNull() || actual.isNull()) {
            boolean bothAbsent = (expected == null || expected.isNull()) && (actual == null || actual.isNull());
            if (!bothAbsent) {
                differences.add(new Difference(path, expected, actual));
            }
        } else if (expected.isObject() && actual.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                diff(path.isEmpty() ? name : path + "." + name, expected.get(name), actual.get(name), differences);
            }
        } else if (expected.isArray() && actual.isArray()) {
            int size = Math.max(expected.size(), actual.size());
            for (int i = 0; i < size; i++) {
                diff(path + "[" + i + "]", expected.get(i), actual.get(i), differences);
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                differences.add(new Difference(path, expected, actual));
            }
        } else if (!expected.equals(actual)) {
            differences.add(new Difference(path, expected, actual));
        }
    }
}
