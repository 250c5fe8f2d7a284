package ru.kogalym.civic.contract.support;

import ru.kogalym.civic.contract.activity.Activity;
import ru.kogalym.civic.contract.activity.ActivityStatement;

import java.time.LocalDate;
import java.util.List;

/**
 * What a support's recording and its correction both state, read as an activity's statement: said here once, so the
 * events cannot disagree. The events' components implement the abstract methods.
 */
interface SupportStatement extends ActivityStatement {

    String supportId();

    String ncoId();

    LocalDate providedOn();

    @Override
    default Activity activity() {
        return Activity.SUPPORT;
    }

    @Override
    default String recordId() {
        return supportId();
    }

    @Override
    default LocalDate occurredOn() {
        return providedOn();
    }

    @Override
    default List<String> ncoIds() {
        return List.of(ncoId());
    }
}
