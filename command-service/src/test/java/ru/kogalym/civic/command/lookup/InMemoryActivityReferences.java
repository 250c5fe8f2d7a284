package ru.kogalym.civic.command.lookup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ActivityReferences} in memory, for tests: each record as {@link KnownRecord}, as the store keeps it. */
public class InMemoryActivityReferences implements ActivityReferences {

    private final Map<String, KnownRecord> records = new HashMap<>();
    private final Map<String, List<Reservation>> reservations = new HashMap<>();

    @Override
    public synchronized void recordActivity(String recordId, long sequence, Collection<String> referencedIds, LocalDate on) {
        state(recordId, KnownRecord.activity(sequence, referencedIds, on));
    }

    @Override
    public synchronized void recordDecision(String recordId, long sequence, Collection<String> referencedIds,
                                            LocalDate decidedOn) {
        state(recordId, KnownRecord.decision(sequence, referencedIds, decidedOn));
    }

    @Override
    public synchronized void withdrawActivity(String recordId, long sequence) {
        state(recordId, KnownRecord.withdrawal(sequence));
    }

    @Override
    public synchronized void recordMembership(String recordId, long sequence, String bodyId, String ncoId,
                                              LocalDate from) {
        state(recordId, KnownRecord.membership(sequence, bodyId, ncoId, from));
    }

    @Override
    public synchronized void endMembership(String recordId, long sequence, String bodyId, String ncoId,
                                           LocalDate until) {
        state(recordId, KnownRecord.membershipEnded(sequence, bodyId, ncoId, until));
    }

    private void state(String recordId, KnownRecord statement) {
        records.put(recordId, records.getOrDefault(recordId, KnownRecord.NOTHING).merged(statement));
    }

    @Override
    public synchronized List<Reference> referencesTo(String referencedId) {
        List<Reference> named = new ArrayList<>();
        records.forEach((recordId, known) -> {
            if (!known.refs().contains(referencedId) || known.isMembership() && !known.namesFromAStart()) {
                return;
            }
            if (known.namesFromAStart()) {
                named.add(new Reference(recordId, known.own().on(), known.body(), known.until()));
            } else {
                known.days().forEach(day -> named.add(new Reference(recordId, day, null, null)));
            }
        });
        return named;
    }

    @Override
    public synchronized Optional<String> recordNaming(String referencedId, LocalDate on) {
        return records.entrySet().stream()
                      .filter(entry -> !entry.getValue().isMembership() && entry.getValue().days().contains(on)
                              && entry.getValue().refs().contains(referencedId))
                      .map(Map.Entry::getKey).sorted().findFirst();
    }

    @Override
    public synchronized Standing announce(String referencedId, Reservation reservation) {
        reservations.computeIfAbsent(referencedId, id -> new ArrayList<>()).add(reservation);
        return standing(referencedId);
    }

    @Override
    public synchronized Standing standing(String referencedId) {
        return new Standing(referencesTo(referencedId), List.copyOf(reservations.getOrDefault(referencedId, List.of())));
    }

    @Override
    public synchronized void release(String referencedId, String reservationId) {
        reservations.getOrDefault(referencedId, new ArrayList<>()).removeIf(held -> held.id().equals(reservationId));
    }
}
