package ru.kogalym.civic.contract.raid;

import ru.kogalym.civic.contract.activity.Activity;
import ru.kogalym.civic.contract.activity.HeldActivity;

/**
 * What a raid's recording and its correction both state, read as an activity's statement: said here once, so the events
 * cannot disagree. The events' components implement the abstract methods.
 */
interface RaidStatement extends HeldActivity {

    String raidId();

    @Override
    default Activity activity() {
        return Activity.RAID;
    }

    @Override
    default String recordId() {
        return raidId();
    }
}
