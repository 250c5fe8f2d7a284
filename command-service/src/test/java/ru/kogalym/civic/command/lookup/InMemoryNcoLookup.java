package ru.kogalym.civic.command.lookup;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A thread-safe {@link NcoLookup} in memory, for tests and single-process runs. */
public class InMemoryNcoLookup implements NcoLookup {

    private record Entry(LocalDate registeredOn, LocalDate liquidatedOn) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<NcoStatus> find(String ncoId) {
        Entry entry = ncoId == null ? null : entries.get(ncoId);
        if (entry == null || entry.registeredOn() == null) {
            return Optional.empty();
        }
        return Optional.of(new NcoStatus(entry.registeredOn(), entry.liquidatedOn()));
    }

    @Override
    public void recordRegistered(String ncoId, LocalDate registeredOn) {
        entries.merge(ncoId, new Entry(registeredOn, null),
                (old, fresh) -> new Entry(registeredOn, old.liquidatedOn()));
    }

    @Override
    public void recordLiquidated(String ncoId, LocalDate liquidatedOn) {
        entries.merge(ncoId, new Entry(null, liquidatedOn),
                (old, fresh) -> new Entry(old.registeredOn(), liquidatedOn));
    }
}
