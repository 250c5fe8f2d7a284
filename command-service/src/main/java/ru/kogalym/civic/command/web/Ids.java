package ru.kogalym.civic.command.web;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import ru.kogalym.civic.command.common.Checks;

/** Ids chosen by clients (in paths and request bodies) or generated here. */
final class Ids {

    /**
     * UUIDs of version 7, which begin with the time they were made in milliseconds, so that a new record sorts after
     * the ones before it. Every collection keyed by the record's id (its lookup, its read models, the event log's
     * index of commits) then takes it on its last page, which is in memory, instead of on a page picked at random:
     * with random ids (version 4) each such write read a page from the embedded server's file, decoded its documents
     * and wrote them all again; at a fixed 200 raids a second the median answer took 24–31 ms instead of 9 (README,
     * Benchmark). Several instances interleave within a millisecond, which keeps the writes near the end. The id
     * tells when the record was made, which its events say anyway.
     */
    private static final NoArgGenerator NEW = Generators.timeBasedEpochGenerator();

    private Ids() {
    }

    /** The id if well formed; otherwise a 400 problem naming {@code field}. */
    public static String requireValid(String field, String value) {
        return Checks.id(field, value);
    }

    /**
     * The client's id if given (and well formed), otherwise a new UUID, later in order than those this instance made
     * before.
     */
    public static String givenOrNew(String field, String value) {
        return value == null ? NEW.generate().toString() : requireValid(field, value);
    }
}
