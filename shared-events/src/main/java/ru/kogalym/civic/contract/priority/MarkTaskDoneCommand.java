package ru.kogalym.civic.contract.priority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Mark one of the year's tasks done. */
public record MarkTaskDoneCommand(
        @TargetAggregateIdentifier String year,
        String taskId,
        LocalDate doneOn) {
}
