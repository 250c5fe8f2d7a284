package ru.kogalym.civic.query.journal;

import ru.kogalym.civic.query.projection.ReadModels;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.function.BiFunction;

/** Names of NCOs for showing journal records, supplied by the registry (which the journal does not depend on). */
public interface NcoNames {

    /** A snapshot of the registry answering an NCO's name on a date, or null for an unknown NCO. */
    BiFunction<String, LocalDate, String> snapshot();

    /** The same for these NCOs only, read alone: what one page of records names. */
    BiFunction<String, LocalDate, String> snapshot(Collection<String> ncoIds);

    /** Every NCO in the registry, liquidated ones included, by id, with its name now, in name order. */
    Map<String, String> current();

    /** The same names from other read models (e.g. as they were known at an instant). */
    NcoNames over(ReadModels readModels);
}
