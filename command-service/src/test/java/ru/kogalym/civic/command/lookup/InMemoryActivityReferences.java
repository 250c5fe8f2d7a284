package ru.kogalym.civic.command.lookup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link ActivityReferences} in memory, for tests. */
public class InMemoryActivityReferences implements ActivityReferences {

    private record Activity(long sequence, Set<String> referencedIds, LocalDate on, String bodyId, LocalDate until) {
    }

    private final Map<String, Activity> activities = new HashMap<>();
    private final Map<String, List<Reservation>> reservations = new HashMap<>();

    @Override
    public synchronized void recordActivity(String recordId, long sequence, Collection<String> referencedIds, LocalDate on) {
        record(recordId, new Activity(sequence, Set.copyOf(referencedIds), on, null, null));
    }

    @Override
    public synchronized void withdrawActivity(String recordId, long sequence) {
        recordActivity(recordId, sequence, Set.of(), null);
    }

    @Override
    public synchronized void recordMembership(String recordId, long sequence, String bodyId, String ncoId,
                                              LocalDate from) {
        record(recordId, new Activity(sequence, Set.of(ncoId), from, bodyId, null));
    }

    @Override
    public synchronized void endMembership(String recordId, long sequence, LocalDate until) {
        Activity known = activities.get(recordId);
        if (known != null && known.bodyId() != null) {
            record(recordId, new Activity(sequence, known.referencedIds(), known.on(), known.bodyId(), until));
        }
    }

    private void record(String recordId, Activity activity) {
        Activity known = activities.get(recordId);
        if (known == null || known.sequence() < activity.sequence()) {
            activities.put(recordId, activity);
        }
    }

    @Override
    public synchronized List<Reference> referencesTo(String referencedId) {
        return activities.entrySet().stream()
                         .filter(entry -> entry.getValue().referencedIds().contains(referencedId))
                         .map(entry -> new Reference(entry.getKey(), entry.getValue().on(), entry.getValue().bodyId(),
                                                     entry.getValue().until()))
                         .toList();
    }

    @Override
    public synchronized Optional<String> recordNaming(String referencedId, LocalDate on) {
        return activities.entrySet().stream()
                         .filter(entry -> entry.getValue().bodyId() == null && on.equals(entry.getValue().on())
                                 && entry.getValue().referencedIds().contains(referencedId))
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
