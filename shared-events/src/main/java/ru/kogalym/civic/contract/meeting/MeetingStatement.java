package ru.kogalym.civic.contract.meeting;

import ru.kogalym.civic.contract.activity.Activity;
import ru.kogalym.civic.contract.activity.HeldActivity;

import java.util.List;

/**
 * What a meeting's holding and its correction both state, read as an activity's statement: said here once, so the
 * events cannot disagree. The events' components implement the abstract methods.
 */
interface MeetingStatement extends HeldActivity {

    String meetingId();

    String bodyId();

    @Override
    default Activity activity() {
        return Activity.MEETING;
    }

    @Override
    default String recordId() {
        return meetingId();
    }

    @Override
    default List<String> bodyIds() {
        return bodyId() == null ? List.of() : List.of(bodyId());
    }
}
