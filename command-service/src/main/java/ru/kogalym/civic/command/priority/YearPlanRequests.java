package ru.kogalym.civic.command.priority;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import ru.kogalym.civic.command.common.Limits;
import ru.kogalym.civic.contract.priority.AddPriorityTaskCommand;
import ru.kogalym.civic.contract.priority.MarkTaskDoneCommand;
import ru.kogalym.civic.contract.priority.PriorityTask;
import ru.kogalym.civic.contract.priority.SetYearPrioritiesCommand;

import java.time.LocalDate;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The request bodies of {@link YearPlanController}; dates left out default to today. */
final class YearPlanRequests {

    private YearPlanRequests() {
    }

    /** {@code PUT /api/priorities/{year}}: the year's tasks, each {@code {"taskId", "title", "description"?}}. */
    public record SetPrioritiesRequest(
            // @Size only tells the contract (minItems, maxItems); the aggregate enforces the rule
            @Schema(requiredMode = REQUIRED) @Size(min = 1, max = Limits.LIST) List<PriorityTask> tasks,
            @Schema(example = "2020-12-20") LocalDate setOn) {

        SetYearPrioritiesCommand toCommand(String year, LocalDate today) {
            return new SetYearPrioritiesCommand(year, tasks, setOn == null ? today : setOn);
        }
    }

    /** {@code taskId} is optional (a UUID is generated). */
    public record AddTaskRequest(
            @Schema(example = "grants") String taskId,
            @Schema(requiredMode = REQUIRED, example = "Гранты для СОНКО") String title,
            @Schema(example = "Помочь СОНКО подать заявки на конкурсы грантов") String description,
            @Schema(example = "2021-02-01") LocalDate addedOn) {

        AddPriorityTaskCommand toCommand(String year, String taskIdToUse, LocalDate today) {
            return new AddPriorityTaskCommand(year, taskIdToUse, title, description,
                    addedOn == null ? today : addedOn);
        }
    }

    public record CompletionRequest(
            @Schema(example = "2021-11-30") LocalDate doneOn) {

        MarkTaskDoneCommand toCommand(String year, String taskId, LocalDate today) {
            return new MarkTaskDoneCommand(year, taskId, doneOn == null ? today : doneOn);
        }
    }
}
