package ru.kogalym.civic.command.lookup;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The command side's own index of NCOs, for checks across aggregates. Kept up to date by
 * {@link CommandLookupUpdater} in the unit of work of the command that registered or liquidated the NCO.
 * The {@code record...} methods are idempotent.
 */
public interface NcoLookup {

    Optional<NcoStatus> find(String ncoId);

    void recordRegistered(String ncoId, LocalDate registeredOn);

    void recordLiquidated(String ncoId, LocalDate liquidatedOn);
}
