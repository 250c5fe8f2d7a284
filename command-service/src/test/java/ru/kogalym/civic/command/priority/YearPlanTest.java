package ru.kogalym.civic.command.priority;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.contract.priority.AddPriorityTaskCommand;
import ru.kogalym.civic.contract.priority.MarkTaskDoneCommand;
import ru.kogalym.civic.contract.priority.PriorityTask;
import ru.kogalym.civic.contract.priority.PriorityTaskAddedEvent;
import ru.kogalym.civic.contract.priority.PriorityTaskMarkedDoneEvent;
import ru.kogalym.civic.contract.priority.SetYearPrioritiesCommand;
import ru.kogalym.civic.contract.priority.YearPrioritiesSetEvent;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static ru.kogalym.civic.command.common.Refusals.invalid;
import static ru.kogalym.civic.command.common.Refusals.violation;
import static ru.kogalym.civic.command.common.TestClock.BEFORE_1990;
import static ru.kogalym.civic.command.common.TestClock.CLOCK;
import static ru.kogalym.civic.command.common.TestClock.TODAY;
import static ru.kogalym.civic.command.common.TestClock.TOMORROW;

class YearPlanTest {

    private static final String YEAR = "2021";
    private static final LocalDate SET_ON = LocalDate.of(2020, 12, 25);
    private static final PriorityTask SUPPORT_TASK = new PriorityTask("support",
            "Консультативная, информационная, имущественная и финансовая поддержка НКО", null);
    private static final PriorityTask GRANTS_TASK = new PriorityTask("grants",
            "Рост числа СОНКО, привлекающих гранты", "муниципального, окружного и федерального уровня");
    private static final PriorityTask HARMONY_TASK = new PriorityTask("harmony",
            "Гармонизация межнациональных и межконфессиональных отношений", null);
    private static final List<PriorityTask> TASKS = List.of(SUPPORT_TASK, GRANTS_TASK);

