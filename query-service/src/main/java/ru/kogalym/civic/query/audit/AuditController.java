package ru.kogalym.civic.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bson.Document;
import org.slf4j.MDC;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.lang.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import ru.kogalym.civic.eventstore.chain.ChainVerifier;
import ru.kogalym.civic.eventstore.chain.Checkpoints;
import ru.kogalym.civic.eventstore.operations.CorrelationIdFilter;
import ru.kogalym.civic.query.projection.KnownAt;
import ru.kogalym.civic.query.projection.ReadModelRebuilds;
import ru.kogalym.civic.query.web.BadParameterException;
import ru.kogalym.civic.query.web.NotFoundException;
import ru.kogalym.civic.query.web.Params;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The auditors' API: the event store as recorded, its hash chain verified, and the read models rebuilt from it. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "audit", description = "Аудит: журнал событий как записан, проверка его цепочки хешей, пересборка моделей чтения")
class AuditController {

    static final String NDJSON = "application/x-ndjson";
    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();
    private static final int MAX_SIZE = 500;
    private static final int DEFAULT_SIZE = 100;

    private final AuditTrail trail;
    private final ReadModelRebuilds rebuilds;
    private final ChainVerifier verifier;
    private final Checkpoints checkpoints;
    private final KnownAt known;
    private final ObjectMapper json;

