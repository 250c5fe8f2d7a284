package ru.kogalym.civic.query.web;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Spreadsheet downloads (Office Open XML, through Apache POI): Russian column headers in bold, numbers as numbers,
 * dates as dates, yes and no in words, text made printable. Streamed row by row (POI's SXSSF), so a long registry
 * does not hold every cell in memory.
 */
public final class XlsxExport {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** In characters; a longer value wraps. */
    private static final int MAX_COLUMN_WIDTH = 60;
    private static final int MAX_HEADER_WIDTH = 30;

    private XlsxExport() {
    }

    /** Marks a handler that answers a spreadsheet, so the API description says so. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface XlsxFile {
    }

    public static byte[] bytes(String sheetName, ExportTable table) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));

            Row head = sheet.createRow(0);
            List<String> headers = table.headers();
            int[] widths = new int[headers.size()];
            for (int c = 0; c < headers.size(); c++) {
                widths[c] = Math.min(headers.get(c).length(), MAX_HEADER_WIDTH);
                head.createCell(c).setCellValue(headers.get(c));
                head.getCell(c).setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    var cell = row.createCell(c);
                    widths[c] = Math.max(widths[c], value.toString().length());
                    if (value instanceof BigDecimal decimal) {
                        cell.setCellValue(decimal.doubleValue());
                        cell.setCellStyle(money);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Boolean flag) {
                        cell.setCellValue(ExportLabels.yesNo(flag));
                    } else {
                        cell.setCellValue(PrintableText.of(value.toString()));
                    }
                }
            }
            for (int c = 0; c < widths.length; c++) {
                // by characters, not by measured glyphs: measuring needs fonts a headless server may not have
                sheet.setColumnWidth(c, Math.min(widths[c] + 2, MAX_COLUMN_WIDTH) * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ResponseEntity<byte[]> response(String filename, String sheetName, ExportTable table) {
        return ResponseEntity.ok()
                             .contentType(MediaType.parseMediaType(MEDIA_TYPE))
                             .header(HttpHeaders.CONTENT_DISPOSITION,
                                     ContentDisposition.attachment().filename(filename).build().toString())
                             .body(bytes(sheetName, table));
    }
}
