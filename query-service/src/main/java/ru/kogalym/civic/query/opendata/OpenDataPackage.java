package ru.kogalym.civic.query.opendata;

import ru.kogalym.civic.query.web.CsvExport;
import ru.kogalym.civic.query.web.ExportLabels;
import ru.kogalym.civic.query.web.ExportTable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An open-data set laid out as the Russian open-data methodological recommendations (version 3.0) say: the passport
 * {@code meta.csv} (property, value), the data file {@code data-<data version>-structure-<structure version>.csv}
 * whose header is the structure's field names, and the structure file {@code structure-<version>.csv} (field name,
 * English and Russian description, format). CSV with commas, UTF-8 with a byte order mark, dates as YYYY-MM-DD.
 * The data version is the day the data were read ({@code dataVersion}, in the city's zone).
 */
final class OpenDataPackage {

    static final String META = "meta.csv";
    static final String STANDARD = "http://opendata.gosmonitor.ru/standard/3.0";
    private static final DateTimeFormatter VERSION = DateTimeFormatter.BASIC_ISO_DATE;
    private static final List<String> META_HEADER = List.of("property", "value");
    private static final List<String> STRUCTURE_HEADER =
            List.of("field name", "english description", "russian description", "format");

    private final OpenDataSet set;
    private final OpenDataProperties properties;
    private final LocalDate dataVersion;

    OpenDataPackage(OpenDataSet set, OpenDataProperties properties, LocalDate dataVersion) {
        this.set = set;
        this.properties = properties;
        this.dataVersion = dataVersion;
    }

    String identifier() {
        return properties.ownerInn() + "-" + set.code();
    }

    String title() {
        return ExportLabels.text("opendata." + set.textKey() + ".title", set.textArgument());
    }

    String structureFile() {
        return "structure-" + properties.structureVersion().format(VERSION) + ".csv";
    }

    String dataFile() {
        return "data-" + dataVersion.format(VERSION) + "-structure-" + properties.structureVersion().format(VERSION)
               + ".csv";
    }

    List<String> files() {
        return List.of(META, dataFile(), structureFile());
    }

    /** The passport, in the order of the recommendations; file properties name the file's address in this package. */
    List<List<Object>> meta(String packageUrl) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("standardversion", STANDARD));
        rows.add(List.of("identifier", identifier()));
        rows.add(List.of("title", title()));
        rows.add(List.of("description", ExportLabels.text("opendata." + set.textKey() + ".description",
                set.textArgument())));
        rows.add(List.of("creator", properties.ownerName()));
        rows.add(List.of("created", properties.created().format(VERSION)));
        rows.add(List.of("modified", dataVersion.format(VERSION)));
        rows.add(List.of("subject", ExportLabels.text("opendata." + set.textKey() + ".subject",
                set.textArgument())));
        rows.add(List.of("format", "csv"));
        rows.add(List.of(stem(dataFile()), packageUrl + dataFile()));
        rows.add(List.of(stem(structureFile()), packageUrl + structureFile()));
        rows.add(List.of("publishername", properties.publisherName()));
        rows.add(List.of("publisherphone", orEmpty(properties.publisherPhone())));
        rows.add(List.of("publishermbox", orEmpty(properties.publisherEmail())));
        return rows;
    }

    byte[] metaCsv(String packageUrl) {
        return CsvExport.bytes(META_HEADER, meta(packageUrl));
    }

    byte[] structureCsv(ExportTable table) {
        List<String> russian = table.headers();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            ExportTable.Column column = table.columns().get(i);
            rows.add(List.of(column.field(), column.english(), russian.get(i),
                    column.format().name().toLowerCase(Locale.ROOT)));
        }
        return CsvExport.bytes(STRUCTURE_HEADER, rows);
    }

    byte[] dataCsv(ExportTable table) {
        return CsvExport.bytes(table.fields(), table.rows());
    }

    private static String stem(String file) {
        return file.substring(0, file.length() - ".csv".length());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
