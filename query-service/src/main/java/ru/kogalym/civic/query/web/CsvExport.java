package ru.kogalym.civic.query.web;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.io.ByteArrayOutputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Objects;

/**
 * CSV downloads: UTF-8 with a byte order mark, so spreadsheet programs read Cyrillic correctly; by request a
 * semicolon between fields and a decimal comma ({@link Options}), so a Russian-locale spreadsheet opens the file in
 * columns with numbers it can sum.
 */
public final class CsvExport {

    public static final MediaType TEXT_CSV_UTF8 = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final String TEXT_CSV = "text/csv";

    /** The request parameter choosing the field separator: {@code comma} (the default) or {@code semicolon}. */
    public static final String DELIMITER = "delimiter";
    /** The request parameter choosing the decimal separator of numbers: {@code point} (the default) or {@code comma}. */
    public static final String DECIMAL = "decimal";
    /**
     * The request parameter choosing, where a file's default is for programs ({@link Labelled}), its headers and
     * values: {@code codes} (the default: field names and enum codes) or {@code russian} (Russian headers and labels).
     */
    public static final String LABELS = "labels";

    private CsvExport() {
    }

    /**
     * How a CSV file is laid out. A Russian-locale spreadsheet splits a file into columns only at {@code ;} and reads
     * {@code 150000,50}, not {@code 150000.50}, as a number. The default is RFC 4180's comma and a decimal point,
     * which programs read.
     */
    public record Options(char delimiter, boolean decimalComma) {

        public static final Options DEFAULT = new Options(',', false);

        /**
         * The options the current request names ({@value CsvExport#DELIMITER}, {@value CsvExport#DECIMAL}); 400 for
         * another value.
         */
        public static Options ofCurrentRequest() {
            if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
                return DEFAULT;
            }
            HttpServletRequest request = attributes.getRequest();
            char delimiter = switch (Objects.requireNonNullElse(request.getParameter(DELIMITER), "comma")) {
                case "comma" -> ',';
                case "semicolon" -> ';';
                default -> throw new BadParameterException(DELIMITER, "delimiter must be comma or semicolon");
            };
            boolean decimalComma = switch (Objects.requireNonNullElse(request.getParameter(DECIMAL), "point")) {
                case "point" -> false;
                case "comma" -> true;
                default -> throw new BadParameterException(DECIMAL, "decimal must be point or comma");
            };
            return new Options(delimiter, decimalComma);
        }
    }

    /**
     * How a {@link Labelled} file words its headers and values: as programs read them (field names, enum codes,
     * true and false), or as people read them, from the same bundle as the XLSX files ({@link ExportLabels}).
     */
    public record Wording(boolean russian) {

        /** The wording the current request names ({@value CsvExport#LABELS}); 400 for another value. */
        public static Wording ofCurrentRequest() {
            if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
                return new Wording(false);
            }
            return switch (Objects.requireNonNullElse(attributes.getRequest().getParameter(LABELS), "codes")) {
                case "codes" -> new Wording(false);
                case "russian" -> new Wording(true);
                default -> throw new BadParameterException(LABELS, "labels must be codes or russian");
            };
        }

        /** The header: the fields, or their Russian headers in {@code dataset}. */
        public List<String> header(String dataset, List<String> fields) {
            return russian ? fields.stream().map(field -> ExportLabels.column(dataset, field)).toList() : fields;
        }

        /** An enum code of the type named {@code type}, or its label. */
        public Object code(String type, Object code) {
            return russian ? ExportLabels.of(type, code) : code;
        }

        public Object code(Enum<?> code) {
            return russian ? ExportLabels.of(code) : code;
        }

        public Object yesNo(boolean value) {
            return russian ? ExportLabels.yesNo(value) : value;
        }

        /**
         * A detail of a record, "key=value", or "label: value" with the value's label where it is a code of the enum
         * named {@code codeType} (null: none) and a decimal comma in a sum, as Russian text writes it; a list's values
         * joined by commas.
         */
        public String detail(String key, Object value, String codeType) {
            Object joined = value instanceof List<?> values
                    ? values.stream().map(String::valueOf).collect(Collectors.joining(", ")) : value;
            if (!russian) {
                return key + "=" + joined;
            }
            Object shown = joined instanceof BigDecimal decimal ? decimal.toPlainString().replace('.', ',')
                    : codeType != null && joined != null ? ExportLabels.of(codeType, joined) : joined;
            return ExportLabels.detail(key) + ": " + shown;
        }
    }

    public static byte[] bytes(List<String> header, List<? extends List<?>> rows) {
        return bytes(header, rows, Options.DEFAULT);
    }

    public static byte[] bytes(List<String> header, List<? extends List<?>> rows, Options options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
                                                .setDelimiter(options.delimiter()).get();
            try (CSVPrinter printer = new CSVPrinter(writer, format)) {
                for (List<?> row : rows) {
                    printer.printRecord(row.stream().map(value -> cell(value, options)).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** CSV when the client names text/csv and prefers it (by quality, then by order) to JSON. */
    public static boolean wantsCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        types = new ArrayList<>(types);
        types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : types) {
            if (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json")) {
                return false;
            }
            if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cell's text, made printable ({@link PrintableText}). Free text that a spreadsheet would run as a formula
     * (starting with =, +, -, @, tab or carriage return) is prefixed with an apostrophe, as OWASP advises against CSV
     * injection.
     */
    static Object cell(Object value) {
        return cell(value, Options.DEFAULT);
    }

    /** As {@link #cell(Object)}; a decimal number with the decimal separator the options name. */
    static Object cell(Object value, Options options) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            String plain = decimal.toPlainString();
            return options.decimalComma() ? plain.replace('.', ',') : plain;
        }
        if (!(value instanceof CharSequence sequence)) {
            return value;
        }
        String text = PrintableText.of(sequence.toString());
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /**
     * The CSV answer of a handler whose declared body is its JSON answer, when the client asked for CSV by
     * {@code Accept}: the declared type is what the API description shows for JSON, and Spring writes the bytes
     * with the CSV content type set here either way.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> ResponseEntity<T> inPlaceOfJson(ResponseEntity<byte[]> csv) {
        return (ResponseEntity) csv;
    }

    /** Marks a handler that answers only CSV, so the API description says so. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface CsvFile {
    }

    /** Marks a JSON handler that answers CSV instead when {@link #wantsCsv} says so, so the API description says so. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface CsvByAccept {
    }

    /** Marks a CSV handler whose default is for programs and which takes {@value CsvExport#LABELS} for people. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Labelled {
    }

    /** The CSV download, laid out as the request's {@link Options} say. */
    public static ResponseEntity<byte[]> response(String filename, List<String> header, List<? extends List<?>> rows) {
        return ResponseEntity.ok()
                             .contentType(TEXT_CSV_UTF8)
                             .header(HttpHeaders.CONTENT_DISPOSITION,
                                     ContentDisposition.attachment().filename(filename).build().toString())
                             .body(bytes(header, rows, Options.ofCurrentRequest()));
    }

    /** A table's CSV download with its Russian column headers. */
    public static ResponseEntity<byte[]> response(String filename, ExportTable table) {
        return response(filename, table.headers(), table.rows());
    }
}
