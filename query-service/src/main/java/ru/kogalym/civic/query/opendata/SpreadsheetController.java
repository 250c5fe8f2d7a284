package ru.kogalym.civic.query.opendata;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.query.web.BadParameterException;
import ru.kogalym.civic.query.web.Params;
import ru.kogalym.civic.query.web.XlsxExport;
import ru.kogalym.civic.query.web.XlsxExport.XlsxFile;

import java.time.LocalDate;

/**
 * The NCO registry and a year's activities as spreadsheets: the open-data sets' tables with Russian headers and
 * labels in place of codes (the support register's is on its own controller).
 */
@RestController
@Tag(name = "spreadsheets", description = "Реестр НКО и журнал мероприятий книгой Excel")
class SpreadsheetController {

    private final OpenDataCatalog catalog;

    SpreadsheetController(OpenDataCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/ncos.xlsx")
    @Operation(operationId = "exportNcosXlsx", summary = "Реестр НКО на дату книгой Excel, ликвидированные — с датой ликвидации")
    @XlsxFile
    ResponseEntity<byte[]> ncos(@Parameter(description = "реестр на конец этого дня (по умолчанию — сегодня)",
                                           schema = @Schema(type = "string", format = "date"))
                                @RequestParam(required = false) String asOf) {
        LocalDate date = Params.date("asOf", asOf);
        LocalDate day = date == null ? catalog.today() : date;
        return XlsxExport.response("ncos-" + day + ".xlsx", "Реестр НКО", catalog.ncoTable(day));
    }

    @GetMapping("/api/activities.xlsx")
    @Operation(operationId = "exportActivitiesXlsx", summary = "Мероприятия года книгой Excel, кроме отозванных")
    @XlsxFile
    ResponseEntity<byte[]> activities(@Parameter(description = "год", required = true,
                                                 schema = @Schema(type = "integer", format = "int32", minimum = "1990",
                                                                  maximum = "9999"))
                                      @RequestParam(required = false) String year) {
        Integer y = Params.integer("year", year);
        if (y == null || y < 1990 || y > 9999) {
            throw new BadParameterException("year", "year is required, from 1990 to 9999");
        }
        return XlsxExport.response("activities-" + y + ".xlsx", "Мероприятия " + y, catalog.activityTable(y));
    }
}
