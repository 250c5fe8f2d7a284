package ru.kogalym.civic.contract.priority;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A task was added to the year's priorities on {@code addedOn}. */
@Revision("1")
public record PriorityTaskAddedEvent(
        String year,
        String taskId,
        String title,
        String description,
        LocalDate addedOn) {
}
