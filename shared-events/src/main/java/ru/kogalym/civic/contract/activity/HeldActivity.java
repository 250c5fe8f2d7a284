package ru.kogalym.civic.contract.activity;

import java.time.LocalDate;
import java.util.List;

/**
 * An activity held on a day with NCOs taking part (a meeting, a raid, a city event): its events name the day
 * {@code heldOn} and the NCOs {@code participantNcoIds}, which this maps once for all such kinds.
 */
public interface HeldActivity extends ActivityStatement {

    LocalDate heldOn();

    List<String> participantNcoIds();

    @Override
    default LocalDate occurredOn() {
        return heldOn();
    }

    @Override
    default List<String> ncoIds() {
        return participantNcoIds();
    }
}
