package ru.kogalym.civic.contract.priority;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** The year's priority tasks were set on {@code setOn}. */
@Revision("1")
public record YearPrioritiesSetEvent(
        String year,
        List<PriorityTask> tasks,
        LocalDate setOn) {

    public YearPrioritiesSetEvent {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }
}
