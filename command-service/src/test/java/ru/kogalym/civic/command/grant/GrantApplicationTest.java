package ru.kogalym.civic.command.grant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.command.lookup.InMemoryNcoLookup;
import ru.kogalym.civic.command.lookup.InMemoryActivityReferences;
import ru.kogalym.civic.command.lookup.InMemoryBodyLookup;
import ru.kogalym.civic.command.lookup.TestGates;
import ru.kogalym.civic.contract.grant.ApplyForGrantCommand;
import ru.kogalym.civic.contract.grant.AwardGrantCommand;
import ru.kogalym.civic.contract.grant.CorrectGrantApplicationCommand;
import ru.kogalym.civic.contract.grant.GrantApplicationCorrectedEvent;
import ru.kogalym.civic.contract.grant.GrantApplicationWithdrawnEvent;
import ru.kogalym.civic.contract.grant.GrantAppliedForEvent;
import ru.kogalym.civic.contract.grant.GrantAwardedEvent;
import ru.kogalym.civic.contract.grant.GrantLevel;
import ru.kogalym.civic.contract.grant.GrantRejectedEvent;
import ru.kogalym.civic.contract.grant.RejectGrantCommand;
import ru.kogalym.civic.contract.grant.WithdrawGrantApplicationCommand;

import java.time.LocalDate;

import static ru.kogalym.civic.command.common.Refusals.invalid;
import static ru.kogalym.civic.command.common.Refusals.violation;
import static ru.kogalym.civic.command.common.TestClock.BEFORE_1990;
import static ru.kogalym.civic.command.common.TestClock.CLOCK;
import static ru.kogalym.civic.command.common.TestClock.TODAY;
import static ru.kogalym.civic.command.common.TestClock.TOMORROW;

class GrantApplicationTest {

    private static final String APPLICATION_ID = "grant-2021-pgf-1";
    private static final String NCO_ID = "nco-vainakh";
    private static final String OTHER_NCO_ID = "nco-edinstvo";
    private static final LocalDate NCO_REGISTERED_ON = LocalDate.of(2010, 1, 15);
    private static final String CONTEST = "Конкурс Фонда президентских грантов, первый конкурс 2021 года";
    private static final String PROJECT = "Школа межнационального диалога";
    private static final long REQUESTED = 49_900_000L;
    private static final long AWARDED = 35_000_000L;
    private static final LocalDate APPLIED_ON = LocalDate.of(2020, 10, 1);
    private static final LocalDate DECIDED_ON = LocalDate.of(2021, 1, 25);
    private static final String REASON = "проект не соответствует направлению конкурса";

