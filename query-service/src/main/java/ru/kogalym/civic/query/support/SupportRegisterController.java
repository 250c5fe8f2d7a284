package ru.kogalym.civic.query.support;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.query.web.CsvExport;
import ru.kogalym.civic.query.web.CsvExport.CsvByAccept;
import ru.kogalym.civic.query.web.CsvExport.CsvFile;
import ru.kogalym.civic.query.web.NotFoundException;
import ru.kogalym.civic.query.web.Page;
import ru.kogalym.civic.query.web.PageParameters;
import ru.kogalym.civic.query.web.PageRequest;
import ru.kogalym.civic.query.web.XlsxExport;
import ru.kogalym.civic.query.web.XlsxExport.XlsxFile;

/**
 * The register of supported socially oriented NCOs in the layout of Order No. 223, as JSON, CSV (by path or by
 * {@code Accept: text/csv}) or a spreadsheet, and one entry by its number.
 */
@RestController
@Tag(name = "support-register", description = "Реестр СОНКО — получателей поддержки (ст. 31.2 закона № 7-ФЗ, "
                                              + "приказ Минэкономразвития России от 17.05.2011 № 223)")
@SecurityRequirements // public by law: the register is open to anyone
class SupportRegisterController {

    private static final String SHEET = "Реестр СОНКО";

    private final SupportRegister register;

    SupportRegisterController(SupportRegister register) {
        this.register = register;
    }

    @GetMapping("/api/support-register")
    @Operation(operationId = "listSupportRegister", summary = "Реестр получателей поддержки, по номерам записей",
            description = "Записи в порядке номеров. `includedLate` — запись внесена позднее 30 дней после решения. "
                          + "С `Accept: text/csv` (предпочтённым JSON) — весь реестр файлом CSV, как "
                          + "`/api/support-register.csv`.")
    @CsvByAccept
    ResponseEntity<Page<SupportRegisterRow>> register(@ParameterObject RegisterQuery query,
                                                      @ParameterObject PageParameters paging,
                                                      @Parameter(hidden = true)
                                                      @RequestHeader(name = HttpHeaders.ACCEPT, required = false)
                                                      String accept) {
        PageRequest request = paging.request();
        if (CsvExport.wantsCsv(accept)) {
            return CsvExport.inPlaceOfJson(csv(query));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                             .body(register.page(query.decisionYear(), query.excluded(), request));
    }

    @GetMapping("/api/support-register.csv")
    @Operation(operationId = "exportSupportRegisterCsv",
            summary = "Реестр получателей поддержки файлом CSV (UTF-8 с BOM), графы по приказу № 223")
    @CsvFile
    ResponseEntity<byte[]> csv(@ParameterObject RegisterQuery query) {
        return CsvExport.response(query.filename("csv"), register.table(query.decisionYear(), query.excluded()));
    }

    @GetMapping("/api/support-register.xlsx")
    @Operation(operationId = "exportSupportRegisterXlsx",
            summary = "Реестр получателей поддержки книгой Excel, графы по приказу № 223")
    @XlsxFile
    ResponseEntity<byte[]> xlsx(@ParameterObject RegisterQuery query) {
        return XlsxExport.response(query.filename("xlsx"), SHEET, register.table(query.decisionYear(), query.excluded()));
    }

    @GetMapping("/api/support-register/entries/{entryNumber}")
    @NotFoundException.Possible
    @Operation(operationId = "getSupportRegisterEntry", summary = "Запись реестра по номеру, в том числе исключённая")
    SupportRegisterRow entry(@Parameter(description = "номер реестровой записи",
                                        schema = @Schema(type = "integer", format = "int32", minimum = "1"))
                             @PathVariable String entryNumber) {
        Integer number = RegisterQuery.entryNumber(entryNumber);
        return register.row(number).orElseThrow(() -> new NotFoundException("entryNumber",
                "the register has no entry " + number));
    }
}
