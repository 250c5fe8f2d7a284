package ru.kogalym.civic.command.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.command.audit.AuditMetadataProvider;
import ru.kogalym.civic.command.common.InvalidCommandException;
import ru.kogalym.civic.eventstore.operations.StoreUnavailable;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The one way commands leave the web layer: validates ids, sends through the {@link CommandGateway} with the
 * caller's metadata ({@code issuedBy}, {@code correlationId}, and for creations {@code requestFingerprint}) and makes
 * creation idempotent. A failure leaves as a {@link CommandFailure} naming the request's id parameter, which
 * {@link ProblemHandler} maps to a problem.
 *
 * <p>Idempotent creation: a creation whose id is already taken is looked up in the event store; if the event that
 * created the record carries the same request fingerprint, the request is a retry and gets the same {@code 201};
 * otherwise the id is reused for something else: {@code 409}.
 */
@Component
public class CommandSender {

    /** Metadata key of the creation request's fingerprint; copied into the events by {@link WebMetadataConfiguration}. */
    public static final String REQUEST_FINGERPRINT = "requestFingerprint";

    private final CommandGateway gateway;
    private final EventStore eventStore;
    private final Supplier<CommandContext> context;
    private final String queryServiceBaseUrl;

    @Autowired
    public CommandSender(CommandGateway gateway, EventStore eventStore,
                         @Value("${civic.query-service.base-url:http://localhost:8082}") String queryServiceBaseUrl) {
        this(gateway, eventStore, CommandContext::ofCurrentRequest, queryServiceBaseUrl);
    }

    private CommandSender(CommandGateway gateway, EventStore eventStore, Supplier<CommandContext> context,
                          String queryServiceBaseUrl) {
        this.gateway = gateway;
        this.eventStore = eventStore;
        this.context = context;
        this.queryServiceBaseUrl = queryServiceBaseUrl.replaceAll("/+$", "");
    }

    /** The same sender, issuing commands as {@code context} instead of the current HTTP request's caller. */
    public CommandSender as(CommandContext context) {
        return new CommandSender(gateway, eventStore, () -> context, queryServiceBaseUrl);
    }

    /** Creates a record whose id is {@code requestedId} (a new UUID when null); the fingerprint is the command's. */
    public <C> Created create(AggregateType type, String requestedId, Function<String, C> command) {
        return create(type, requestedId, command, null);
    }

    /**
     * Creates a record whose id is {@code requestedId} (a new UUID when null).
     *
     * @param request what the client asked for, fingerprinted instead of the command when the command has defaults
     *                filled in (a date defaulting to today must not make a retry tomorrow look different); null: the
     *                command
     */
    public <C> Created create(AggregateType type, String requestedId, Function<String, C> command, Object request) {
        String id = Ids.givenOrNew(type.idParam(), requestedId);
        C built = command.apply(id);
        String fingerprint = Fingerprints.of(built.getClass(), id, request == null ? built : request);
        // a retry (or a reuse) is answered from the store, without troubling the aggregate; this also keeps a
        // create-if-missing aggregate from appending to another kind of record's stream
        Optional<Created> earlier = earlierCreation(type, id, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            dispatch(built, fingerprint);
            return new Created(id, location(type, id), false);
        } catch (RuntimeException e) {
            RuntimeException failure = CommandFailure.unwrap(e);
            if (!(failure instanceof InvalidCommandException) && !StoreUnavailable.causedBy(failure)) {
                // created by a concurrent request in the meantime?
                Optional<Created> concurrent = earlierCreation(type, id, fingerprint);
                if (concurrent.isPresent()) {
                    return concurrent.get();
                }
            }
            throw CommandFailure.of(failure, built, type.idParam());
        }
    }

    /** Where the record can be read: on the query-service, the only side that answers reads. */
    private String location(AggregateType type, String id) {
        return queryServiceBaseUrl + type.readPathOf(id);
    }

    /** The earlier creation of {@code id}, if it was an identical request; a 409 problem if it was another. */
    private Optional<Created> earlierCreation(AggregateType type, String id, String fingerprint) {
        Optional<DomainEventMessage<?>> creation = firstEvent(id, event -> true);
        if (creation.isEmpty()) {
            return Optional.empty();
        }
        if (fingerprint.equals(creation.get().getMetaData().get(REQUEST_FINGERPRINT))) {
            return Optional.of(new Created(id, location(type, id), true));
        }
        throw ApiProblem.conflict(type.idParam(), type.idParam() + ": " + id
                + " is already the id of another record; a retry must repeat the original request exactly");
    }

