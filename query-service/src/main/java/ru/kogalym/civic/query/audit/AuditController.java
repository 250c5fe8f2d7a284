package ru.kogalym.civic.query.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.query.web.BadParameterException;
import ru.kogalym.civic.query.web.NotFoundException;
import ru.kogalym.civic.query.web.Params;

import java.util.List;
import java.util.Map;

/** The auditors' API: the event store as recorded, and the read models rebuilt from it. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private static final int MAX_SIZE = 500;

    private final AuditTrail trail;
    private final ProjectionRebuild rebuild;

    AuditController(AuditTrail trail, ProjectionRebuild rebuild) {
        this.trail = trail;
        this.rebuild = rebuild;
    }

    @GetMapping("/records/{recordId}/events")
    List<AuditTrail.AuditEntry> ofRecord(@PathVariable String recordId) {
        List<AuditTrail.AuditEntry> entries = trail.ofRecord(recordId);
        if (entries.isEmpty()) {
            throw new NotFoundException("recordId", "No record " + recordId + " was ever recorded");
        }
        return entries;
    }

    @GetMapping("/events")
    List<AuditTrail.AuditEntry> events(@RequestParam(required = false) String after,
                                       @RequestParam(required = false) String size) {
        Integer afterPosition = Params.integer("after", after);
        Integer pageSize = Params.integer("size", size);
        if (afterPosition != null && afterPosition < -1) {
            throw new BadParameterException("after", "after must be a global position, -1 or more");
        }
        if (pageSize != null && (pageSize < 1 || pageSize > MAX_SIZE)) {
            throw new BadParameterException("size", "size must be between 1 and " + MAX_SIZE);
        }
        return trail.after(afterPosition == null ? -1 : afterPosition, pageSize == null ? 100 : pageSize);
    }

    @PostMapping("/rebuild")
    Map<String, Object> rebuild() {
        return Map.of("rebuilt", rebuild.rebuildAll());
    }
}