    private FixtureConfiguration<GrantApplication> fixture;
    private InMemoryNcoLookup ncoLookup;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(GrantApplication.class);
        ncoLookup = new InMemoryNcoLookup();
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(ncoLookup);
        fixture.registerInjectableResource(TestGates.over(ncoLookup, new InMemoryBodyLookup(), new InMemoryActivityReferences()));
        ncoLookup.recordRegistered(NCO_ID, NCO_REGISTERED_ON);
    }

    private static ApplyForGrantCommand apply(String ncoId, GrantLevel level, Long requested,
                                              LocalDate appliedOn) {
        return new ApplyForGrantCommand(APPLICATION_ID, ncoId, level, CONTEST, PROJECT, requested, appliedOn);
    }

    private static ApplyForGrantCommand apply(LocalDate appliedOn) {
        return apply(NCO_ID, GrantLevel.FEDERAL, REQUESTED, appliedOn);
    }

    private static GrantAppliedForEvent appliedFor() {
        return new GrantAppliedForEvent(APPLICATION_ID, NCO_ID, GrantLevel.FEDERAL, CONTEST, PROJECT, REQUESTED,
                APPLIED_ON);
    }

    private static GrantAwardedEvent awarded() {
        return new GrantAwardedEvent(APPLICATION_ID, NCO_ID, GrantLevel.FEDERAL, CONTEST, PROJECT, REQUESTED, AWARDED,
                DECIDED_ON);
    }

    private static GrantApplicationWithdrawnEvent withdrawn() {
        return new GrantApplicationWithdrawnEvent(APPLICATION_ID, "заявка внесена по ошибке");
    }

    private static CorrectGrantApplicationCommand correct(GrantLevel level, LocalDate appliedOn, String reason) {
        return new CorrectGrantApplicationCommand(APPLICATION_ID, NCO_ID, level, CONTEST, PROJECT, REQUESTED,
                appliedOn, reason);
    }

    private static CorrectGrantApplicationCommand correctNco(String ncoId) {
        return new CorrectGrantApplicationCommand(APPLICATION_ID, ncoId, GrantLevel.FEDERAL, CONTEST, PROJECT,
                REQUESTED, APPLIED_ON, "заявку подала другая организация");
    }

    // ---- applying ----

    @Test
    void recordsGrantApplication() {
        fixture.givenNoPriorActivity()
                .when(apply(APPLIED_ON))
                .expectEvents(appliedFor());
    }

    @Test
    void refusesApplicationWithoutId() {
        fixture.givenNoPriorActivity()
                .when(new ApplyForGrantCommand("", NCO_ID, GrantLevel.OKRUG, CONTEST, PROJECT, REQUESTED, APPLIED_ON))
                .expectException(invalid("grantApplicationId"))
                .expectNoEvents();
    }

    @Test
    void refusesApplicationWithoutNco() {
        fixture.givenNoPriorActivity()
                .when(apply(" ", GrantLevel.OKRUG, REQUESTED, APPLIED_ON))
                .expectException(invalid("ncoId"))
                .expectNoEvents();
    }

    @Test
    void refusesApplicationWithoutLevel() {
        fixture.givenNoPriorActivity()
                .when(apply(NCO_ID, null, REQUESTED, APPLIED_ON))
                .expectException(invalid("level"))
                .expectNoEvents();
    }

    @Test
    void refusesApplicationWithoutContest() {
        fixture.givenNoPriorActivity()
                .when(new ApplyForGrantCommand(APPLICATION_ID, NCO_ID, GrantLevel.MUNICIPAL, null, PROJECT, REQUESTED,
                        APPLIED_ON))
                .expectException(invalid("contest"))
                .expectNoEvents();
    }

    @Test
    void refusesApplicationWithTooLongProject() {
        fixture.givenNoPriorActivity()
                .when(new ApplyForGrantCommand(APPLICATION_ID, NCO_ID, GrantLevel.MUNICIPAL, CONTEST, "я".repeat(501),
                        REQUESTED, APPLIED_ON))
                .expectException(invalid("project"))
                .expectNoEvents();
    }

    @Test
    void refusesApplicationWithoutAmount() {
        fixture.givenNoPriorActivity()
                .when(apply(NCO_ID, GrantLevel.MUNICIPAL, null, APPLIED_ON))
                .expectException(invalid("amountRequested"))
                .expectNoEvents();
    }

    @Test
    void refusesApplicationForNothing() {
        fixture.givenNoPriorActivity()
                .when(apply(NCO_ID, GrantLevel.MUNICIPAL, 0L, APPLIED_ON))
                .expectException(invalid("amountRequested"))
                .expectNoEvents();
    }

    @Test
    void refusesApplicationWithoutDate() {
        fixture.givenNoPriorActivity()
                .when(apply(null))
                .expectException(invalid("appliedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesApplicationInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(apply(TOMORROW))
                .expectException(invalid("appliedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesApplicationBefore1990() {
        fixture.givenNoPriorActivity()
                .when(apply(BEFORE_1990))
                .expectException(invalid("appliedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesApplicationOfUnknownNco() {
        fixture.givenNoPriorActivity()
                .when(apply("nco-unknown", GrantLevel.FEDERAL, REQUESTED, APPLIED_ON))
                .expectException(violation("ncoId"))
                .expectNoEvents();
    }

    @Test
    void refusesApplicationOfNcoNotYetInTheRegistry() {
        fixture.givenNoPriorActivity()
                .when(apply(NCO_REGISTERED_ON.minusDays(1)))
                .expectException(violation("ncoId"))
                .expectNoEvents();
    }

    @Test
    void refusesApplicationOfLiquidatedNco() {
        ncoLookup.recordLiquidated(NCO_ID, APPLIED_ON);

        fixture.givenNoPriorActivity()
                .when(apply(APPLIED_ON))
                .expectException(violation("ncoId"))
                .expectNoEvents();
    }

    // ---- deciding ----

    @Test
    void awardsGrant() {
        fixture.given(appliedFor())
                .when(new AwardGrantCommand(APPLICATION_ID, AWARDED, DECIDED_ON))
                .expectEvents(awarded());
    }

    @Test
    void refusesAwardWithoutAmount() {
        fixture.given(appliedFor())
                .when(new AwardGrantCommand(APPLICATION_ID, null, DECIDED_ON))
                .expectException(invalid("amountAwarded"))
                .expectNoEvents();
    }

    @Test
    void refusesAwardOfNegativeAmount() {
        fixture.given(appliedFor())
                .when(new AwardGrantCommand(APPLICATION_ID, -100L, DECIDED_ON))
                .expectException(invalid("amountAwarded"))
                .expectNoEvents();
    }

    @Test
    void awardsTheWholeAmountRequested() {
        fixture.given(appliedFor())
                .when(new AwardGrantCommand(APPLICATION_ID, REQUESTED, DECIDED_ON))
                .expectEvents(new GrantAwardedEvent(APPLICATION_ID, NCO_ID, GrantLevel.FEDERAL, CONTEST, PROJECT,
                        REQUESTED, REQUESTED, DECIDED_ON));
    }

    @Test
    void refusesAwardAboveTheAmountRequested() {
        fixture.given(appliedFor())
                .when(new AwardGrantCommand(APPLICATION_ID, REQUESTED + 1, DECIDED_ON))
                .expectException(violation("amountAwarded"))
                .expectNoEvents();
    }

    @Test
    void refusesAwardAboveTheAmountAsCorrected() {
        fixture.given(appliedFor(), new GrantApplicationCorrectedEvent(APPLICATION_ID, NCO_ID, GrantLevel.FEDERAL,
                        CONTEST, PROJECT, AWARDED - 1, APPLIED_ON, "запрошено меньше"))
                .when(new AwardGrantCommand(APPLICATION_ID, AWARDED, DECIDED_ON))
                .expectException(violation("amountAwarded"))
                .expectNoEvents();
    }

    @Test
    void refusesAwardWithoutDate() {
        fixture.given(appliedFor())
                .when(new AwardGrantCommand(APPLICATION_ID, AWARDED, null))
                .expectException(invalid("decidedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesAwardInTheFuture() {
        fixture.given(appliedFor())
                .when(new AwardGrantCommand(APPLICATION_ID, AWARDED, TOMORROW))
                .expectException(invalid("decidedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesAwardDecidedBeforeTheApplication() {
        fixture.given(appliedFor())
                .when(new AwardGrantCommand(APPLICATION_ID, AWARDED, APPLIED_ON.minusDays(1)))
                .expectException(violation("decidedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesAwardOfGrantAlreadyAwarded() {
        fixture.given(appliedFor(), awarded())
                .when(new AwardGrantCommand(APPLICATION_ID, AWARDED, DECIDED_ON))
                .expectException(violation("grantApplicationId"))
                .expectNoEvents();
    }

    @Test
    void refusesAwardOfGrantAlreadyRejected() {
        fixture.given(appliedFor(), new GrantRejectedEvent(APPLICATION_ID, NCO_ID, GrantLevel.FEDERAL, CONTEST, PROJECT,
                        REQUESTED, DECIDED_ON, REASON))
                .when(new AwardGrantCommand(APPLICATION_ID, AWARDED, TODAY))
                .expectException(violation("grantApplicationId"))
                .expectNoEvents();
    }

    @Test
    void refusesAwardOfWithdrawnApplication() {
        fixture.given(appliedFor(), withdrawn())
                .when(new AwardGrantCommand(APPLICATION_ID, AWARDED, DECIDED_ON))
                .expectException(violation("grantApplicationId"))
                .expectNoEvents();
    }

    @Test
    void refusesAwardToNcoLiquidatedBeforeTheDecision() {
        ncoLookup.recordLiquidated(NCO_ID, DECIDED_ON.minusDays(1));

        fixture.given(appliedFor())
                .when(new AwardGrantCommand(APPLICATION_ID, AWARDED, DECIDED_ON))
                .expectException(violation("decidedOn"))
                .expectNoEvents();
    }

    @Test
    void rejectsGrant() {
        fixture.given(appliedFor())
                .when(new RejectGrantCommand(APPLICATION_ID, DECIDED_ON, REASON))
                .expectEvents(new GrantRejectedEvent(APPLICATION_ID, NCO_ID, GrantLevel.FEDERAL, CONTEST, PROJECT,
                        REQUESTED, DECIDED_ON, REASON));
    }

    @Test
    void rejectsGrantWithoutAReasonGiven() {
        fixture.given(appliedFor())
                .when(new RejectGrantCommand(APPLICATION_ID, DECIDED_ON, " "))
                .expectEvents(new GrantRejectedEvent(APPLICATION_ID, NCO_ID, GrantLevel.FEDERAL, CONTEST, PROJECT,
                        REQUESTED, DECIDED_ON, null));
    }

    @Test
    void refusesRejectionInTheFuture() {
        fixture.given(appliedFor())
                .when(new RejectGrantCommand(APPLICATION_ID, TOMORROW, REASON))
                .expectException(invalid("decidedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesRejectionWithTooLongReason() {
        fixture.given(appliedFor())
                .when(new RejectGrantCommand(APPLICATION_ID, DECIDED_ON, "я".repeat(10_001)))
                .expectException(invalid("reason"))
                .expectNoEvents();
    }

    @Test
    void refusesRejectionDecidedBeforeTheApplication() {
        fixture.given(appliedFor())
                .when(new RejectGrantCommand(APPLICATION_ID, APPLIED_ON.minusDays(1), REASON))
                .expectException(violation("decidedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesRejectionOfGrantAlreadyAwarded() {
        fixture.given(appliedFor(), awarded())
                .when(new RejectGrantCommand(APPLICATION_ID, TODAY, REASON))
                .expectException(violation("grantApplicationId"))
                .expectNoEvents();
    }

    @Test
    void refusesRejectionOfWithdrawnApplication() {
        fixture.given(appliedFor(), withdrawn())
                .when(new RejectGrantCommand(APPLICATION_ID, DECIDED_ON, REASON))
                .expectException(violation("grantApplicationId"))
                .expectNoEvents();
    }

    @Test
    void refusesRejectionForNcoLiquidatedOnTheDayOfTheDecision() {
        ncoLookup.recordLiquidated(NCO_ID, DECIDED_ON);

        fixture.given(appliedFor())
                .when(new RejectGrantCommand(APPLICATION_ID, DECIDED_ON, REASON))
                .expectException(violation("decidedOn"))
                .expectNoEvents();
    }

    // ---- correcting and withdrawing ----

    @Test
    void correctsGrantApplication() {
        fixture.given(appliedFor())
                .when(correct(GrantLevel.OKRUG, APPLIED_ON, "это был окружной конкурс"))
                .expectEvents(new GrantApplicationCorrectedEvent(APPLICATION_ID, NCO_ID, GrantLevel.OKRUG, CONTEST,
                        PROJECT, REQUESTED, APPLIED_ON, "это был окружной конкурс"));
    }

    @Test
    void correctsApplicationAlreadyDecided() {
        fixture.given(appliedFor(), awarded())
                .when(correct(GrantLevel.OKRUG, APPLIED_ON, "это был окружной конкурс"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesCorrectionWithoutReason() {
        fixture.given(appliedFor())
                .when(correct(GrantLevel.OKRUG, APPLIED_ON, null))
                .expectException(invalid("reason"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionToADateInTheFuture() {
        fixture.given(appliedFor())
                .when(correct(GrantLevel.FEDERAL, TOMORROW, "дата"))
                .expectException(invalid("appliedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionOfWithdrawnApplication() {
        fixture.given(appliedFor(), withdrawn())
                .when(correct(GrantLevel.OKRUG, APPLIED_ON, "уровень"))
                .expectException(violation("grantApplicationId"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionThatChangesNothing() {
        fixture.given(appliedFor())
                .when(correct(GrantLevel.FEDERAL, APPLIED_ON, "уровень"))
                .expectException(violation("grantApplicationId"))
                .expectNoEvents();
    }

    @Test
    void correctsTheAmountRequestedDownToTheAmountAwarded() {
        fixture.given(appliedFor(), awarded())
                .when(new CorrectGrantApplicationCommand(APPLICATION_ID, NCO_ID, GrantLevel.FEDERAL, CONTEST, PROJECT,
                        AWARDED, APPLIED_ON, "запрошено столько, сколько дали"))
                .expectEvents(new GrantApplicationCorrectedEvent(APPLICATION_ID, NCO_ID, GrantLevel.FEDERAL, CONTEST,
                        PROJECT, AWARDED, APPLIED_ON, "запрошено столько, сколько дали"));
    }

    @Test
    void refusesCorrectionAskingForLessThanWasAwarded() {
        fixture.given(appliedFor(), awarded())
                .when(new CorrectGrantApplicationCommand(APPLICATION_ID, NCO_ID, GrantLevel.FEDERAL, CONTEST, PROJECT,
                        AWARDED - 1, APPLIED_ON, "сумма"))
                .expectException(violation("amountRequested"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionMovingTheApplicationAfterItsDecision() {
        fixture.given(appliedFor(), awarded())
                .when(correct(GrantLevel.FEDERAL, DECIDED_ON.plusDays(1), "дата"))
                .expectException(violation("appliedOn"))
                .expectNoEvents();
    }

    @Test
    void correctsADecidedApplicationToAnotherNcoActiveOnBothDays() {
        ncoLookup.recordRegistered(OTHER_NCO_ID, NCO_REGISTERED_ON);
        ncoLookup.recordLiquidated(OTHER_NCO_ID, DECIDED_ON.plusDays(1));

        fixture.given(appliedFor(), awarded())
                .when(correctNco(OTHER_NCO_ID))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesCorrectionOfADecidedApplicationToAnNcoLiquidatedBeforeTheDecision() {
        ncoLookup.recordRegistered(OTHER_NCO_ID, NCO_REGISTERED_ON);
        ncoLookup.recordLiquidated(OTHER_NCO_ID, DECIDED_ON);

        fixture.given(appliedFor(), awarded())
                .when(correctNco(OTHER_NCO_ID))
                .expectException(violation("ncoId"))
                .expectNoEvents();
    }

    @Test
    void correctsAnUndecidedApplicationToAnNcoLiquidatedAfterTheApplication() {
        ncoLookup.recordRegistered(OTHER_NCO_ID, NCO_REGISTERED_ON);
        ncoLookup.recordLiquidated(OTHER_NCO_ID, APPLIED_ON.plusDays(1));

        fixture.given(appliedFor())
                .when(correctNco(OTHER_NCO_ID))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesCorrectionToADateTheNcoWasNotYetInTheRegistry() {
        fixture.given(appliedFor())
                .when(correct(GrantLevel.FEDERAL, NCO_REGISTERED_ON.minusDays(1), "дата"))
                .expectException(violation("ncoId"))
                .expectNoEvents();
    }

    @Test
    void withdrawsGrantApplication() {
        fixture.given(appliedFor(), awarded())
                .when(new WithdrawGrantApplicationCommand(APPLICATION_ID, "заявка внесена по ошибке"))
                .expectEvents(withdrawn());
    }

    @Test
    void refusesWithdrawalWithoutReason() {
        fixture.given(appliedFor())
                .when(new WithdrawGrantApplicationCommand(APPLICATION_ID, " "))
                .expectException(invalid("reason"))
                .expectNoEvents();
    }

    @Test
    void refusesWithdrawalOfWithdrawnApplication() {
        fixture.given(appliedFor(), withdrawn())
                .when(new WithdrawGrantApplicationCommand(APPLICATION_ID, "ещё раз"))
                .expectException(violation("grantApplicationId"))
                .expectNoEvents();
    }
}
