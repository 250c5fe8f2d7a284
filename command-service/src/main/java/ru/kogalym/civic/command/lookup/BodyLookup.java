package ru.kogalym.civic.command.lookup;

import ru.kogalym.civic.contract.council.BodyKind;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The command side's own index of councils and commissions, for checks across aggregates. Kept up to date by
 * {@link CommandLookupUpdater}. The {@code record...} methods are idempotent.
 */
public interface BodyLookup {

    Optional<BodyStatus> find(String bodyId);

    void recordEstablished(String bodyId, BodyKind kind, LocalDate establishedOn);

    void recordDissolved(String bodyId, LocalDate dissolvedOn);
}
