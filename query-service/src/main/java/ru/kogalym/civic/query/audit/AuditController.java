package ru.kogalym.civic.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.query.web.BadParameterException;
import ru.kogalym.civic.query.web.NotFoundException;
import ru.kogalym.civic.query.web.Params;

import java.util.List;

/** The auditors' API: the event store as recorded, and the read models rebuilt from it. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "audit", description = "Аудит: журнал событий как записан и пересборка моделей чтения")
class AuditController {

    private static final int MAX_SIZE = 500;
    private static final int DEFAULT_SIZE = 100;

    private final AuditTrail trail;
    private final ProjectionRebuild rebuild;

    AuditController(AuditTrail trail, ProjectionRebuild rebuild) {
        this.trail = trail;
        this.rebuild = rebuild;
    }

    @GetMapping("/records/{recordId}/events")
    @NotFoundException.Possible
    @Operation(operationId = "listRecordEvents", summary = "Все события одной записи (НКО, совещания, ...) по порядку")
    List<AuditTrail.AuditEntry> ofRecord(@Parameter(description = "идентификатор записи", example = "n-edinstvo")
                                         @PathVariable String recordId) {
        List<AuditTrail.AuditEntry> entries = trail.ofRecord(recordId);
        if (entries.isEmpty()) {
            throw new NotFoundException("recordId", "No record " + recordId + " was ever recorded");
        }
        return entries;
    }

    @GetMapping("/events")
    @Operation(operationId = "listAuditEvents", summary = "События хранилища в глобальном порядке, после позиции")
    List<AuditTrail.AuditEntry> events(@Parameter(description = "глобальная позиция, после которой читать; -1 — с начала",
                                               schema = @Schema(type = "integer", format = "int32", minimum = "-1",
                                                       defaultValue = "-1"))
                                       @RequestParam(required = false) String after,
                                       @Parameter(description = "сколько событий вернуть", schema = @Schema(type = "integer",
                                               format = "int32", minimum = "1", maximum = "" + MAX_SIZE,
                                               defaultValue = "" + DEFAULT_SIZE))
                                       @RequestParam(required = false) String size) {
        Integer afterPosition = Params.integer("after", after);
        Integer pageSize = Params.integer("size", size);
        if (afterPosition != null && afterPosition < -1) {
            throw new BadParameterException("after", "after must be a global position, -1 or more");
        }
        if (pageSize != null && (pageSize < 1 || pageSize > MAX_SIZE)) {
            throw new BadParameterException("size", "size must be between 1 and " + MAX_SIZE);
        }
        return trail.after(afterPosition == null ? -1 : afterPosition, pageSize == null ? DEFAULT_SIZE : pageSize);
    }

    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "rebuildReadModels",
            summary = "Пересобрать все модели чтения из событий; обработчики перечитывают журнал после ответа")
    RebuildStarted rebuild() {
        return new RebuildStarted(rebuild.rebuildAll());
    }

    /** The processors whose read models were cleared and are being rebuilt from the first event. */
    record RebuildStarted(@Schema(example = "[\"nco-registry\", \"activity-journal\"]") List<String> rebuilt) {
    }
}
