package ru.kogalym.civic.command.web;

import ru.kogalym.civic.command.common.Detail;
import ru.kogalym.civic.command.common.Problem;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.command.audit.AuditMetadataProvider;
import ru.kogalym.civic.command.common.RuleViolationException;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way commands leave the web layer: validates ids, checks that the record a command is about exists
 * ({@link ExistingRecords}), and sends through the {@link CommandGateway} with the caller's metadata
 * ({@code issuedBy}, {@code correlationId}, and for creations {@code requestFingerprint}). A failure leaves as a
 * {@link CommandFailure} naming the request's id parameter, which {@link ProblemHandler} maps to a problem.
 * Creations a client may repeat go through {@link IdempotentCreation}.
 */
@Component
public class CommandSender {

    /** Metadata key of the creation request's fingerprint; copied into the events by {@link WebMetadataConfiguration}. */
    public static final String REQUEST_FINGERPRINT = "requestFingerprint";

    private final CommandGateway gateway;
    private final ExistingRecords records;
    private final Supplier<CommandContext> context;
    private final Map<String, Object> extraMetaData;

    @Autowired
    CommandSender(CommandGateway gateway, ExistingRecords records) {
        this(gateway, records, CommandContext::ofCurrentRequest, Map.of());
    }

    private CommandSender(CommandGateway gateway, ExistingRecords records, Supplier<CommandContext> context,
                          Map<String, Object> extraMetaData) {
        this.gateway = gateway;
        this.records = records;
        this.context = context;
        this.extraMetaData = extraMetaData;
    }

    /** The same sender, issuing commands as {@code context} instead of the current HTTP request's caller. */
    public CommandSender as(CommandContext context) {
        return new CommandSender(gateway, records, () -> context, extraMetaData);
    }

    /**
     * The same sender, adding {@code key} to every command's metadata, e.g. {@link
     * ru.kogalym.civic.contract.MetadataKey#ILLUSTRATIVE}; the events get it where a correlation data provider copies
     * it. The caller's own metadata ({@code issuedBy}, ...) cannot be replaced this way.
     */
    public CommandSender with(String key, Object value) {
        Map<String, Object> extra = new HashMap<>(extraMetaData);
        extra.put(key, value);
        return new CommandSender(gateway, records, context, Map.copyOf(extra));
    }

    /**
     * Sends a command to an existing record of the given type: {@code 404} when {@code id} names none (or a record of
     * another type).
     */
    public <C> void update(AggregateType type, String id, Function<String, C> command) {
        String recordId = records.require(type, id);
        send(command.apply(recordId), type.idParam());
    }

    /**
     * Sends a command about an existing part of an existing record, e.g. the removal of a council's member: {@code 404}
     * when either is unknown. The command function takes the record's and the part's id.
     */
    public <C> void updatePart(AggregateType type, String id, PartType part, String partId,
                               BiFunction<String, String, C> command) {
        updatePartOf(records.require(type, id), type.label(), type.idParam(), part, partId, command);
    }

    /**
     * As {@link #updatePart}, for a record the service keeps under a fixed id that no client can name (the support
     * register): only the part is looked for, and {@code 404} means the part is unknown.
     */
    public <C> void updateOwnRecordPart(String recordId, Detail recordName, PartType part, String partId,
                                        BiFunction<String, String, C> command) {
        updatePartOf(recordId, recordName, part.idParam(), part, partId, command);
    }

    private <C> void updatePartOf(String recordId, Detail recordName, String idParam, PartType part, String partId,
                                  BiFunction<String, String, C> command) {
        String checkedPartId = Ids.requireValid(part.idParam(), partId);
        C built = command.apply(recordId, checkedPartId);
        try {
            dispatch(built, null);
        } catch (RuntimeException failure) {
            // whether the part exists is asked only when the record refused the command about the part, so its
            // history is read on that path alone
            if (failure instanceof RuleViolationException violation && part.idParam().equals(violation.field())
                    && records.partCreation(recordId, part, checkedPartId).isEmpty()) {
                throw ApiProblem.notFound(part.idParam(), Problem.NO_PART, recordName, recordId, part.label(),
                        checkedPartId);
            }
            throw CommandFailure.of(failure, built, idParam);
        }
    }

    /**
     * Sends a command whose record the caller has already found (or is creating without a request fingerprint);
     * a failure as a {@link CommandFailure} with the record's id named {@code idParam}.
     */
    public void send(Object command, String idParam) {
        ask(command, idParam);
    }

    /** As {@link #send}, answering what the command handler returned (e.g. the number a register gave an entry). */
    @SuppressWarnings("unchecked")
    public <R> R ask(Object command, String idParam) {
        try {
            return (R) dispatch(command, null);
        } catch (RuntimeException failure) {
            throw CommandFailure.of(failure, command, idParam);
        }
    }

    /**
     * Sends {@code command} as the caller, with the creation request's {@code fingerprint} if not null; throws what the
     * aggregate (or Axon) threw, without the gateway's wrapping.
     */
    Object dispatch(Object command, String fingerprint) {
        CommandContext caller = context.get();
        Map<String, Object> metadata = new HashMap<>(extraMetaData);
        metadata.put(AuditMetadataProvider.ISSUED_BY, caller.issuedBy());
        metadata.put(AuditMetadataProvider.CORRELATION_ID, caller.correlationId());
        if (fingerprint != null) {
            metadata.put(REQUEST_FINGERPRINT, fingerprint);
        }
        try {
            return gateway.sendAndWait(command, MetaData.from(metadata));
        } catch (RuntimeException e) {
            throw CommandFailure.unwrap(e);
        }
    }
}
