package ru.kogalym.civic.contract.cityevent;

import ru.kogalym.civic.contract.activity.Activity;
import ru.kogalym.civic.contract.activity.HeldActivity;

/**
 * What a participation's recording and its correction both state, read as an activity's statement: said here once, so
 * the events cannot disagree. The events' components implement the abstract methods.
 */
interface EventParticipationStatement extends HeldActivity {

    String participationId();

    @Override
    default Activity activity() {
        return Activity.EVENT_PARTICIPATION;
    }

    @Override
    default String recordId() {
        return participationId();
    }
}
