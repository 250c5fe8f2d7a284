package ru.kogalym.civic.command.priority;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.command.common.CivicClock;
import ru.kogalym.civic.command.priority.YearPlanRequests.AddTaskRequest;
import ru.kogalym.civic.command.priority.YearPlanRequests.CompletionRequest;
import ru.kogalym.civic.command.priority.YearPlanRequests.SetPrioritiesRequest;
import ru.kogalym.civic.command.web.AggregateType;
import ru.kogalym.civic.command.web.CommandSender;
import ru.kogalym.civic.command.web.IdResponse;
import ru.kogalym.civic.command.web.IdempotentCreation;
import ru.kogalym.civic.command.web.PartType;
import ru.kogalym.civic.contract.priority.PriorityTaskAddedEvent;
import ru.kogalym.civic.contract.priority.YearPrioritiesSetEvent;

import java.time.Clock;

/** The priorities and tasks set for a year ({@code /api/priorities/2021}), added to later, each task done once. */
@RestController
@Tag(name = "Priorities", description = "A year's priorities and tasks")
@RequestMapping(path = YearPlanController.PATH, consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
public class YearPlanController {

    public static final String PATH = "/api/priorities";
    public static final AggregateType YEAR_PLAN = AggregateType.of("year plan", "/api/summaries/{id}",
            YearPrioritiesSetEvent.class)
            .withIdParam("year");
    public static final PartType TASK = new PartType("task", "tasks", "taskId", (payload, taskId) ->
            payload instanceof PriorityTaskAddedEvent added && taskId.equals(added.taskId())
                    || payload instanceof YearPrioritiesSetEvent set
                    && set.tasks().stream().anyMatch(task -> taskId.equals(task.taskId())));

    private final CommandSender commands;
    private final IdempotentCreation creations;
    private final Clock clock;

    public YearPlanController(CommandSender commands, IdempotentCreation creations, Clock clock) {
        this.commands = commands;
        this.creations = creations;
        this.clock = clock;
    }

    @PutMapping("/{year}")
    @Operation(operationId = "setYearPriorities", summary = "Set the year's priorities and tasks")
    public ResponseEntity<IdResponse> set(@PathVariable String year, @RequestBody SetPrioritiesRequest request) {
        return creations.create(YEAR_PLAN, year, id -> request.toCommand(id, CivicClock.today(clock)), request)
                .toResponse();
    }

    @PostMapping("/{year}/tasks")
    @Operation(operationId = "addPriorityTask", summary = "Add a task to the year's priorities")
    public ResponseEntity<IdResponse> addTask(@PathVariable String year, @RequestBody AddTaskRequest request) {
        return creations.createPart(YEAR_PLAN, year, TASK, request.taskId(),
                (id, taskId) -> request.toCommand(id, taskId, CivicClock.today(clock)), request).toResponse();
    }

    @PostMapping("/{year}/tasks/{taskId}/completion")
    @Operation(operationId = "completePriorityTask", summary = "Record that a task is done")
    public ResponseEntity<Void> markDone(@PathVariable String year, @PathVariable String taskId,
                                         @RequestBody CompletionRequest request) {
        commands.updatePart(YEAR_PLAN, year, TASK, taskId,
                (id, task) -> request.toCommand(id, task, CivicClock.today(clock)));
        return ResponseEntity.noContent().build();
    }
}
