package ru.kogalym.civic.command.lookup;

/**
 * Brings the lookups up to date with one record's events in the store, whatever the processors have seen: a
 * command that died after appending, before its lookups were updated, is settled by this before its reservation
 * is dropped.
 */
@FunctionalInterface
interface RecordReplay {

    void replay(String recordId);
}
