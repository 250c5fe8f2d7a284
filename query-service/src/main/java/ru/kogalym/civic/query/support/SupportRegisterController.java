package ru.kogalym.civic.query.support;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
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
import ru.kogalym.civic.query.web.CsvExport.CsvByAccept;
import ru.kogalym.civic.query.web.CsvExport.CsvFile;
import ru.kogalym.civic.query.web.PageParameters;
import ru.kogalym.civic.query.web.PageRequest;
import ru.kogalym.civic.query.web.Params;

import java.util.Arrays;
import java.util.List;

/** The register of supported socially oriented NCOs, as JSON or as CSV (by path or by {@code Accept: text/csv}). */
@RestController
@Tag(name = "support-register", description = "Реестр СОНКО — получателей поддержки (ст. 31.2 закона № 7-ФЗ)")
@SecurityRequirements // public by law: the register is open to anyone
class SupportRegisterController {

    static final List<String> CSV_HEADER = List.of(
            "Номер записи", "Наименование НКО", "Адрес (место нахождения)", "ОГРН", "ИНН", "Форма поддержки",
            "Размер поддержки, руб.", "Срок оказания поддержки с", "Срок оказания поддержки по",
            "Орган, оказавший поддержку", "Дата оказания поддержки", "Содержание поддержки");

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 9999;
    private static final String YEAR = "только поддержка, оказанная в этом году";

    private final SupportRegister register;

    SupportRegisterController(SupportRegister register) {
        this.register = register;
    }

    @GetMapping("/api/support-register")
    @Operation(operationId = "listSupportRegister", summary = "Реестр получателей поддержки, постранично",
            description = "С `Accept: text/csv` (предпочтённым JSON) — весь реестр файлом CSV, как `/api/support-register.csv`.")
    @CsvByAccept
    ResponseEntity<Page<SupportRegisterRow>> register(@Parameter(description = YEAR, schema = @Schema(type = "integer",
                                                              format = "int32", minimum = "" + FIRST_YEAR, maximum = "" + LAST_YEAR))
                                                      @RequestParam(required = false) String year,
                                                      @ParameterObject PageParameters paging,
                                                      @Parameter(hidden = true)
                                                      @RequestHeader(name = HttpHeaders.ACCEPT, required = false)
                                                      String accept) {
        PageRequest request = paging.request();
        if (CsvExport.wantsCsv(accept)) {
            return CsvExport.inPlaceOfJson(csv(year));
        }
        Integer y = year(year);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Page.of(register.rows(y), request));
    }

    @GetMapping("/api/support-register.csv")
    @Operation(operationId = "exportSupportRegisterCsv", summary = "Реестр получателей поддержки файлом CSV (UTF-8 с BOM)")
    @CsvFile
    ResponseEntity<byte[]> csv(@Parameter(description = YEAR, schema = @Schema(type = "integer", format = "int32",
                                       minimum = "" + FIRST_YEAR, maximum = "" + LAST_YEAR))
                               @RequestParam(required = false) String year) {
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
        if (y != null && (y < FIRST_YEAR || y > LAST_YEAR)) {
            throw new BadParameterException("year", "year must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        return y;
    }
}
