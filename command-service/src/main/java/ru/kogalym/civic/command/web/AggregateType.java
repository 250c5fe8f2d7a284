package ru.kogalym.civic.command.web;

import java.util.function.Predicate;

/**
 * A kind of record the API addresses by id: where its collection lives, the name of its id in paths and request
 * bodies, and how to recognise the event that created one (so an id of another kind of record is not found).
 *
 * @param name           for messages, e.g. {@code NCO}
 * @param collectionPath e.g. {@code /api/ncos}; a created record's location is {@code collectionPath/id}
 * @param idParam        the path variable and body field naming the id, e.g. {@code id} or {@code year}
 * @param creationEvent  the type of the first event of such a record's stream
 * @param creationTest   further condition on that event (e.g. a council, not a commission)
 */
public record AggregateType(String name, String collectionPath, String idParam, Class<?> creationEvent,
                            Predicate<Object> creationTest) {

    public static AggregateType of(String name, String collectionPath, Class<?> creationEvent) {
        return new AggregateType(name, collectionPath, "id", creationEvent, payload -> true);
    }

    public static <E> AggregateType of(String name, String collectionPath, Class<E> creationEvent,
                                       Predicate<? super E> creationTest) {
        return new AggregateType(name, collectionPath, "id", creationEvent,
                payload -> creationTest.test(creationEvent.cast(payload)));
    }

    public AggregateType withIdParam(String param) {
        return new AggregateType(name, collectionPath, param, creationEvent, creationTest);
    }

    /** Whether the first event of a stream shows the stream is a record of this kind. */
    public boolean isCreatedBy(Object firstPayload) {
        return creationEvent.isInstance(firstPayload) && creationTest.test(firstPayload);
    }

    public String location(String id) {
        return collectionPath + "/" + id;
    }
}
