package ru.kogalym.civic.query.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Which events of the store an auditor asks for; a null criterion matches every event. {@code from} and {@code to}
 * bound when an event was recorded (its {@code recordedAt}, else the store's timestamp), {@code to} exclusive.
 */
record AuditFilter(String recordId, String recordType, String eventType, String user, String correlationId,
                   Instant from, Instant to) {

    static final AuditFilter EVERYTHING = new AuditFilter(null, null, null, null, null, null, null);

    static AuditFilter ofCorrelation(String correlationId) {
        return new AuditFilter(null, null, null, null, correlationId, null, null);
    }

    boolean test(AuditTrail.AuditEntry entry) {
        return matches(recordId, entry.recordId()) && matches(recordType, entry.recordType())
                && matches(eventType, entry.event()) && matches(user, entry.issuedBy())
                && matches(correlationId, entry.correlationId()) && inRange(recordedAt(entry));
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }

    private boolean inRange(Instant recorded) {
        return (from == null || !recorded.isBefore(from)) && (to == null || recorded.isBefore(to));
    }

    private static Instant recordedAt(AuditTrail.AuditEntry entry) {
        try {
            return Instant.parse(entry.recordedAt() != null ? entry.recordedAt() : entry.timestamp());
        } catch (DateTimeParseException e) {
            return Instant.parse(entry.timestamp());
        }
    }
}
