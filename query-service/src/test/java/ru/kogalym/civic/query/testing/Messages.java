package ru.kogalym.civic.query.testing;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;

import java.util.Map;

/**
 * Event messages as the command side stamps them: who issued the command and when it was recorded. Handlers read
 * only a message's identifier and metadata (the payload is passed separately), so {@link #stamp()} carries none.
 */
public final class Messages {

    private Messages() {
    }

    /** A fresh message (new identifier) with default audit metadata. */
    public static EventMessage<?> stamp() {
        return stamp("clerk@admkogalym", "2021-01-15T09:00:00Z");
    }

    public static EventMessage<?> stamp(String issuedBy, String recordedAt) {
        return msg("stamp", issuedBy, recordedAt);
    }

    public static EventMessage<?> msg(Object payload) {
        return msg(payload, "clerk@admkogalym", "2021-01-15T09:00:00Z");
    }

    public static EventMessage<?> msg(Object payload, String issuedBy, String recordedAt) {
        return GenericEventMessage.asEventMessage(payload)
                                  .andMetaData(Map.of("issuedBy", issuedBy, "recordedAt", recordedAt));
    }
}
