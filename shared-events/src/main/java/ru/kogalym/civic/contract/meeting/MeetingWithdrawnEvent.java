package ru.kogalym.civic.contract.meeting;

import org.axonframework.serialization.Revision;
import ru.kogalym.civic.contract.activity.Activity;
import ru.kogalym.civic.contract.activity.ActivityWithdrawn;

/** A recorded meeting was withdrawn: it no longer counts. */
@Revision("1")
public record MeetingWithdrawnEvent(
        String meetingId,
        String reason) implements ActivityWithdrawn {

    @Override
    public Activity activity() {
        return Activity.MEETING;
    }

    @Override
    public String recordId() {
        return meetingId;
    }
}
