package ru.kogalym.civic.contract.grant;

import org.axonframework.serialization.Revision;
import ru.kogalym.civic.contract.activity.Activity;
import ru.kogalym.civic.contract.activity.ActivityWithdrawn;

/** A recorded grant application was withdrawn, with its decision: it no longer counts. */
@Revision("1")
public record GrantApplicationWithdrawnEvent(
        String grantApplicationId,
        String reason) implements ActivityWithdrawn {

    @Override
    public Activity activity() {
        return Activity.GRANT;
    }

    @Override
    public String recordId() {
        return grantApplicationId;
    }
}