    /**
     * Creates a part of an existing record, e.g. a member of a council, whose id is {@code requestedPartId} (a new
     * UUID when null); idempotent like {@link #create}. The command function takes the record's and the part's id.
     */
    public <C> Created createPart(AggregateType type, String id, PartType part, String requestedPartId,
                                  BiFunction<String, String, C> command, Object request) {
        String recordId = requireExisting(type, id);
        String partId = Ids.givenOrNew(part.idParam(), requestedPartId);
        C built = command.apply(recordId, partId);
        String fingerprint = Fingerprints.of(built.getClass(), recordId + "/" + partId, request == null ? built : request);
        // the query-service shows a part with its record (a body's members, a year's tasks)
        String location = location(type, recordId);
        try {
            dispatch(built, fingerprint);
            return new Created(partId, location, false);
        } catch (RuntimeException e) {
            RuntimeException failure = CommandFailure.unwrap(e);
            if (failure instanceof InvalidCommandException || StoreUnavailable.causedBy(failure)) {
                throw CommandFailure.of(failure, built, type.idParam());
            }
            Optional<DomainEventMessage<?>> creation =
                    firstEvent(recordId, event -> part.createdBy().test(event.getPayload(), partId));
            if (creation.isEmpty()) {
                throw CommandFailure.of(failure, built, type.idParam());
            }
            if (fingerprint.equals(creation.get().getMetaData().get(REQUEST_FINGERPRINT))) {
                return new Created(partId, location, true);
            }
            throw ApiProblem.conflict(part.idParam(), part.idParam() + ": " + partId + " is already the id of another "
                    + part.name() + " of " + type.name() + " " + recordId
                    + "; a retry must repeat the original request exactly");
        }
    }

    /**
     * Sends a command to an existing record of the given type: {@code 404} when {@code id} names none (or a record of
     * another type).
     */
    public <C> void update(AggregateType type, String id, Function<String, C> command) {
        String recordId = requireExisting(type, id);
        C built = command.apply(recordId);
        try {
            dispatch(built, null);
        } catch (RuntimeException e) {
            throw CommandFailure.of(e, built, type.idParam());
        }
    }

    /**
     * Sends a command about an existing part of an existing record, e.g. the removal of a council's member: {@code 404}
     * when either is unknown. The command function takes the record's and the part's id.
     */
    public <C> void updatePart(AggregateType type, String id, PartType part, String partId,
                               BiFunction<String, String, C> command) {
        String recordId = requireExisting(type, id);
        String checkedPartId = Ids.requireValid(part.idParam(), partId);
        if (firstEvent(recordId, event -> part.createdBy().test(event.getPayload(), checkedPartId)).isEmpty()) {
            throw ApiProblem.notFound(part.idParam(), part.idParam() + ": " + type.name() + " " + recordId + " has no "
                    + part.name() + " " + checkedPartId);
        }
        C built = command.apply(recordId, checkedPartId);
        try {
            dispatch(built, null);
        } catch (RuntimeException e) {
            throw CommandFailure.of(e, built, type.idParam());
        }
    }

    /**
     * Sends a command whose record the caller has already found (or is creating without a request fingerprint);
     * the domain's refusals as problems, with the record's id named {@code idParam}.
     */
    public void send(Object command, String idParam) {
        try {
            dispatch(command, null);
        } catch (RuntimeException e) {
            throw CommandFailure.of(e, command, idParam);
        }
    }

    /** The id if well formed and naming a record of the type; a 400 or 404 problem otherwise. */
    public String requireExisting(AggregateType type, String id) {
        String recordId = Ids.requireValid(type.idParam(), id);
        DomainEventStream events = eventStore.readEvents(recordId, 0);
        if (!events.hasNext() || !type.isCreatedBy(events.next().getPayload())) {
            throw ApiProblem.notFound(type.idParam(), type.idParam() + ": no " + type.name() + " " + recordId);
        }
        return recordId;
    }

    private void dispatch(Object command, String fingerprint) {
        CommandContext caller = context.get();
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(AuditMetadataProvider.ISSUED_BY, caller.issuedBy());
        metadata.put(AuditMetadataProvider.CORRELATION_ID, caller.correlationId());
        if (fingerprint != null) {
            metadata.put(REQUEST_FINGERPRINT, fingerprint);
        }
        gateway.sendAndWait(command, MetaData.from(metadata));
    }

    private Optional<DomainEventMessage<?>> firstEvent(String streamId, Predicate<DomainEventMessage<?>> test) {
        DomainEventStream events = eventStore.readEvents(streamId, 0);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (test.test(event)) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }
}
