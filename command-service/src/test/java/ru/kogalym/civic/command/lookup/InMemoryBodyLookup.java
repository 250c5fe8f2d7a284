package ru.kogalym.civic.command.lookup;

import ru.kogalym.civic.contract.council.BodyKind;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A thread-safe {@link BodyLookup} in memory, for tests and single-process runs. */
public class InMemoryBodyLookup implements BodyLookup {

    private record Entry(BodyKind kind, LocalDate establishedOn, LocalDate dissolvedOn) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<BodyStatus> find(String bodyId) {
        Entry entry = bodyId == null ? null : entries.get(bodyId);
        if (entry == null || entry.kind() == null || entry.establishedOn() == null) {
            return Optional.empty();
        }
        return Optional.of(new BodyStatus(entry.kind(), entry.establishedOn(), entry.dissolvedOn()));
    }

    @Override
    public void recordEstablished(String bodyId, BodyKind kind, LocalDate establishedOn) {
        entries.merge(bodyId, new Entry(kind, establishedOn, null),
                (old, fresh) -> new Entry(kind, establishedOn, old.dissolvedOn()));
    }

    @Override
    public void recordDissolved(String bodyId, LocalDate dissolvedOn) {
        entries.merge(bodyId, new Entry(null, null, dissolvedOn),
                (old, fresh) -> new Entry(old.kind(), old.establishedOn(), dissolvedOn));
    }
}
