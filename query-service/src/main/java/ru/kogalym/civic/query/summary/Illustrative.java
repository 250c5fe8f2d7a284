package ru.kogalym.civic.query.summary;

import org.axonframework.eventhandling.EventMessage;
import ru.kogalym.civic.contract.MetadataKey;

import java.util.Collection;
import java.util.List;

/**
 * Which of an event's values only illustrate what its source does not give (metadata {@link MetadataKey#ILLUSTRATIVE},
 * e.g. the 2020 scenario's dates and leaflet counts), and the figures of a summary that rest on such values.
 */
public final class Illustrative {

    /** Field names, as the events name them. */
    static final String REGISTERED_ON = "registeredOn";
    static final String LEAFLETS = "leafletsDistributed";
    static final String RESIDENTS = "residentsReached";

    private Illustrative() {
    }

    /** The event's illustrative fields, sorted; none when its metadata names none. */
    public static List<String> fields(EventMessage<?> event) {
        Object fields = event.getMetaData().get(MetadataKey.ILLUSTRATIVE.key());
        return fields instanceof Collection<?> names ? names.stream().map(String::valueOf).sorted().toList()
                : List.of();
    }
}
