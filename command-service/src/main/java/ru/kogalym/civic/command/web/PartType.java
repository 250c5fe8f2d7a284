package ru.kogalym.civic.command.web;

import ru.kogalym.civic.command.common.Detail;
import java.util.function.BiPredicate;

/**
 * A part of a record with its own id inside the record's stream, e.g. a council's member or a year's task.
 *
 * @param name      for messages, e.g. {@code member}
 * @param segment   the path segment of the parts' collection under the record, e.g. {@code members}
 * @param idParam   the body field (and path variable) naming the part's id, e.g. {@code memberId}
 * @param createdBy whether an event's payload created the part with the given id
 */
public record PartType(String name, String segment, String idParam, BiPredicate<Object, String> createdBy) {

    /** The name in a problem's message, worded in the bundles as {@code NAME_<name>}, e.g. {@code NAME_MEMBER}. */
    public Detail label() {
        return Labels.of(name);
    }

    public static <E> PartType of(String name, String segment, String idParam, Class<E> creationEvent,
                                  BiPredicate<? super E, String> createdBy) {
        return new PartType(name, segment, idParam,
                (payload, id) -> creationEvent.isInstance(payload) && createdBy.test(creationEvent.cast(payload), id));
    }
}
