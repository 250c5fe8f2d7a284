package ru.kogalym.civic.contract.priority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Set the priorities and tasks for a year (the plan's id is the year, e.g. 2021); once per year, add tasks later with AddPriorityTaskCommand. */
public record SetYearPrioritiesCommand(
        @TargetAggregateIdentifier String year,
        List<PriorityTask> tasks,
        LocalDate setOn) {
}
