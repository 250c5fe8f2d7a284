package ru.kogalym.civic.command.web;

import ru.kogalym.civic.command.common.Problem;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.command.common.InvalidCommandException;
import ru.kogalym.civic.eventstore.operations.StoreUnavailable;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Creation that a client may repeat: the same request again gets the same {@code 201} and records nothing new; another
 * request with an id already taken gets a {@code 409}. Each creation is sent by the {@link CommandSender} with the
 * request's fingerprint ({@link Fingerprints}), which the creating event keeps in its metadata; a creation whose id is
 * taken is decided by comparing it with the fingerprint of the event that created the record (or part).
 */
@Component
public class IdempotentCreation {

    /** What a creation would meet, asked before it is sent (see {@link #earlier}). */
    public enum Earlier {
        /** Nothing has the id: the creation would record it. */
        NONE,
        /** An identical request created it: the creation would answer the same and record nothing. */
        SAME_REQUEST,
        /** Another request (or another kind of record) has the id: the creation would be refused with a 409. */
        OTHER
    }

    private final CommandSender sender;
    private final ExistingRecords records;
    private final String queryServiceBaseUrl;

    IdempotentCreation(CommandSender sender, ExistingRecords records,
                       @Value("${civic.query-service.base-url:http://localhost:8082}") String queryServiceBaseUrl) {
        this.sender = sender;
        this.records = records;
        this.queryServiceBaseUrl = queryServiceBaseUrl.replaceAll("/+$", "");
    }

    /** The same creations, issued as {@code context} instead of the current HTTP request's caller. */
    public IdempotentCreation as(CommandContext context) {
        return new IdempotentCreation(sender.as(context), records, queryServiceBaseUrl);
    }

    /** The same creations, with {@code key} in every command's metadata (see {@link CommandSender#with}). */
    public IdempotentCreation with(String key, Object value) {
        return new IdempotentCreation(sender.with(key, value), records, queryServiceBaseUrl);
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
        String fingerprint = fingerprint(built, id, request);
        boolean readFirst = !type.takenIdRefusedByTheAppend();
        if (readFirst) {
            // a retry (or a reuse) is answered from the store, without troubling the aggregate; this also keeps a
            // create-if-missing aggregate from appending to another kind of record's stream
            Optional<Created> earlier = earlierCreation(type, id, fingerprint);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        try {
            sender.dispatch(built, fingerprint);
            return new Created(id, location(type, id), false);
        } catch (RuntimeException failure) {
            // unread, the id decides first whatever the command's refusal (a retry is answered as before it)
            if (readFirst ? mayMeanTheIdIsTaken(failure) : !StoreUnavailable.causedBy(failure)) {
                Optional<Created> concurrent = earlierCreation(type, id, fingerprint);
                if (concurrent.isPresent()) {
                    return concurrent.get();
                }
            }
            throw CommandFailure.of(failure, built, type.idParam());
        }
    }

    /**
     * Creates a part of an existing record, e.g. a member of a council, whose id is {@code requestedPartId} (a new
     * UUID when null); idempotent like {@link #create}. The command function takes the record's and the part's id.
     */
    public <C> Created createPart(AggregateType type, String id, PartType part, String requestedPartId,
                                  BiFunction<String, String, C> command, Object request) {
        String recordId = records.require(type, id);
        String partId = Ids.givenOrNew(part.idParam(), requestedPartId);
        C built = command.apply(recordId, partId);
        String fingerprint = fingerprint(built, recordId + "/" + partId, request);
        // the query-service shows a part with its record (a body's members, a year's tasks)
        String location = location(type, recordId);
        try {
            sender.dispatch(built, fingerprint);
            return new Created(partId, location, false);
        } catch (RuntimeException failure) {
            // the record's history is read only here, when the part may have been created before
            Optional<DomainEventMessage<?>> creation = mayMeanTheIdIsTaken(failure)
                    ? records.partCreation(recordId, part, partId) : Optional.empty();
            if (creation.isEmpty()) {
                throw CommandFailure.of(failure, built, type.idParam());
            }
            if (sameRequest(creation.get(), fingerprint)) {
                return new Created(partId, location, true);
            }
            throw ApiProblem.conflict(part.idParam(), Problem.PART_ID_TAKEN, partId, part.label(), type.label(),
                    recordId);
        }
    }

    /**
     * What {@link #create create(type, id, command, request)} would meet, found without sending anything; reads the
     * first event of the stream {@code id}.
     */
    public <C> Earlier earlier(AggregateType type, String id, Function<String, C> command, Object request) {
        String recordId = Ids.requireValid(type.idParam(), id);
        return earlier(records.firstEvent(recordId), fingerprint(command.apply(recordId), recordId, request));
    }

    /**
     * What {@link #createPart createPart(type, id, part, partId, command, request)} would meet, found without sending
     * anything; reads the record's stream (a record that does not exist yet has no parts either).
     */
    public <C> Earlier earlierPart(AggregateType type, String id, PartType part, String partId,
                                   BiFunction<String, String, C> command, Object request) {
        String recordId = Ids.requireValid(type.idParam(), id);
        String checkedPartId = Ids.requireValid(part.idParam(), partId);
        if (records.firstEvent(recordId).isEmpty()) {
            return Earlier.NONE;
        }
        return earlier(records.partCreation(recordId, part, checkedPartId),
                fingerprint(command.apply(recordId, checkedPartId), recordId + "/" + checkedPartId, request));
    }

    private static Earlier earlier(Optional<DomainEventMessage<?>> creation, String fingerprint) {
        if (creation.isEmpty()) {
            return Earlier.NONE;
        }
        return sameRequest(creation.get(), fingerprint) ? Earlier.SAME_REQUEST : Earlier.OTHER;
    }

    private static String fingerprint(Object command, String target, Object request) {
        return Fingerprints.of(command.getClass(), target, request == null ? command : request);
    }

    /** The earlier creation of {@code id}, if it was an identical request; a 409 problem if it was another. */
    private Optional<Created> earlierCreation(AggregateType type, String id, String fingerprint) {
        return switch (earlier(records.firstEvent(id), fingerprint)) {
            case NONE -> Optional.empty();
            case SAME_REQUEST -> Optional.of(new Created(id, location(type, id), true));
            case OTHER -> throw ApiProblem.conflict(type.idParam(), Problem.RECORD_ID_TAKEN, id);
        };
    }

    /** An invalid command or an unreachable store says nothing of an earlier creation; any other refusal may. */
    private static boolean mayMeanTheIdIsTaken(RuntimeException failure) {
        return !(failure instanceof InvalidCommandException) && !StoreUnavailable.causedBy(failure);
    }

    private static boolean sameRequest(DomainEventMessage<?> creation, String fingerprint) {
        return fingerprint.equals(creation.getMetaData().get(CommandSender.REQUEST_FINGERPRINT));
    }

    /** Where the record can be read: on the query-service, the only side that answers reads. */
    public String location(AggregateType type, String id) {
        return queryServiceBaseUrl + type.readPathOf(id);
    }
}
