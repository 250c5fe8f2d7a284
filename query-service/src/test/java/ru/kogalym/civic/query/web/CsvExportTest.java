package ru.kogalym.civic.query.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTest {

    @Test
    void utf8WithBomQuotingAndNoFormulas() throws Exception {
        byte[] bytes = CsvExport.bytes(List.of("name", "note", "on", "amount"), List.of(
                Arrays.asList("«Кызыл Ту», Когалым", "=HYPERLINK(\"x\")", LocalDate.of(2020, 1, 2), new BigDecimal("10.50")),
                Arrays.asList("Ёлочка\nвторая строка", null, null, null)));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("name")).isEqualTo("«Кызыл Ту», Когалым");
        assertThat(records.get(0).get("note")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(records.get(0).get("on")).isEqualTo("2020-01-02");
        assertThat(records.get(0).get("amount")).isEqualTo("10.50");
        assertThat(records.get(1).get("name")).isEqualTo("Ёлочка\nвторая строка");
        assertThat(records.get(1).get("note")).isEmpty();
    }
}
