package ru.kogalym.civic.contract.priority;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** One of the year's tasks was done on {@code doneOn}. */
@Revision("1")
public record PriorityTaskMarkedDoneEvent(
        String year,
        String taskId,
        String title,
        LocalDate doneOn) {
}
