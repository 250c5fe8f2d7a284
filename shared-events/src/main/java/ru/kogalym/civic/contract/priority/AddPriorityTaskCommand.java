package ru.kogalym.civic.contract.priority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Add a task to a year's priorities after they were set. */
public record AddPriorityTaskCommand(
        @TargetAggregateIdentifier String year,
        String taskId,
        String title,
        String description,
        LocalDate addedOn) {
}
