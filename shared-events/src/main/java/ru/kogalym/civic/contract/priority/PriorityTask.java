package ru.kogalym.civic.contract.priority;

/** One of the year's priority tasks. */
public record PriorityTask(
        String taskId,
        String title,
        String description) {
}
