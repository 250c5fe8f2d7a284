package ru.kogalym.civic.command.priority;

import ru.kogalym.civic.contract.priority.AddPriorityTaskCommand;
import ru.kogalym.civic.contract.priority.MarkTaskDoneCommand;
import ru.kogalym.civic.contract.priority.PriorityTask;
import ru.kogalym.civic.contract.priority.SetYearPrioritiesCommand;

import java.time.LocalDate;
import java.util.List;

/** The request bodies of {@link YearPlanController}; dates left out default to today. */
public final class YearPlanRequests {

    private YearPlanRequests() {
    }

    /** {@code PUT /api/priorities/{year}}: the year's tasks, each {@code {"taskId", "title", "description"?}}. */
    public record SetPrioritiesRequest(List<PriorityTask> tasks, LocalDate setOn) {

        SetYearPrioritiesCommand toCommand(String year, LocalDate today) {
            return new SetYearPrioritiesCommand(year, tasks, setOn == null ? today : setOn);
        }
    }

    /** {@code taskId} is optional (a UUID is generated). */
    public record AddTaskRequest(String taskId, String title, String description, LocalDate addedOn) {

        AddPriorityTaskCommand toCommand(String year, String taskIdToUse, LocalDate today) {
            return new AddPriorityTaskCommand(year, taskIdToUse, title, description,
                    addedOn == null ? today : addedOn);
        }
    }

    public record CompletionRequest(LocalDate doneOn) {

        MarkTaskDoneCommand toCommand(String year, String taskId, LocalDate today) {
            return new MarkTaskDoneCommand(year, taskId, doneOn == null ? today : doneOn);
        }
    }
}
