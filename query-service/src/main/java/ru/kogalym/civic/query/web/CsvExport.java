package ru.kogalym.civic.query.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** CSV downloads: UTF-8 with a byte order mark, so spreadsheet programs read Cyrillic correctly. */
public final class CsvExport {

    public static final MediaType TEXT_CSV_UTF8 = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final String TEXT_CSV = "text/csv";

    private CsvExport() {
    }

    public static byte[] bytes(List<String> header, List<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get();
            try (CSVPrinter printer = new CSVPrinter(writer, format)) {
                for (List<?> row : rows) {
                    printer.printRecord(row.stream().map(CsvExport::cell).toList());
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
        if (value == null) {
            return "";
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

    public static ResponseEntity<byte[]> response(String filename, List<String> header, List<? extends List<?>> rows) {
        return ResponseEntity.ok()
                             .contentType(TEXT_CSV_UTF8)
                             .header(HttpHeaders.CONTENT_DISPOSITION,
                                     ContentDisposition.attachment().filename(filename).build().toString())
                             .body(bytes(header, rows));
    }
}
