package ru.kogalym.civic.contract.activity;

import java.time.LocalDate;
import java.util.List;

/**
 * An event that states which NCOs and bodies an activity record names, and on which day: its recording
 * ({@link ActivityRecorded}), its correction ({@link ActivityCorrected}), and a decision taken on it
 * ({@link ActivityDecided}: a grant's award or rejection), whose day is a second one the record names them on. The
 * command side's reference gate needs exactly this of every activity, whatever its kind, so it reads it in one place.
 *
 * <p>Implemented by the event records, through one package-private interface per kind (e.g. {@code MeetingStatement})
 * that maps the kind's components once for its events. The methods' names match no record component and are no bean
 * getters ({@code getX}, {@code isX}), so Jackson serializes only the components and stored events keep their form.
 */
public interface ActivityStatement {

    Activity activity();

    /** The record's id: the id of its stream. */
    String recordId();

    /** The day the statement is about: when the activity took place, or when the decision on it was taken. */
    LocalDate occurredOn();

    /** The NCOs the record names, in its order. */
    List<String> ncoIds();

    /** The councils and commissions the record names; most kinds name none. */
    default List<String> bodyIds() {
        return List.of();
    }
}
