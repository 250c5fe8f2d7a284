package ru.kogalym.civic.query.council;

import org.bson.Document;
import ru.kogalym.civic.contract.council.BodyDissolvedEvent;
import ru.kogalym.civic.contract.council.BodyEstablishedEvent;
import ru.kogalym.civic.contract.council.BodyKind;
import ru.kogalym.civic.contract.council.BodyMemberAddedEvent;
import ru.kogalym.civic.contract.council.BodyMemberRemovedEvent;
import ru.kogalym.civic.query.journal.EventAudit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The read model of one council or commission: when it was established and dissolved, and every membership with
 * its dates, so its members on any date can be told. {@code appliedEvents} makes handlers idempotent.
 */
record BodyEntry(String id, BodyKind kind, String name, String area, LocalDate establishedOn,
                        LocalDate dissolvedOn, String dissolutionReason, List<BodyMember> members,
                        List<String> appliedEvents) {

    public BodyEntry {
        members = List.copyOf(members);
        appliedEvents = List.copyOf(appliedEvents);
    }

    public static BodyEntry established(BodyEstablishedEvent e, EventAudit audit) {
        return new BodyEntry(e.bodyId(), e.kind(), e.name(), e.area() == null ? null : e.area().name(),
                             e.establishedOn(), null, null, List.of(), List.of(audit.eventId()));
    }

    public BodyEntry memberAdded(BodyMemberAddedEvent e, EventAudit audit) {
        List<BodyMember> next = new ArrayList<>(members);
        next.add(new BodyMember(e.memberId(), e.ncoId(), e.person(), e.role(), e.addedOn(), null, null));
        return with(next, dissolvedOn, dissolutionReason, audit);
    }

    public BodyEntry memberRemoved(BodyMemberRemovedEvent e, EventAudit audit) {
        List<BodyMember> next = new ArrayList<>();
        boolean found = false;
        for (BodyMember member : members) {
            if (!found && member.memberId().equals(e.memberId()) && member.removedOn() == null) {
                next.add(member.removed(e.removedOn(), e.reason()));
                found = true;
            } else {
                next.add(member);
            }
        }
        return with(next, dissolvedOn, dissolutionReason, audit);
    }

    public BodyEntry dissolved(BodyDissolvedEvent e, EventAudit audit) {
        return with(members, e.dissolvedOn(), e.reason(), audit);
    }

    public boolean hasApplied(String eventId) {
        return appliedEvents.contains(eventId);
    }

    public boolean establishedBy(LocalDate date) {
        return establishedOn == null || !establishedOn.isAfter(date);
    }

    public boolean dissolvedBy(LocalDate date) {
        return dissolvedOn != null && !dissolvedOn.isAfter(date);
    }

    /** The members at the end of {@code date}: none once the body is dissolved. */
    public List<BodyMember> membersOn(LocalDate date) {
        if (dissolvedBy(date)) {
            return List.of();
        }
        return members.stream().filter(m -> m.activeOn(date)).toList();
    }

    private BodyEntry with(List<BodyMember> members, LocalDate dissolvedOn, String reason, EventAudit audit) {
        List<String> applied = new ArrayList<>(appliedEvents);
        applied.add(audit.eventId());
        return new BodyEntry(id, kind, name, area, establishedOn, dissolvedOn, reason, members, applied);
    }

    // --- the one place an entry meets its BSON document ---

    public Document toDocument() {
        return new Document("_id", id)
                .append("kind", kind == null ? null : kind.name())
                .append("name", name)
                .append("area", area)
                .append("establishedOn", text(establishedOn))
                .append("dissolvedOn", text(dissolvedOn))
                .append("dissolutionReason", dissolutionReason)
                .append("members", members.stream().map(m -> new Document("memberId", m.memberId())
                        .append("ncoId", m.ncoId())
                        .append("person", m.person())
                        .append("role", m.role())
                        .append("addedOn", text(m.addedOn()))
                        .append("removedOn", text(m.removedOn()))
                        .append("removalReason", m.removalReason())).toList())
                .append("appliedEvents", appliedEvents);
    }

    public static BodyEntry fromDocument(Document d) {
        List<BodyMember> members = d.getList("members", Document.class, List.of()).stream()
                .map(m -> new BodyMember(m.getString("memberId"), m.getString("ncoId"), m.getString("person"),
                                         m.getString("role"), date(m.getString("addedOn")),
                                         date(m.getString("removedOn")), m.getString("removalReason")))
                .toList();
        String kind = d.getString("kind");
        return new BodyEntry(d.getString("_id"), kind == null ? null : BodyKind.valueOf(kind), d.getString("name"),
                             d.getString("area"), date(d.getString("establishedOn")), date(d.getString("dissolvedOn")),
                             d.getString("dissolutionReason"), members,
                             d.getList("appliedEvents", String.class, List.of()));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