    AuditController(AuditTrail trail, ReadModelRebuilds rebuilds, ChainVerifier verifier, Checkpoints checkpoints,
                    KnownAt known, ObjectMapper json) {
        this.json = json;
        this.known = known;
        this.trail = trail;
        this.rebuilds = rebuilds;
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

    @GetMapping("/records/{recordId}/state")
    @NotFoundException.Possible
    @Operation(operationId = "getRecordState",
            summary = "Запись, как её держали модели чтения в момент knownAt или после глобальной позиции position "
                    + "(без обоих — сейчас): все события хранилища до этой точки, свёрнутые заново")
    RecordState state(@Parameter(description = "идентификатор записи", example = "n-edinstvo")
                      @PathVariable String recordId,
                      @KnownAt.Parameter @RequestParam(required = false) String knownAt,
                      @Parameter(description = "глобальная позиция последнего учитываемого события (включительно); "
                              + "не вместе с knownAt", schema = @Schema(type = "integer", format = "int64", minimum = "0"))
                      @RequestParam(required = false) String position) {
        Instant instant = KnownAt.parse(knownAt);
        Long upTo = Params.longInteger("position", position);
        if (upTo != null && upTo < 0) {
            throw new BadParameterException("position", "position must be 0 or more");
        }
        if (upTo != null && instant != null) {
            throw new BadParameterException("position", "give knownAt or position, not both");
        }
        KnownAt.RecordState state = instant != null ? known.recordAt(recordId, instant)
                : known.recordUpTo(recordId, upTo == null ? Long.MAX_VALUE : upTo);
        if (state.documents().isEmpty()) {
            throw new NotFoundException("recordId", "No read model held a record " + recordId + " at that point");
        }
        Map<String, JsonNode> readModels = new LinkedHashMap<>();
        state.documents().forEach((name, document) -> readModels.put(name, asJson(document)));
        return new RecordState(recordId, instant, upTo, state.eventsApplied(),
                               state.lastPosition() < 0 ? null : state.lastPosition(), readModels);
    }

    /**
     * One record's state at a point of the log, by read model.
     *
     * @param eventsApplied how many events of the whole log were folded to reach it
     * @param lastPosition  the global position of the last of them
     * @param readModels    the record's document in each read model that holds one, as that read model stores it
     */
    record RecordState(String recordId, @Nullable Instant knownAt, @Nullable Long position, long eventsApplied,
                       @Nullable Long lastPosition,
                       @Schema(type = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                               description = "by read model (collection) name, the record's document as that read "
                                       + "model stores it; the documents differ by read model")
                       Map<String, JsonNode> readModels) {
    }

    private JsonNode asJson(Document document) {
        try {
            return json.readTree(document.toJson(RELAXED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping(value = "/events", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listAuditEvents",
            summary = "События хранилища в глобальном порядке, после позиции, с отбором; весь отбор потоком — "
                    + "Accept: application/x-ndjson")
    @ApiResponse(responseCode = "200", description = "события по порядку", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    array = @ArraySchema(schema = @Schema(implementation = AuditTrail.AuditEntry.class))),
            @Content(mediaType = NDJSON, schema = @Schema(type = "string",
                    description = "одно событие (как в JSON-ответе) на строку, весь отбор без ограничения size"))})
    List<AuditTrail.AuditEntry> events(@Parameter(description = "глобальная позиция, после которой читать; -1 — с начала",
                                               schema = @Schema(type = "integer", format = "int32", minimum = "-1",
                                                       defaultValue = "-1"))
                                       @RequestParam(required = false) String after,
                                       @Parameter(description = "сколько событий вернуть", schema = @Schema(type = "integer",
                                               format = "int32", minimum = "1", maximum = "" + MAX_SIZE,
                                               defaultValue = "" + DEFAULT_SIZE))
                                       @RequestParam(required = false) String size,
                                       @ParameterObject Criteria criteria) {
        return trail.after(after(after), size(size), criteria.filter());
    }

    @GetMapping(value = "/events", produces = NDJSON)
    @Hidden
    ResponseEntity<StreamingResponseBody> eventsAsNdjson(@RequestParam(required = false) String after,
                                                         @ParameterObject Criteria criteria) {
        long from = after(after);
        AuditFilter filter = criteria.filter();
        StreamingResponseBody body = out -> {
            ObjectWriter writer = json.writer().without(SerializationFeature.INDENT_OUTPUT);
            trail.forEach(from, filter, entry -> {
                try {
                    out.write(writer.writeValueAsBytes(entry));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(NDJSON)).body(body);
    }

    @GetMapping("/correlations/{correlationId}")
    @NotFoundException.Possible
    @Operation(operationId = "listCorrelatedEvents", summary = "Всё, что вызвал один запрос (по его correlationId)")
    List<AuditTrail.AuditEntry> correlated(@Parameter(description = "идентификатор корреляции запроса",
                                                   example = "6816ef49-b334-49cd-bfd4-a9f351b4c017")
                                           @PathVariable String correlationId) {
        List<AuditTrail.AuditEntry> entries = new ArrayList<>();
        trail.forEach(-1, AuditFilter.ofCorrelation(correlationId), entries::add);
        if (entries.isEmpty()) {
            throw new NotFoundException("correlationId", "No event was caused by a request " + correlationId);
        }
        return entries;
    }

    /** The criteria of {@code GET /api/audit/events}; each is optional and they all must hold. */
    record Criteria(@Parameter(description = "идентификатор записи", example = "n-edinstvo") String recordId,
                    @Parameter(description = "тип записи (агрегата)", example = "Nco") String recordType,
                    @Parameter(description = "тип события", example = "NcoRegisteredEvent") String eventType,
                    @Parameter(description = "кто записал (issuedBy)", example = "staff") String user,
                    @Parameter(description = "идентификатор корреляции запроса") String correlationId,
                    @Parameter(description = "записано не раньше (ISO-8601)", example = "2021-01-01T00:00:00Z",
                            schema = @Schema(type = "string", format = "date-time")) String recordedFrom,
                    @Parameter(description = "записано раньше (ISO-8601)", example = "2022-01-01T00:00:00Z",
                            schema = @Schema(type = "string", format = "date-time")) String recordedTo) {

        AuditFilter filter() {
            Instant from = Params.instant("recordedFrom", recordedFrom);
            Instant to = Params.instant("recordedTo", recordedTo);
            if (from != null && to != null && !to.isAfter(from)) {
                throw new BadParameterException("recordedTo", "recordedTo must be after recordedFrom");
            }
            return new AuditFilter(Params.text(recordId), Params.text(recordType), Params.text(eventType),
                                   Params.text(user), Params.text(correlationId), from, to);
        }
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
            summary = "Пересобрать модели чтения из событий рядом с действующими и подменить их, когда догонят журнал; "
                    + "запрос записывается в журнал событий")
    @ApiResponse(responseCode = "202", description = "пересборка начата; её ход — по адресу из Location",
            headers = @Header(name = HttpHeaders.LOCATION, description = "/api/audit/rebuilds/{rebuildId}",
                    schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "409", description = "другая пересборка ещё идёт",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ReadModelRebuilds.Status> rebuild(
            @Parameter(description = "одна модель чтения (группа обработчиков); без него — все",
                    schema = @Schema(type = "string", example = "nco-registry"))
            @RequestParam(required = false) String readModel,
            @Parameter(description = "зачем: попадает в журнал событий вместе с именем аудитора", required = true,
                    example = "проверка после обновления версии")
            @RequestParam(required = false) String reason,
            Principal auditor) {
        ReadModelRebuilds.Status started = rebuilds.start(Params.text(readModel), Params.text(reason), auditor.getName(),
                                                          MDC.get(CorrelationIdFilter.MDC_KEY));
        return ResponseEntity.accepted().location(URI.create("/api/audit/rebuilds/" + started.rebuildId())).body(started);
    }

    @GetMapping("/rebuilds/{rebuildId}")
    @NotFoundException.Possible
    @Operation(operationId = "getRebuild", summary = "Ход пересборки: состояние, позиция, скорость, ошибка")
    ReadModelRebuilds.Status rebuildStatus(@Parameter(description = "идентификатор пересборки") @PathVariable String rebuildId) {
        return rebuilds.status(rebuildId)
                       .orElseThrow(() -> new NotFoundException("rebuildId", "No rebuild " + rebuildId));
    }
}
