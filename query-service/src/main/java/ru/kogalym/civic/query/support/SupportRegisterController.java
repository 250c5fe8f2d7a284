package ru.kogalym.civic.query.support;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.query.web.BadParameterException;
import ru.kogalym.civic.query.web.CsvExport;
import ru.kogalym.civic.query.web.Page;
import ru.kogalym.civic.query.web.PageRequest;
import ru.kogalym.civic.query.web.Params;

import java.util.Arrays;
import java.util.List;

/** The register of supported socially oriented NCOs, as JSON or as CSV (by path or by {@code Accept: text/csv}). */
@RestController
class SupportRegisterController {

    static final List<String> CSV_HEADER = List.of(
            "Номер записи", "Наименование НКО", "Адрес (место нахождения)", "ОГРН", "ИНН", "Форма поддержки",
            "Размер поддержки, руб.", "Срок оказания поддержки с", "Срок оказания поддержки по",
            "Орган, оказавший поддержку", "Дата оказания поддержки", "Содержание поддержки");

    private final SupportRegister register;

    SupportRegisterController(SupportRegister register) {
        this.register = register;
    }

    @GetMapping("/api/support-register")
    ResponseEntity<?> register(@RequestParam(required = false) String year,
                               @RequestParam(required = false) String page,
                               @RequestParam(required = false) String size,
                               @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        PageRequest request = PageRequest.parse(page, size);
        if (CsvExport.wantsCsv(accept)) {
            return csv(year);
        }
        Integer y = year(year);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Page.of(register.rows(y), request));
    }

    @GetMapping("/api/support-register.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String year) {
        Integer y = year(year);
        List<List<Object>> rows = register.rows(y).stream()
                .map(r -> Arrays.<Object>asList(r.supportId(), r.ncoName(), r.address(), r.ogrn(), r.inn(), r.kindLabel(),
                                                r.amount() == null ? null : r.amount().toPlainString(), r.periodFrom(),
                                                r.periodTo(), r.providedBy(), r.providedOn(), r.description()))
                .toList();
        return CsvExport.response(y == null ? "support-register.csv" : "support-register-" + y + ".csv", CSV_HEADER, rows);
    }

    private static Integer year(String year) {
        Integer y = Params.integer("year", year);
        if (y != null && (y < 1900 || y > 9999)) {
            throw new BadParameterException("year", "year must be between 1900 and 9999");
        }
        return y;
    }
}
