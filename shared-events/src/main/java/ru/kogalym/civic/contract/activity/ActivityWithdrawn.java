package ru.kogalym.civic.contract.activity;

/**
 * An activity record was withdrawn: it no longer counts anywhere, whatever its kind. Each kind of activity has exactly
 * one such event.
 */
public interface ActivityWithdrawn {

    Activity activity();

    /** The withdrawn record's id: the id of its stream. */
    String recordId();

    String reason();
}
