package ru.kogalym.civic.command.priority;

import ru.kogalym.civic.command.common.Problem;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import ru.kogalym.civic.command.common.CivicClock;
import ru.kogalym.civic.command.common.Checks;
import ru.kogalym.civic.command.common.InvalidCommandException;
import ru.kogalym.civic.command.common.Limits;
import ru.kogalym.civic.command.common.RuleViolationException;
import ru.kogalym.civic.contract.priority.AddPriorityTaskCommand;
import ru.kogalym.civic.contract.priority.MarkTaskDoneCommand;
import ru.kogalym.civic.contract.priority.PriorityTask;
import ru.kogalym.civic.contract.priority.PriorityTaskAddedEvent;
import ru.kogalym.civic.contract.priority.PriorityTaskMarkedDoneEvent;
import ru.kogalym.civic.contract.priority.SetYearPrioritiesCommand;
import ru.kogalym.civic.contract.priority.YearPrioritiesSetEvent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The priorities and tasks set for one year (its id is the year, e.g. {@code "2021"}): set once, added to later,
 * each task marked done once.
 */
@Aggregate
class YearPlan {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private record Task(String title, boolean done) {
    }

    @AggregateIdentifier
    private String year;
    private LocalDate setOn;
    private final Map<String, Task> tasks = new LinkedHashMap<>();

    protected YearPlan() {
        // for Axon
    }

    /** Creates the year's plan; refused if the year's priorities were already set. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SetYearPrioritiesCommand command, Clock clock) {
        String checkedYear = validYear(command.year(), clock);
        List<PriorityTask> checkedTasks = validTasks(command.tasks());
        LocalDate set = Checks.pastDate("setOn", command.setOn(), clock);

        if (year != null) {
            throw new RuleViolationException("year", Problem.PRIORITIES_SET_ALREADY, year, setOn);
        }

        apply(new YearPrioritiesSetEvent(checkedYear, checkedTasks, set));
    }

    @CommandHandler
    public void handle(AddPriorityTaskCommand command, Clock clock) {
        String taskId = Checks.id("taskId", command.taskId());
        String title = Checks.required("title", command.title(), Limits.NAME);
        String description = Checks.optional("description", command.description(), Limits.FREE_TEXT);
        LocalDate added = Checks.pastDate("addedOn", command.addedOn(), clock);

        if (tasks.containsKey(taskId)) {
            throw new RuleViolationException("taskId", Problem.TASK_EXISTS, taskId);
        }
        if (tasks.size() >= Limits.LIST) {
            throw new RuleViolationException("taskId", Problem.TOO_MANY_TASKS, Limits.LIST);
        }
        if (added.isBefore(setOn)) {
            throw new RuleViolationException("addedOn", Problem.PRIORITIES_SET_AFTER, year, setOn, added);
        }

        apply(new PriorityTaskAddedEvent(year, taskId, title, description, added));
    }

    @CommandHandler
    public void handle(MarkTaskDoneCommand command, Clock clock) {
        String taskId = Checks.id("taskId", command.taskId());
        LocalDate done = Checks.pastDate("doneOn", command.doneOn(), clock);

        Task task = tasks.get(taskId);
        if (task == null) {
            throw new RuleViolationException("taskId", Problem.NO_TASK, taskId);
        }
        if (task.done()) {
            throw new RuleViolationException("taskId", Problem.TASK_DONE_ALREADY, taskId);
        }

        apply(new PriorityTaskMarkedDoneEvent(year, taskId, task.title(), done));
    }

    /** Four digits, from 1990 to next year (a plan is set before its year begins). */
    private static String validYear(String value, Clock clock) {
        Checks.required("year", value, Limits.ID);
        int nextYear = CivicClock.today(clock).getYear() + 1;
        if (!YEAR.matcher(value).matches()
                || Integer.parseInt(value) < CivicClock.EARLIEST_DATE.getYear()
                || Integer.parseInt(value) > nextYear) {
            throw new InvalidCommandException("year", Problem.YEAR_RANGE,
                    String.valueOf(CivicClock.EARLIEST_DATE.getYear()), String.valueOf(nextYear));
        }
        return value;
    }

    private static List<PriorityTask> validTasks(List<PriorityTask> values) {
        List<PriorityTask> items = Checks.items("tasks", values);
        if (items.isEmpty()) {
            throw new InvalidCommandException("tasks", Problem.TASKS_REQUIRED);
        }
        List<PriorityTask> checked = new ArrayList<>();
        Set<String> taskIds = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String field = "tasks[" + i + "]";
            PriorityTask task = Checks.present(field, items.get(i));
            String taskId = Checks.id(field + ".taskId", task.taskId());
            if (!taskIds.add(taskId)) {
                throw new InvalidCommandException(field + ".taskId", Problem.LISTED_TWICE, taskId);
            }
            checked.add(new PriorityTask(taskId,
                    Checks.required(field + ".title", task.title(), Limits.NAME),
                    Checks.optional(field + ".description", task.description(), Limits.FREE_TEXT)));
        }
        return checked;
    }

    @EventSourcingHandler
    void on(YearPrioritiesSetEvent event) {
        year = event.year();
        setOn = event.setOn();
        event.tasks().forEach(task -> tasks.put(task.taskId(), new Task(task.title(), false)));
    }

    @EventSourcingHandler
    void on(PriorityTaskAddedEvent event) {
        tasks.put(event.taskId(), new Task(event.title(), false));
    }

    @EventSourcingHandler
    void on(PriorityTaskMarkedDoneEvent event) {
        tasks.computeIfPresent(event.taskId(), (id, task) -> new Task(task.title(), true));
    }
}
