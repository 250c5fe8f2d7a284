package ru.kogalym.civic.query.testing;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;

import java.util.Map;

/** Event messages as the command side stamps them: who issued the command and when it was recorded. */
public final class Messages {

    private Messages() {
    }

    public static EventMessage<?> msg(Object payload) {
        return msg(payload, "clerk@admhmao", "2021-01-15T09:00:00Z");
    }

    public static EventMessage<?> msg(Object payload, String issuedBy, String recordedAt) {
        return GenericEventMessage.asEventMessage(payload)
                                  .andMetaData(Map.of("issuedBy", issuedBy, "recordedAt", recordedAt));
    }
}
