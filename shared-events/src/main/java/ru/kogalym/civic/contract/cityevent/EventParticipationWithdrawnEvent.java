package ru.kogalym.civic.contract.cityevent;

import org.axonframework.serialization.Revision;
import ru.kogalym.civic.contract.activity.Activity;
import ru.kogalym.civic.contract.activity.ActivityWithdrawn;

/** A recorded participation was withdrawn: it no longer counts. */
@Revision("1")
public record EventParticipationWithdrawnEvent(
        String participationId,
        String reason) implements ActivityWithdrawn {

    @Override
    public Activity activity() {
        return Activity.EVENT_PARTICIPATION;
    }

    @Override
    public String recordId() {
        return participationId;
    }
}
