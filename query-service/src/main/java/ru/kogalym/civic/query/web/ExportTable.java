package ru.kogalym.civic.query.web;

import java.util.List;

/**
 * A table to export (CSV, XLSX, open data): its dataset's name (the key of its column headers in
 * {@link ExportLabels}), its columns and its rows, each cell a String, Number, LocalDate or Boolean, or null.
 */
public record ExportTable(String dataset, List<Column> columns, List<List<Object>> rows) {

    /** How the open-data structure file names a column's values. */
    public enum Format { STRING, INTEGER, DECIMAL, DATE, BOOLEAN }

    /**
     * A column: its field name (the data file's header in open data), its English description, and its format; the
     * Russian header is {@link ExportLabels#column}.
     */
    public record Column(String field, String english, Format format) {
    }

    public ExportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The Russian column headers. */
    public List<String> headers() {
        return columns.stream().map(c -> ExportLabels.column(dataset, c.field())).toList();
    }

    public List<String> fields() {
        return columns.stream().map(Column::field).toList();
    }
}
