package ru.kogalym.civic.command.lookup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link ActivityReferences} in memory, for tests. */
public class InMemoryActivityReferences implements ActivityReferences {

    private record Activity(long sequence, Set<String> referencedIds, LocalDate on) {
    }

    private final Map<String, Activity> activities = new HashMap<>();

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
        return activities.values().stream()
                         .filter(activity -> activity.referencedIds().contains(referencedId))
                         .map(Activity::on)
                         .max(LocalDate::compareTo);
    }
}
