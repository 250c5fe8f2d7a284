package ru.kogalym.civic.command.lookup;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The command side's own index of NCOs, for checks across aggregates. Kept up to date by
 * {@link CommandLookupUpdater} in the unit of work of the command that registered, corrected, liquidated or withdrew
 * the NCO. The {@code record...} methods are idempotent.
 */
public interface NcoLookup {

    Optional<NcoStatus> find(String ncoId);

    /**
     * The NCO entered the registry on {@code registeredOn}, as its event number {@code sequence} says (its registration
     * is event 0, a correction of it a later one). An event older than the last one applied changes nothing, so a
     * replay cannot undo a correction.
     */
    void recordRegisteredOn(String ncoId, long sequence, LocalDate registeredOn);

    /** The NCO's registration, its first event. */
    default void recordRegistered(String ncoId, LocalDate registeredOn) {
        recordRegisteredOn(ncoId, 0, registeredOn);
    }

    void recordLiquidated(String ncoId, LocalDate liquidatedOn);

    void recordWithdrawn(String ncoId);
}
