package ru.kogalym.civic.command.support;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.command.lookup.InMemoryNcoLookup;
import ru.kogalym.civic.command.lookup.InMemoryActivityReferences;
import ru.kogalym.civic.command.lookup.InMemoryBodyLookup;
import ru.kogalym.civic.command.lookup.TestGates;
import ru.kogalym.civic.contract.support.CorrectSupportCommand;
import ru.kogalym.civic.contract.support.RecordSupportCommand;
import ru.kogalym.civic.contract.support.SupportCorrectedEvent;
import ru.kogalym.civic.contract.support.SupportKind;
import ru.kogalym.civic.contract.support.SupportRecordedEvent;
import ru.kogalym.civic.contract.support.SupportWithdrawnEvent;
import ru.kogalym.civic.contract.support.WithdrawSupportCommand;

import java.time.LocalDate;

import static ru.kogalym.civic.command.common.Refusals.invalid;
import static ru.kogalym.civic.command.common.Refusals.violation;
import static ru.kogalym.civic.command.common.TestClock.BEFORE_1990;
import static ru.kogalym.civic.command.common.TestClock.CLOCK;
import static ru.kogalym.civic.command.common.TestClock.TODAY;
import static ru.kogalym.civic.command.common.TestClock.TOMORROW;

class SupportTest {

    private static final String SUPPORT_ID = "support-2021-1";
    private static final String NCO_ID = "nco-kyzyl-tu";
    private static final LocalDate NCO_REGISTERED_ON = LocalDate.of(2014, 9, 1);
    private static final LocalDate PROVIDED_ON = LocalDate.of(2021, 2, 10);
    private static final String DESCRIPTION = "Субсидия на проведение праздника Наурыз";
    private static final long AMOUNT = 15_000_000L;
    private static final String PROVIDED_BY = "Администрация города Когалыма";
    private static final LocalDate PERIOD_FROM = LocalDate.of(2021, 3, 1);
    private static final LocalDate PERIOD_TO = LocalDate.of(2021, 12, 31);
    private static final String REASON = "уточнена сумма";

