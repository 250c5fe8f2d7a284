package ru.kogalym.civic.contract.grant;

import ru.kogalym.civic.contract.activity.Activity;
import ru.kogalym.civic.contract.activity.ActivityStatement;

import java.util.List;

/**
 * What a grant application, its correction and the decision on it all state, read as an activity's statement: said here
 * once, so the events cannot disagree. The events' components implement the abstract methods.
 */
interface GrantStatement extends ActivityStatement {

    String grantApplicationId();

    String ncoId();

    @Override
    default Activity activity() {
        return Activity.GRANT;
    }

    @Override
    default String recordId() {
        return grantApplicationId();
    }

    @Override
    default List<String> ncoIds() {
        return List.of(ncoId());
    }
}
