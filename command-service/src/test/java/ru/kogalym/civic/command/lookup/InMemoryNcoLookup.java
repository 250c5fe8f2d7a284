package ru.kogalym.civic.command.lookup;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A thread-safe {@link NcoLookup} in memory, for tests and single-process runs. */
public class InMemoryNcoLookup implements NcoLookup {

    private record Entry(LocalDate registeredOn, long registeredOnSequence, LocalDate liquidatedOn, boolean withdrawn) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<NcoStatus> find(String ncoId) {
        Entry entry = ncoId == null ? null : entries.get(ncoId);
        if (entry == null || entry.registeredOn() == null) {
            return Optional.empty();
        }
        return Optional.of(new NcoStatus(entry.registeredOn(), entry.liquidatedOn(), entry.withdrawn()));
    }

    @Override
    public void recordRegisteredOn(String ncoId, long sequence, LocalDate registeredOn) {
        entries.merge(ncoId, new Entry(registeredOn, sequence, null, false), (old, fresh) ->
                old.registeredOnSequence() > sequence ? old
                        : new Entry(registeredOn, sequence, old.liquidatedOn(), old.withdrawn()));
    }

    @Override
    public void recordLiquidated(String ncoId, LocalDate liquidatedOn) {
        entries.merge(ncoId, new Entry(null, -1, liquidatedOn, false), (old, fresh) ->
                new Entry(old.registeredOn(), old.registeredOnSequence(), liquidatedOn, old.withdrawn()));
    }

    @Override
    public void recordWithdrawn(String ncoId) {
        entries.merge(ncoId, new Entry(null, -1, null, true), (old, fresh) ->
                new Entry(old.registeredOn(), old.registeredOnSequence(), old.liquidatedOn(), true));
    }
}
