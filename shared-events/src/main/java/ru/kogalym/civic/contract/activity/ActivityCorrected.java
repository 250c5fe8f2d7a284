package ru.kogalym.civic.contract.activity;

/**
 * An activity record was corrected: the event states the record's full corrected state and why. Each kind of activity
 * has exactly one.
 */
public interface ActivityCorrected extends ActivityStatement {

    String reason();
}
