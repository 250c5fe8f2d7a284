package ru.kogalym.civic.query.support;

import org.bson.Document;
import ru.kogalym.civic.contract.support.RegisterViolation;
import ru.kogalym.civic.contract.support.RegisterViolationKind;
import ru.kogalym.civic.contract.support.SupportRegisterEntryChangedEvent;
import ru.kogalym.civic.contract.support.SupportRegisterEntryExcludedEvent;
import ru.kogalym.civic.contract.support.SupportRegisterEntryIncludedEvent;
import ru.kogalym.civic.query.journal.EventAudit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of the support register as its events left it, with the ids of the events applied (so a redelivered
 * event changes nothing).
 */
record RegisterEntry(
        int number,
        String supportId,
        LocalDate includedOn,
        String includedBy,
        String basis,
        LocalDate decisionDate,
        List<String> activityKinds,
        LocalDate supportStoppedOn,
        List<RegisterViolation> violations,
        int changes,
        LocalDate excludedOn,
        String exclusionBasis,
        String exclusionReason,
        List<String> appliedEvents) {

    /** Order No. 223: an entry is made within 30 days of the decision; a later one is flagged. */
    static final int DAYS_TO_INCLUDE = 30;

    RegisterEntry {
        activityKinds = List.copyOf(activityKinds);
        violations = List.copyOf(violations);
        appliedEvents = List.copyOf(appliedEvents);
    }

    static RegisterEntry included(SupportRegisterEntryIncludedEvent e, EventAudit audit) {
        return new RegisterEntry(e.entryNumber(), e.supportId(), e.includedOn(), audit.issuedBy(), e.basis(),
                e.decisionDate(), orEmpty(e.activityKinds()), null, List.of(), 0, null, null, null,
                List.of(audit.eventId()));
    }

    RegisterEntry changed(SupportRegisterEntryChangedEvent e, EventAudit audit) {
        return new RegisterEntry(number, supportId, includedOn, includedBy, e.basis(), e.decisionDate(),
                orEmpty(e.activityKinds()), e.supportStoppedOn(), orEmpty(e.violations()), changes + 1, excludedOn,
                exclusionBasis, exclusionReason, applied(audit));
    }

    RegisterEntry excluded(SupportRegisterEntryExcludedEvent e, EventAudit audit) {
        return new RegisterEntry(number, supportId, includedOn, includedBy, basis, decisionDate, activityKinds,
                supportStoppedOn, violations, changes, e.excludedOn(), e.basis(), e.reason(), applied(audit));
    }

    boolean hasApplied(String eventId) {
        return appliedEvents.contains(eventId);
    }

    boolean isExcluded() {
        return excludedOn != null;
    }

    boolean includedLate() {
        return includedOn != null && decisionDate != null
               && includedOn.isAfter(decisionDate.plusDays(DAYS_TO_INCLUDE));
    }

    private List<String> applied(EventAudit audit) {
        List<String> ids = new ArrayList<>(appliedEvents);
        ids.add(audit.eventId());
        return ids;
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    Document toDocument() {
        return new Document("_id", number)
                .append("supportId", supportId)
                .append("includedOn", text(includedOn))
                .append("includedBy", includedBy)
                .append("basis", basis)
                .append("decisionDate", text(decisionDate))
                .append("activityKinds", activityKinds)
                .append("supportStoppedOn", text(supportStoppedOn))
                .append("violations", violations.stream().map(v -> new Document("kind", v.kind().name())
                        .append("foundOn", text(v.foundOn()))
                        .append("description", v.description())).toList())
                .append("changes", changes)
                .append("excludedOn", text(excludedOn))
                .append("exclusionBasis", exclusionBasis)
                .append("exclusionReason", exclusionReason)
                .append("appliedEvents", appliedEvents);
    }

    static RegisterEntry fromDocument(Document d) {
        List<RegisterViolation> violations = d.getList("violations", Document.class, List.of()).stream()
                .map(v -> new RegisterViolation(RegisterViolationKind.valueOf(v.getString("kind")),
                        date(v.getString("foundOn")), v.getString("description")))
                .toList();
        return new RegisterEntry(d.getInteger("_id"), d.getString("supportId"), date(d.getString("includedOn")),
                d.getString("includedBy"), d.getString("basis"), date(d.getString("decisionDate")),
                d.getList("activityKinds", String.class, List.of()), date(d.getString("supportStoppedOn")),
                violations, d.getInteger("changes", 0), date(d.getString("excludedOn")),
                d.getString("exclusionBasis"), d.getString("exclusionReason"),
                d.getList("appliedEvents", String.class, List.of()));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
