package ru.kogalym.civic.contract;

/**
 * The keys of every event's metadata, written by the command side and read by the query side and by auditors.
 * The date a thing happened is a field of the event itself, never one of these.
 */
public enum MetadataKey {

    /** The authenticated user whose request caused the event. */
    ISSUED_BY("issuedBy"),
    /** When the event was recorded (ISO-8601 instant). */
    RECORDED_AT("recordedAt"),
    /** The id of the request (or scenario run) that caused it, shared by everything that request caused. */
    CORRELATION_ID("correlationId"),
    /** The id of the message (the command) that caused it. */
    CAUSATION_ID("causationId"),
    /** The simple name of the command that caused it. */
    COMMAND_NAME("commandName");

    private final String key;

    MetadataKey(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
