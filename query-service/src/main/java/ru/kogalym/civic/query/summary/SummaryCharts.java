package ru.kogalym.civic.query.summary;

import java.util.List;

/**
 * The figures of one chart of the summary page: labels along one axis, one series of values per label set. The page
 * draws it with Chart.js and shows the same figures as a table for readers without sight or scripts.
 */
record SummaryCharts(String id, String type, boolean stacked, List<String> labels, List<Series> series) {

    record Series(String label, List<? extends Number> values) {
    }
}
