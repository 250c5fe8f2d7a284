package ru.kogalym.civic.contract.activity;

/** An activity record's first event: it creates the record. Each kind of activity has exactly one. */
public interface ActivityRecorded extends ActivityStatement {
}
