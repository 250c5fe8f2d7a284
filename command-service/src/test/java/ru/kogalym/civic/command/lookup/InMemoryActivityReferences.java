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

    private record Activity(long sequence, Set<String> referencedIds, LocalDate on) {
    }

    private final Map<String, Activity> activities = new HashMap<>();
    private final Map<String, List<Reservation>> reservations = new HashMap<>();

    @Override
    public synchronized void recordActivity(String recordId, long sequence, Collection<String> referencedIds, LocalDate on) {
        Activity known = activities.get(recordId);
        if (known == null || known.sequence() < sequence) {
            activities.put(recordId, new Activity(sequence, Set.copyOf(referencedIds), on));
        }
    }

    @Override
    public synchronized void withdrawActivity(String recordId, long sequence) {
        recordActivity(recordId, sequence, Set.of(), null);
    }

    @Override
    public synchronized Optional<LocalDate> latestActivityOn(String referencedId) {
        return standing(referencedId).references().stream().map(Reference::on).max(LocalDate::compareTo);
    }

    @Override
    public synchronized Standing announce(String referencedId, Reservation reservation) {
        reservations.computeIfAbsent(referencedId, id -> new ArrayList<>()).add(reservation);
        return standing(referencedId);
    }

    @Override
    public synchronized Standing standing(String referencedId) {
        List<Reference> named = activities.entrySet().stream()
                .filter(activity -> activity.getValue().referencedIds().contains(referencedId))
                .map(activity -> new Reference(activity.getKey(), activity.getValue().on()))
                .toList();
        return new Standing(named, List.copyOf(reservations.getOrDefault(referencedId, List.of())));
    }

    @Override
    public synchronized void release(String referencedId, String reservationId) {
        reservations.getOrDefault(referencedId, new ArrayList<>()).removeIf(held -> held.id().equals(reservationId));
    }
}
