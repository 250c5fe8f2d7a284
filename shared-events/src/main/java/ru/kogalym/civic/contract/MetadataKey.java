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
    COMMAND_NAME("commandName"),
    /**
     * The payload's fields whose values the source did not give, chosen by whoever recorded the event to illustrate
     * it (a list of field names, a nested one dotted: {@code ["heldOn", "stateRegistration.registeredOn"]}). Absent
     * when every value is as the source gave it. Reports leave such values out rather than state them as fact; a
     * correction states every value anew, so it is illustrative only where it says so itself.
     */
    ILLUSTRATIVE("illustrative");

    private final String key;

    MetadataKey(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
