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
import ru.kogalym.civic.eventstore.chain.ChainVerifier;
import ru.kogalym.civic.eventstore.chain.Checkpoints;
import ru.kogalym.civic.query.web.BadParameterException;
import ru.kogalym.civic.query.web.NotFoundException;
import ru.kogalym.civic.query.web.Params;

import java.util.List;

/** The auditors' API: the event store as recorded, its hash chain verified, and the read models rebuilt from it. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "audit", description = "Аудит: журнал событий как записан, проверка его цепочки хешей, пересборка моделей чтения")
class AuditController {

    private static final int MAX_SIZE = 500;
    private static final int DEFAULT_SIZE = 100;

    private final AuditTrail trail;
    private final ProjectionRebuild rebuild;
    private final ChainVerifier verifier;
    private final Checkpoints checkpoints;

    AuditController(AuditTrail trail, ProjectionRebuild rebuild, ChainVerifier verifier, Checkpoints checkpoints) {
        this.trail = trail;
        this.rebuild = rebuild;
        this.verifier = verifier;
        this.checkpoints = checkpoints;
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
        return trail.after(after(after), size(size));
    }

    @GetMapping("/verify")
    @Operation(operationId = "verifyEventLog",
            summary = "Проверить журнал: пересчитать цепочку хешей по сохранённым событиям и сверить подписанные контрольные точки",
            description = "Незапечатанный хвост (события за головой цепочки) не проверяется, а показывается в unsealedFrom и "
                          + "unsealedCount. Диапазон from..to проверяется от сохранённого хеша перед from.")
    ChainReport verify(@Parameter(description = "первая проверяемая глобальная позиция",
                               schema = @Schema(type = "integer", format = "int64", minimum = "0", defaultValue = "0"))
                       @RequestParam(required = false) String from,
                       @Parameter(description = "последняя проверяемая позиция; по умолчанию — голова цепочки",
                               schema = @Schema(type = "integer", format = "int64", minimum = "0"))
                       @RequestParam(required = false) String to) {
        Long first = Params.longInteger("from", from);
        Long last = Params.longInteger("to", to);
        if (first != null && first < 0) {
            throw new BadParameterException("from", "from must be a global position, 0 or more");
        }
        long start = first == null ? 0 : first;
        if (last != null && last < start) {
            throw new BadParameterException("to", "to must be a global position, from (" + start + ") or more");
        }
        return ChainReport.of(verifier.verify(start, last));
    }

    @GetMapping("/checkpoints")
    @Operation(operationId = "listCheckpoints",
            summary = "Подписанные контрольные точки цепочки (позиция и хеш), по порядку, для внешнего свидетеля",
            description = "Подпись — HMAC-SHA256 ключом вне хранилища (CIVIC_CHECKPOINT_KEY) по UTF-8 канонического JSON "
                          + "{\"hash\":…,\"position\":…,\"signedAt\":…}. Сохранённые у свидетеля точки доказывают журнал "
                          + "до своей позиции, даже если кто-то пересчитал в хранилище все хеши после правки.")
    List<SignedCheckpoint> checkpoints(@Parameter(description = "позиция, после которой читать; -1 — с начала",
                                               schema = @Schema(type = "integer", format = "int32", minimum = "-1",
                                                       defaultValue = "-1"))
                                       @RequestParam(required = false) String after,
                                       @Parameter(description = "сколько контрольных точек вернуть", schema = @Schema(
                                               type = "integer", format = "int32", minimum = "1", maximum = "" + MAX_SIZE,
                                               defaultValue = "" + DEFAULT_SIZE))
                                       @RequestParam(required = false) String size) {
        return checkpoints.after(after(after), size(size)).stream().map(SignedCheckpoint::of).toList();
    }

    private static int after(String after) {
        Integer position = Params.integer("after", after);
        if (position != null && position < -1) {
            throw new BadParameterException("after", "after must be a global position, -1 or more");
        }
        return position == null ? -1 : position;
    }

    private static int size(String size) {
        Integer pageSize = Params.integer("size", size);
        if (pageSize != null && (pageSize < 1 || pageSize > MAX_SIZE)) {
            throw new BadParameterException("size", "size must be between 1 and " + MAX_SIZE);
        }
        return pageSize == null ? DEFAULT_SIZE : pageSize;
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
