package ru.kogalym.civic.contract.raid;

import org.axonframework.serialization.Revision;
import ru.kogalym.civic.contract.activity.Activity;
import ru.kogalym.civic.contract.activity.ActivityWithdrawn;

/** A recorded raid was withdrawn: it no longer counts. */
@Revision("1")
public record RaidWithdrawnEvent(
        String raidId,
        String reason) implements ActivityWithdrawn {

    @Override
    public Activity activity() {
        return Activity.RAID;
    }

    @Override
    public String recordId() {
        return raidId;
    }
}
