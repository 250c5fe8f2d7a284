package ru.kogalym.civic.command.audit;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.contract.MetadataKey;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Stamps every event with who issued the command that caused it, when it was recorded, the correlation id
 * of the request, the id of the causing command and the command's name, so an auditor can answer
 * "who recorded what, when and why" from the event store alone.
 */
@Component
public class AuditMetadataProvider implements CorrelationDataProvider {

    public static final String ISSUED_BY = MetadataKey.ISSUED_BY.key();
    public static final String RECORDED_AT = MetadataKey.RECORDED_AT.key();
    public static final String CORRELATION_ID = MetadataKey.CORRELATION_ID.key();
    public static final String CAUSATION_ID = MetadataKey.CAUSATION_ID.key();
    public static final String COMMAND_NAME = MetadataKey.COMMAND_NAME.key();
    public static final String ANONYMOUS = "anonymous";

    private final Clock clock;

    public AuditMetadataProvider(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        data.put(ISSUED_BY, message.getMetaData().getOrDefault(ISSUED_BY, ANONYMOUS));
        data.put(CORRELATION_ID, message.getMetaData().getOrDefault(CORRELATION_ID, message.getIdentifier()));
        data.put(CAUSATION_ID, message.getIdentifier());
        data.put(RECORDED_AT, clock.instant().toString());
        if (message instanceof CommandMessage<?> command) {
            String name = command.getCommandName();
            data.put(COMMAND_NAME, name.substring(name.lastIndexOf('.') + 1));
        }
        return data;
    }
}
