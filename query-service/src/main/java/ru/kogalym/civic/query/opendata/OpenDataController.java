package ru.kogalym.civic.query.opendata;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import ru.kogalym.civic.query.web.CsvExport;
import ru.kogalym.civic.query.web.NotFoundException;

import java.util.List;

/**
 * Open data as the methodological recommendations (version 3.0) lay it out: a catalogue, and per set a package of
 * its passport, data and structure. The support register and the NCO registry are public; a year's activities need
 * a user ({@link OpenDataAccess}).
 */
@RestController
@SecurityRequirements // the catalogue and the public sets need no user; a set that is not public answers 401 or 403
@Tag(name = "open-data", description = "Открытые данные по методическим рекомендациям (версия 3.0)")
class OpenDataController {

    static final String BASE = "/api/open-data/";
    private static final String NOT_PUBLIC = "Набор не общедоступен (мероприятия года): нужен пользователь с ролью "
                                             + "STAFF, ANALYST или AUDITOR";
    private static final String CSV_DESCRIPTION = "CSV в UTF-8 с BOM, разделитель — запятая";

    private final OpenDataCatalog catalog;
    private final OpenDataProperties properties;

    OpenDataController(OpenDataCatalog catalog, OpenDataProperties properties) {
        this.catalog = catalog;
        this.properties = properties;
    }

    /** A set in the catalogue: its identifier, title, whether anyone may read it, and its package's address. */
    record CatalogEntry(@Schema(example = "8608000000-support-register") String identifier, String title,
                        boolean isPublic, @Schema(example = "/api/open-data/8608000000-support-register/") String path) {
    }

    /** A set's package: its identifier, title and the names of its files (passport, data, structure). */
    record PackageListing(String identifier, String title,
                          @Schema(example = "[\"meta.csv\", \"data-20261201-structure-20261201.csv\", "
                                            + "\"structure-20261201.csv\"]") List<String> files) {
    }

    @GetMapping(BASE)
    @Operation(operationId = "listOpenDataSets", summary = "Перечень наборов открытых данных")
    List<CatalogEntry> catalogue() {
        return catalog.all().stream().map(set -> {
            OpenDataPackage files = new OpenDataPackage(set, properties, catalog.today());
            return new CatalogEntry(files.identifier(), files.title(), set.isPublic(),
                    BASE + files.identifier() + "/");
        }).toList();
    }

    @GetMapping(BASE + "{dataset}/")
    @NotFoundException.Possible
    @ApiResponse(responseCode = "200", description = "Набор и имена его файлов")
    @ApiResponse(responseCode = "401", description = NOT_PUBLIC)
    @ApiResponse(responseCode = "403", description = NOT_PUBLIC)
    @Operation(operationId = "getOpenDataSet", summary = "Набор открытых данных: его файлы",
            description = "`dataset` — идентификатор набора (`<ИНН>-<код>`) или его код: `ncos`, `support-register`, "
                          + "`activities-<год>`.")
    PackageListing listing(@Parameter(description = "идентификатор или код набора", example = "support-register")
                           @PathVariable String dataset) {
        OpenDataPackage files = new OpenDataPackage(set(dataset), properties, catalog.today());
        return new PackageListing(files.identifier(), files.title(), files.files());
    }

    @GetMapping(BASE + "{dataset}/{file}")
    @NotFoundException.Possible
    @Operation(operationId = "getOpenDataFile", summary = "Файл набора: паспорт, данные или структура",
            description = "`meta.csv` — паспорт набора; имена файлов данных и структуры в нём (и в перечне файлов "
                          + "набора): `data-ГГГГММДД-structure-ГГГГММДД.csv`, `structure-ГГГГММДД.csv`.",
            responses = {@ApiResponse(responseCode = "200", description = "Файл набора",
                    content = @Content(mediaType = CsvExport.TEXT_CSV,
                            schema = @Schema(type = "string", description = CSV_DESCRIPTION))),
                    @ApiResponse(responseCode = "401", description = NOT_PUBLIC),
                    @ApiResponse(responseCode = "403", description = NOT_PUBLIC)})
    ResponseEntity<byte[]> file(@Parameter(description = "идентификатор или код набора", example = "support-register")
                                @PathVariable String dataset,
                                @Parameter(description = "имя файла", example = "meta.csv") @PathVariable String file,
                                HttpServletRequest request) {
        OpenDataSet set = set(dataset);
        OpenDataPackage files = new OpenDataPackage(set, properties, catalog.today());
        byte[] body;
        if (file.equals(OpenDataPackage.META)) {
            String packageUrl = ServletUriComponentsBuilder.fromContextPath(request)
                    .path(BASE + files.identifier() + "/").toUriString();
            body = files.metaCsv(packageUrl);
        } else if (file.equals(files.dataFile())) {
            body = files.dataCsv(set.data().get());
        } else if (file.equals(files.structureFile())) {
            body = files.structureCsv(set.data().get());
        } else {
            throw new NotFoundException("file", "the set " + files.identifier() + " has no file " + file
                                                + "; its files are " + String.join(", ", files.files()));
        }
        return ResponseEntity.ok().contentType(CsvExport.TEXT_CSV_UTF8)
                             .header("Content-Disposition", "inline; filename=\"" + file + "\"")
                             .body(body);
    }

    private OpenDataSet set(String dataset) {
        return catalog.find(dataset).orElseThrow(() -> new NotFoundException("dataset",
                "there is no open-data set " + dataset));
    }
}
