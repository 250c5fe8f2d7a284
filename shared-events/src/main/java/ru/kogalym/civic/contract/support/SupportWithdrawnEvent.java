package ru.kogalym.civic.contract.support;

import org.axonframework.serialization.Revision;
import ru.kogalym.civic.contract.activity.Activity;
import ru.kogalym.civic.contract.activity.ActivityWithdrawn;

/** A recorded support was withdrawn: it no longer counts. */
@Revision("1")
public record SupportWithdrawnEvent(
        String supportId,
        String reason) implements ActivityWithdrawn {

    @Override
    public Activity activity() {
        return Activity.SUPPORT;
    }

    @Override
    public String recordId() {
        return supportId;
    }
}