    private FixtureConfiguration<YearPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(YearPlan.class);
        fixture.registerInjectableResource(CLOCK);
    }

    private static YearPrioritiesSetEvent prioritiesSet() {
        return new YearPrioritiesSetEvent(YEAR, TASKS, SET_ON);
    }

    // ---- setting ----

    @Test
    void setsYearPriorities() {
        fixture.givenNoPriorActivity()
                .when(new SetYearPrioritiesCommand(YEAR, TASKS, SET_ON))
                .expectEvents(prioritiesSet());
    }

    @Test
    void setsPrioritiesForNextYear() {
        fixture.givenNoPriorActivity()
                .when(new SetYearPrioritiesCommand("2022", TASKS, TODAY))
                .expectEvents(new YearPrioritiesSetEvent("2022", TASKS, TODAY));
    }

    @Test
    void storesBlankTaskDescriptionAsAbsent() {
        fixture.givenNoPriorActivity()
                .when(new SetYearPrioritiesCommand(YEAR, List.of(new PriorityTask("support", SUPPORT_TASK.title(), " ")),
                        SET_ON))
                .expectEvents(new YearPrioritiesSetEvent(YEAR, List.of(SUPPORT_TASK), SET_ON));
    }

    @Test
    void refusesPrioritiesAlreadySetForTheYear() {
        fixture.given(prioritiesSet())
                .when(new SetYearPrioritiesCommand(YEAR, List.of(HARMONY_TASK), TODAY))
                .expectException(violation("year"))
                .expectNoEvents();
    }

    @Test
    void refusesYearThatIsNotFourDigits() {
        fixture.givenNoPriorActivity()
                .when(new SetYearPrioritiesCommand("21", TASKS, SET_ON))
                .expectException(invalid("year"))
                .expectNoEvents();
    }

    @Test
    void refusesYearBefore1990() {
        fixture.givenNoPriorActivity()
                .when(new SetYearPrioritiesCommand("1989", TASKS, SET_ON))
                .expectException(invalid("year"))
                .expectNoEvents();
    }

    @Test
    void refusesYearAfterNextYear() {
        fixture.givenNoPriorActivity()
                .when(new SetYearPrioritiesCommand("2023", TASKS, SET_ON))
                .expectException(invalid("year"))
                .expectNoEvents();
    }

    @Test
    void refusesPrioritiesWithoutTasks() {
        fixture.givenNoPriorActivity()
                .when(new SetYearPrioritiesCommand(YEAR, List.of(), SET_ON))
                .expectException(invalid("tasks"))
                .expectNoEvents();
    }

    @Test
    void refusesMoreThanTwoHundredTasks() {
        fixture.givenNoPriorActivity()
                .when(new SetYearPrioritiesCommand(YEAR, Collections.nCopies(201, SUPPORT_TASK), SET_ON))
                .expectException(invalid("tasks"))
                .expectNoEvents();
    }

    @Test
    void refusesMissingTask() {
        fixture.givenNoPriorActivity()
                .when(new SetYearPrioritiesCommand(YEAR, Arrays.asList(SUPPORT_TASK, null), SET_ON))
                .expectException(invalid("tasks[1]"))
                .expectNoEvents();
    }

    @Test
    void refusesTaskWithoutId() {
        fixture.givenNoPriorActivity()
                .when(new SetYearPrioritiesCommand(YEAR, List.of(new PriorityTask(" ", "Задача", null)), SET_ON))
                .expectException(invalid("tasks[0].taskId"))
                .expectNoEvents();
    }

    @Test
    void refusesTaskIdListedTwice() {
        fixture.givenNoPriorActivity()
                .when(new SetYearPrioritiesCommand(YEAR, List.of(SUPPORT_TASK, GRANTS_TASK,
                        new PriorityTask("support", "Другая задача", null)), SET_ON))
                .expectException(invalid("tasks[2].taskId"))
                .expectNoEvents();
    }

    @Test
    void refusesTaskWithoutTitle() {
        fixture.givenNoPriorActivity()
                .when(new SetYearPrioritiesCommand(YEAR, List.of(SUPPORT_TASK, new PriorityTask("x", null, null)),
                        SET_ON))
                .expectException(invalid("tasks[1].title"))
                .expectNoEvents();
    }

    @Test
    void refusesTaskWithTooLongDescription() {
        fixture.givenNoPriorActivity()
                .when(new SetYearPrioritiesCommand(YEAR, List.of(new PriorityTask("x", "Задача", "я".repeat(10_001))),
                        SET_ON))
                .expectException(invalid("tasks[0].description"))
                .expectNoEvents();
    }

    @Test
    void refusesPrioritiesSetInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(new SetYearPrioritiesCommand(YEAR, TASKS, TOMORROW))
                .expectException(invalid("setOn"))
                .expectNoEvents();
    }

    @Test
    void refusesPrioritiesSetBefore1990() {
        fixture.givenNoPriorActivity()
                .when(new SetYearPrioritiesCommand(YEAR, TASKS, BEFORE_1990))
                .expectException(invalid("setOn"))
                .expectNoEvents();
    }

    // ---- adding tasks ----

    @Test
    void addsTask() {
        fixture.given(prioritiesSet())
                .when(new AddPriorityTaskCommand(YEAR, HARMONY_TASK.taskId(), HARMONY_TASK.title(), null, TODAY))
                .expectEvents(new PriorityTaskAddedEvent(YEAR, HARMONY_TASK.taskId(), HARMONY_TASK.title(), null,
                        TODAY));
    }

    @Test
    void refusesAddedTaskWithoutTitle() {
        fixture.given(prioritiesSet())
                .when(new AddPriorityTaskCommand(YEAR, HARMONY_TASK.taskId(), " ", null, TODAY))
                .expectException(invalid("title"))
                .expectNoEvents();
    }

    @Test
    void refusesTaskAddedInTheFuture() {
        fixture.given(prioritiesSet())
                .when(new AddPriorityTaskCommand(YEAR, HARMONY_TASK.taskId(), HARMONY_TASK.title(), null, TOMORROW))
                .expectException(invalid("addedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesAddedTaskWithAnIdTheYearAlreadyHas() {
        fixture.given(prioritiesSet())
                .when(new AddPriorityTaskCommand(YEAR, SUPPORT_TASK.taskId(), "Другая задача", null, TODAY))
                .expectException(violation("taskId"))
                .expectNoEvents();
    }

    @Test
    void refusesTaskAddedBeforeThePrioritiesWereSet() {
        fixture.given(prioritiesSet())
                .when(new AddPriorityTaskCommand(YEAR, HARMONY_TASK.taskId(), HARMONY_TASK.title(), null,
                        SET_ON.minusDays(1)))
                .expectException(violation("addedOn"))
                .expectNoEvents();
    }

    // ---- marking done ----

    @Test
    void marksTaskDone() {
        fixture.given(prioritiesSet())
                .when(new MarkTaskDoneCommand(YEAR, GRANTS_TASK.taskId(), TODAY))
                .expectEvents(new PriorityTaskMarkedDoneEvent(YEAR, GRANTS_TASK.taskId(), GRANTS_TASK.title(), TODAY));
    }

    @Test
    void marksAddedTaskDone() {
        fixture.given(prioritiesSet(), new PriorityTaskAddedEvent(YEAR, HARMONY_TASK.taskId(), HARMONY_TASK.title(),
                        null, TODAY))
                .when(new MarkTaskDoneCommand(YEAR, HARMONY_TASK.taskId(), TODAY))
                .expectEvents(new PriorityTaskMarkedDoneEvent(YEAR, HARMONY_TASK.taskId(), HARMONY_TASK.title(),
                        TODAY));
    }

    @Test
    void refusesMarkingDoneWithoutTaskId() {
        fixture.given(prioritiesSet())
                .when(new MarkTaskDoneCommand(YEAR, null, TODAY))
                .expectException(invalid("taskId"))
                .expectNoEvents();
    }

    @Test
    void refusesTaskDoneInTheFuture() {
        fixture.given(prioritiesSet())
                .when(new MarkTaskDoneCommand(YEAR, GRANTS_TASK.taskId(), TOMORROW))
                .expectException(invalid("doneOn"))
                .expectNoEvents();
    }

    @Test
    void refusesMarkingUnknownTaskDone() {
        fixture.given(prioritiesSet())
                .when(new MarkTaskDoneCommand(YEAR, "unknown", TODAY))
                .expectException(violation("taskId"))
                .expectNoEvents();
    }

    @Test
    void refusesMarkingDoneTaskDoneAgain() {
        fixture.given(prioritiesSet(), new PriorityTaskMarkedDoneEvent(YEAR, GRANTS_TASK.taskId(),
                        GRANTS_TASK.title(), LocalDate.of(2021, 2, 1)))
                .when(new MarkTaskDoneCommand(YEAR, GRANTS_TASK.taskId(), TODAY))
                .expectException(violation("taskId"))
                .expectNoEvents();
    }
}
