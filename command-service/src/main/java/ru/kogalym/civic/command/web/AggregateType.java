package ru.kogalym.civic.command.web;

import ru.kogalym.civic.command.common.Detail;
import ru.kogalym.civic.command.lookup.BodyLookup;
import ru.kogalym.civic.command.lookup.NcoLookup;

import java.util.function.Predicate;

/**
 * A kind of record the API addresses by id: where it is read, the name of its id in paths and request
 * bodies, and how to recognise the event that created one (so an id of another kind of record is not found).
 *
 * @param name           for messages, e.g. {@code NCO}
 * @param readPath       where the query-service shows such a record, {@code {id}} standing for its id, e.g.
 *                       {@code /api/ncos/{id}}; a created record's {@code Location}
 * @param idParam        the path variable and body field naming the id, e.g. {@code id} or {@code year}
 * @param creationEvent  the type of the first event of such a record's stream
 * @param creationTest   further condition on that event (e.g. a council, not a commission)
 * @param lookup         whether the command side's own lookups know such a record, so that its existence costs no
 *                       read of the event store; {@link Lookup#NONE} for records they do not index
 * @param takenIdRefusedByTheAppend whether creating a record of the type does nothing that outlasts a refused
 *                       append but what the unit of work's rollback undoes, so that a taken id may be left to the
 *                       append of the first event, which fails on it, instead of read before (see
 *                       {@link IdempotentCreation#create})
 */
public record AggregateType(String name, String readPath, String idParam, Class<?> creationEvent,
                            Predicate<Object> creationTest, Lookup lookup, boolean takenIdRefusedByTheAppend) {

    /** Whether the command side's lookups know a record of the type under an id (false: they do not, or not yet). */
    @FunctionalInterface
    public interface Lookup {

        Lookup NONE = (ncos, bodies, id) -> false;

        boolean knows(NcoLookup ncos, BodyLookup bodies, String id);
    }

    /**
     * The closest the query-service has to a single activity: it keeps no read path per meeting, raid, support,
     * participation or grant application (its journal is a filtered list), so an activity is read as its audit trail.
     */
    public static final String ACTIVITY_READ_PATH = "/api/audit/records/{id}/events";

    public static AggregateType of(String name, String readPath, Class<?> creationEvent) {
        return new AggregateType(name, readPath, "id", creationEvent, payload -> true, Lookup.NONE, false);
    }

    public static <E> AggregateType of(String name, String readPath, Class<E> creationEvent,
                                       Predicate<? super E> creationTest) {
        return new AggregateType(name, readPath, "id", creationEvent,
                payload -> creationTest.test(creationEvent.cast(payload)), Lookup.NONE, false);
    }

    public AggregateType withIdParam(String param) {
        return new AggregateType(name, readPath, param, creationEvent, creationTest, lookup, takenIdRefusedByTheAppend);
    }

    public AggregateType withLookup(Lookup known) {
        return new AggregateType(name, readPath, idParam, creationEvent, creationTest, known, takenIdRefusedByTheAppend);
    }

    /**
     * The same type, its creation sent without reading the id's stream first: for a record its command handler's
     * constructor creates (never one created if missing, which would append to another kind of record's stream), whose
     * creation leaves nothing behind when its append fails but what its unit of work's rollback undoes.
     */
    public AggregateType withTakenIdRefusedByTheAppend() {
        return new AggregateType(name, readPath, idParam, creationEvent, creationTest, lookup, true);
    }

    /** The name in a problem's message, worded in the bundles as {@code NAME_<name>}, e.g. {@code NAME_YEAR_PLAN}. */
    public Detail label() {
        return Labels.of(name);
    }

    /** Whether the first event of a stream shows the stream is a record of this kind. */
    public boolean isCreatedBy(Object firstPayload) {
        return creationEvent.isInstance(firstPayload) && creationTest.test(firstPayload);
    }

    /** The record's path on the query-service (ids are restricted to URL-safe characters, see {@link Ids}). */
    public String readPathOf(String id) {
        return readPath.replace("{id}", id);
    }
}