    private FixtureConfiguration<Support> fixture;
    private InMemoryNcoLookup ncoLookup;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Support.class);
        ncoLookup = new InMemoryNcoLookup();
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(ncoLookup);
        fixture.registerInjectableResource(TestGates.over(ncoLookup, new InMemoryBodyLookup(), new InMemoryActivityReferences()));
        ncoLookup.recordRegistered(NCO_ID, NCO_REGISTERED_ON);
    }

    private static RecordSupportCommand financial(String ncoId, LocalDate providedOn, Long amount) {
        return new RecordSupportCommand(SUPPORT_ID, ncoId, SupportKind.FINANCIAL, providedOn, DESCRIPTION, amount,
                null, null, PROVIDED_BY);
    }

    private static RecordSupportCommand record(SupportKind kind, Long amount, LocalDate from, LocalDate to) {
        return new RecordSupportCommand(SUPPORT_ID, NCO_ID, kind, PROVIDED_ON, DESCRIPTION, amount, from, to,
                PROVIDED_BY);
    }

    private static SupportRecordedEvent financialRecorded() {
        return new SupportRecordedEvent(SUPPORT_ID, NCO_ID, SupportKind.FINANCIAL, PROVIDED_ON, DESCRIPTION, AMOUNT,
                null, null, PROVIDED_BY);
    }

    private static CorrectSupportCommand correct(LocalDate providedOn, Long amount, String reason) {
        return new CorrectSupportCommand(SUPPORT_ID, NCO_ID, SupportKind.FINANCIAL, providedOn, DESCRIPTION, amount,
                null, null, PROVIDED_BY, reason);
    }

    @Test
    void recordsFinancialSupport() {
        fixture.givenNoPriorActivity()
                .when(financial(NCO_ID, PROVIDED_ON, AMOUNT))
                .expectEvents(financialRecorded());
    }

    @Test
    void recordsPropertySupportForAPeriodRunningPastToday() {
        fixture.givenNoPriorActivity()
                .when(record(SupportKind.PROPERTY, null, PERIOD_FROM, PERIOD_TO))
                .expectEvents(new SupportRecordedEvent(SUPPORT_ID, NCO_ID, SupportKind.PROPERTY, PROVIDED_ON,
                        DESCRIPTION, null, PERIOD_FROM, PERIOD_TO, PROVIDED_BY));
    }

    @Test
    void recordsConsultativeSupport() {
        fixture.givenNoPriorActivity()
                .when(record(SupportKind.CONSULTATIVE, null, null, null))
                .expectEvents(new SupportRecordedEvent(SUPPORT_ID, NCO_ID, SupportKind.CONSULTATIVE, PROVIDED_ON,
                        DESCRIPTION, null, null, null, PROVIDED_BY));
    }

    @Test
    void refusesSupportWithoutId() {
        fixture.givenNoPriorActivity()
                .when(new RecordSupportCommand(" ", NCO_ID, SupportKind.INFORMATIONAL, PROVIDED_ON, DESCRIPTION, null,
                        null, null, PROVIDED_BY))
                .expectException(invalid("supportId"))
                .expectNoEvents();
    }

    @Test
    void refusesSupportWithoutNco() {
        fixture.givenNoPriorActivity()
                .when(financial(null, PROVIDED_ON, AMOUNT))
                .expectException(invalid("ncoId"))
                .expectNoEvents();
    }

    @Test
    void refusesSupportWithoutKind() {
        fixture.givenNoPriorActivity()
                .when(record(null, null, null, null))
                .expectException(invalid("kind"))
                .expectNoEvents();
    }

    @Test
    void refusesSupportWithoutDate() {
        fixture.givenNoPriorActivity()
                .when(financial(NCO_ID, null, AMOUNT))
                .expectException(invalid("providedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesSupportInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(financial(NCO_ID, TOMORROW, AMOUNT))
                .expectException(invalid("providedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesSupportBefore1990() {
        fixture.givenNoPriorActivity()
                .when(financial(NCO_ID, BEFORE_1990, AMOUNT))
                .expectException(invalid("providedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesSupportWithoutDescription() {
        fixture.givenNoPriorActivity()
                .when(new RecordSupportCommand(SUPPORT_ID, NCO_ID, SupportKind.INFORMATIONAL, PROVIDED_ON, " ", null,
                        null, null, PROVIDED_BY))
                .expectException(invalid("description"))
                .expectNoEvents();
    }

    @Test
    void refusesSupportWithTooLongDescription() {
        fixture.givenNoPriorActivity()
                .when(new RecordSupportCommand(SUPPORT_ID, NCO_ID, SupportKind.INFORMATIONAL, PROVIDED_ON,
                        "я".repeat(10_001), null, null, null, PROVIDED_BY))
                .expectException(invalid("description"))
                .expectNoEvents();
    }

    @Test
    void refusesSupportWithoutProvider() {
        fixture.givenNoPriorActivity()
                .when(new RecordSupportCommand(SUPPORT_ID, NCO_ID, SupportKind.INFORMATIONAL, PROVIDED_ON, DESCRIPTION,
                        null, null, null, null))
                .expectException(invalid("providedBy"))
                .expectNoEvents();
    }

    @Test
    void refusesFinancialSupportWithoutAmount() {
        fixture.givenNoPriorActivity()
                .when(financial(NCO_ID, PROVIDED_ON, null))
                .expectException(invalid("amount"))
                .expectNoEvents();
    }

    @Test
    void refusesFinancialSupportOfZero() {
        fixture.givenNoPriorActivity()
                .when(financial(NCO_ID, PROVIDED_ON, 0L))
                .expectException(invalid("amount"))
                .expectNoEvents();
    }

    @Test
    void refusesFinancialSupportOfNegativeAmount() {
        fixture.givenNoPriorActivity()
                .when(financial(NCO_ID, PROVIDED_ON, -10_000L))
                .expectException(invalid("amount"))
                .expectNoEvents();
    }

    @Test
    void refusesAmountOnSupportThatIsNotFinancial() {
        fixture.givenNoPriorActivity()
                .when(record(SupportKind.PROPERTY, AMOUNT, null, null))
                .expectException(invalid("amount"))
                .expectNoEvents();
    }

    @Test
    void refusesPeriodEndingBeforeItBegins() {
        fixture.givenNoPriorActivity()
                .when(record(SupportKind.PROPERTY, null, PERIOD_TO, PERIOD_FROM))
                .expectException(invalid("periodTo"))
                .expectNoEvents();
    }

    @Test
    void refusesPeriodBeginningBefore1990() {
        fixture.givenNoPriorActivity()
                .when(record(SupportKind.PROPERTY, null, BEFORE_1990, PERIOD_TO))
                .expectException(invalid("periodFrom"))
                .expectNoEvents();
    }

    @Test
    void refusesSupportToUnknownNco() {
        fixture.givenNoPriorActivity()
                .when(financial("nco-unknown", PROVIDED_ON, AMOUNT))
                .expectException(violation("ncoId"))
                .expectNoEvents();
    }

    @Test
    void refusesSupportToNcoNotYetInTheRegistry() {
        fixture.givenNoPriorActivity()
                .when(financial(NCO_ID, NCO_REGISTERED_ON.minusDays(1), AMOUNT))
                .expectException(violation("ncoId"))
                .expectNoEvents();
    }

    @Test
    void refusesSupportToLiquidatedNco() {
        ncoLookup.recordLiquidated(NCO_ID, LocalDate.of(2021, 1, 1));

        fixture.givenNoPriorActivity()
                .when(financial(NCO_ID, PROVIDED_ON, AMOUNT))
                .expectException(violation("ncoId"))
                .expectNoEvents();
    }

    @Test
    void correctsSupport() {
        fixture.given(financialRecorded())
                .when(correct(PROVIDED_ON, 12_000_000L, REASON))
                .expectEvents(new SupportCorrectedEvent(SUPPORT_ID, NCO_ID, SupportKind.FINANCIAL, PROVIDED_ON,
                        DESCRIPTION, 12_000_000L, null, null, PROVIDED_BY, REASON));
    }

    @Test
    void refusesCorrectionWithoutReason() {
        fixture.given(financialRecorded())
                .when(correct(PROVIDED_ON, 12_000_000L, null))
                .expectException(invalid("reason"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionToFinancialSupportWithoutAmount() {
        fixture.given(financialRecorded())
                .when(correct(PROVIDED_ON, null, REASON))
                .expectException(invalid("amount"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionOfWithdrawnSupport() {
        fixture.given(financialRecorded(), new SupportWithdrawnEvent(SUPPORT_ID, REASON))
                .when(correct(PROVIDED_ON, 12_000_000L, REASON))
                .expectException(violation("supportId"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionThatChangesNothing() {
        fixture.given(financialRecorded())
                .when(correct(PROVIDED_ON, AMOUNT, REASON))
                .expectException(violation("supportId"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionToADateTheNcoWasAlreadyLiquidatedOn() {
        ncoLookup.recordLiquidated(NCO_ID, LocalDate.of(2021, 3, 1));

        fixture.given(financialRecorded())
                .when(correct(TODAY, AMOUNT, REASON))
                .expectException(violation("ncoId"))
                .expectNoEvents();
    }

    @Test
    void withdrawsSupport() {
        fixture.given(financialRecorded())
                .when(new WithdrawSupportCommand(SUPPORT_ID, REASON))
                .expectEvents(new SupportWithdrawnEvent(SUPPORT_ID, REASON));
    }

    @Test
    void refusesWithdrawalWithoutReason() {
        fixture.given(financialRecorded())
                .when(new WithdrawSupportCommand(SUPPORT_ID, ""))
                .expectException(invalid("reason"))
                .expectNoEvents();
    }

    @Test
    void refusesWithdrawalOfWithdrawnSupport() {
        fixture.given(financialRecorded(), new SupportWithdrawnEvent(SUPPORT_ID, REASON))
                .when(new WithdrawSupportCommand(SUPPORT_ID, REASON))
                .expectException(violation("supportId"))
                .expectNoEvents();
    }
}
