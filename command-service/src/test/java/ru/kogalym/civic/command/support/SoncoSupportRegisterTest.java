package ru.kogalym.civic.command.support;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.contract.support.ChangeSupportRegisterEntryCommand;
import ru.kogalym.civic.contract.support.ExcludeFromSupportRegisterCommand;
import ru.kogalym.civic.contract.support.IncludeInSupportRegisterCommand;
import ru.kogalym.civic.contract.support.RegisterViolation;
import ru.kogalym.civic.contract.support.RegisterViolationKind;
import ru.kogalym.civic.contract.support.SupportRegisterEntryChangedEvent;
import ru.kogalym.civic.contract.support.SupportRegisterEntryExcludedEvent;
import ru.kogalym.civic.contract.support.SupportRegisterEntryIncludedEvent;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static ru.kogalym.civic.command.common.Refusals.invalid;
import static ru.kogalym.civic.command.common.Refusals.violation;
import static ru.kogalym.civic.command.common.TestClock.CLOCK;
import static ru.kogalym.civic.command.common.TestClock.TODAY;
import static ru.kogalym.civic.command.common.TestClock.TOMORROW;

class SoncoSupportRegisterTest {

    private static final String REGISTER = SoncoSupportRegister.ID;
    private static final String BASIS = "Постановление Администрации города Когалыма от 01.03.2021 № 400";
    private static final LocalDate DECIDED = LocalDate.of(2021, 3, 1);
    private static final List<String> KINDS = List.of("сохранение национальной культуры");
    private static final String REASON = "выявлено нецелевое использование";
    private static final RegisterViolation MISUSE = new RegisterViolation(RegisterViolationKind.MISUSE_OF_FUNDS,
            LocalDate.of(2021, 3, 10), "Часть субсидии потрачена не по соглашению");

    private FixtureConfiguration<SoncoSupportRegister> fixture;
    private final Map<String, SupportRecords.Standing> supports = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SoncoSupportRegister.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource((SupportRecords) id -> supports.getOrDefault(id,
                SupportRecords.Standing.UNKNOWN));
        supports.put("s1", SupportRecords.Standing.STANDING);
        supports.put("s2", SupportRecords.Standing.STANDING);
        supports.put("s-withdrawn", SupportRecords.Standing.WITHDRAWN);
    }

    private static IncludeInSupportRegisterCommand include(String supportId) {
        return new IncludeInSupportRegisterCommand(REGISTER, supportId, BASIS, DECIDED, KINDS);
    }

    private static SupportRegisterEntryIncludedEvent included(int number, String supportId) {
        return new SupportRegisterEntryIncludedEvent(REGISTER, number, supportId, TODAY, BASIS, DECIDED, KINDS);
    }

    private static ChangeSupportRegisterEntryCommand change(int number, LocalDate stoppedOn,
                                                            List<RegisterViolation> violations) {
        return new ChangeSupportRegisterEntryCommand(REGISTER, number, BASIS, DECIDED, KINDS, stoppedOn, violations,
                REASON);
    }

    @Test
    void theFirstInclusionOpensTheRegisterAsEntryOneDatedToday() {
        fixture.givenNoPriorActivity()
                .when(include("s1"))
                .expectEvents(included(1, "s1"))
                .expectResultMessagePayload(1);
    }

    @Test
    void entriesAreNumberedInTheOrderOfInclusion() {
        fixture.given(included(1, "s1"))
                .when(include("s2"))
                .expectEvents(included(2, "s2"))
                .expectResultMessagePayload(2);
    }

    @Test
    void anExcludedEntrysNumberIsNotReused() {
        fixture.given(included(1, "s1"), new SupportRegisterEntryExcludedEvent(REGISTER, 1, TODAY, BASIS, REASON))
                .when(include("s1"))
                .expectEvents(included(2, "s1"));
    }

    @Test
    void refusesToIncludeASupportThatAlreadyStandsInTheRegister() {
        fixture.given(included(1, "s1"))
                .when(include("s1"))
                .expectNoEvents()
                .expectException(violation("supportId"));
    }

    @Test
    void refusesToIncludeAnUnrecordedSupport() {
        fixture.givenNoPriorActivity()
                .when(include("s-unknown"))
                .expectNoEvents()
                .expectException(violation("supportId"));
    }

    @Test
    void refusesToIncludeAWithdrawnSupport() {
        fixture.givenNoPriorActivity()
                .when(include("s-withdrawn"))
                .expectNoEvents()
                .expectException(violation("supportId"));
    }

    @Test
    void refusesAnInclusionWithoutBasis() {
        fixture.givenNoPriorActivity()
                .when(new IncludeInSupportRegisterCommand(REGISTER, "s1", " ", DECIDED, KINDS))
                .expectNoEvents()
                .expectException(invalid("basis"));
    }

    @Test
    void refusesADecisionDatedInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(new IncludeInSupportRegisterCommand(REGISTER, "s1", BASIS, TOMORROW, KINDS))
                .expectNoEvents()
                .expectException(invalid("decisionDate"));
    }

    @Test
    void refusesAnInclusionWithoutKindsOfActivity() {
        fixture.givenNoPriorActivity()
                .when(new IncludeInSupportRegisterCommand(REGISTER, "s1", BASIS, DECIDED, List.of()))
                .expectNoEvents()
                .expectException(invalid("activityKinds"));
    }

    @Test
    void refusesABlankKindOfActivity() {
        fixture.givenNoPriorActivity()
                .when(new IncludeInSupportRegisterCommand(REGISTER, "s1", BASIS, DECIDED, List.of("культура", "")))
                .expectNoEvents()
                .expectException(invalid("activityKinds[1]"));
    }

    @Test
    void refusesAnotherRegister() {
        fixture.givenNoPriorActivity()
                .when(new IncludeInSupportRegisterCommand("another-register", "s1", BASIS, DECIDED, KINDS))
                .expectNoEvents()
                .expectException(invalid("registerId"));
    }

    @Test
    void recordsTheStopOfSupportAndTheMisuseFound() {
        fixture.given(included(1, "s1"))
                .when(change(1, LocalDate.of(2021, 3, 12), List.of(MISUSE)))
                .expectEvents(new SupportRegisterEntryChangedEvent(REGISTER, 1, TODAY, BASIS, DECIDED, KINDS,
                        LocalDate.of(2021, 3, 12), List.of(MISUSE), REASON));
    }

    @Test
    void refusesAChangeThatChangesNothing() {
        fixture.given(included(1, "s1"))
                .when(change(1, null, List.of()))
                .expectNoEvents()
                .expectException(violation("entryNumber"));
    }

    @Test
    void refusesAChangeOfAnUnknownEntry() {
        fixture.given(included(1, "s1"))
                .when(change(2, TODAY, List.of()))
                .expectNoEvents()
                .expectException(violation("entryNumber"));
    }

    @Test
    void refusesAChangeOfAnExcludedEntry() {
        fixture.given(included(1, "s1"), new SupportRegisterEntryExcludedEvent(REGISTER, 1, TODAY, BASIS, REASON))
                .when(change(1, TODAY, List.of()))
                .expectNoEvents()
                .expectException(violation("entryNumber"));
    }

    @Test
    void refusesSupportStoppedBeforeItWasDecided() {
        fixture.given(included(1, "s1"))
                .when(change(1, DECIDED.minusDays(1), List.of()))
                .expectNoEvents()
                .expectException(violation("supportStoppedOn"));
    }

    @Test
    void refusesSupportStoppedInTheFuture() {
        fixture.given(included(1, "s1"))
                .when(change(1, TOMORROW, List.of()))
                .expectNoEvents()
                .expectException(invalid("supportStoppedOn"));
    }

    @Test
    void refusesAViolationWithoutKind() {
        fixture.given(included(1, "s1"))
                .when(change(1, null, List.of(new RegisterViolation(null, TODAY, "нарушение"))))
                .expectNoEvents()
                .expectException(invalid("violations[0].kind"));
    }

    @Test
    void refusesAViolationFoundInTheFuture() {
        fixture.given(included(1, "s1"))
                .when(change(1, null, List.of(new RegisterViolation(RegisterViolationKind.OTHER, TOMORROW, "нарушение"))))
                .expectNoEvents()
                .expectException(invalid("violations[0].foundOn"));
    }

    @Test
    void refusesAChangeWithoutReason() {
        fixture.given(included(1, "s1"))
                .when(new ChangeSupportRegisterEntryCommand(REGISTER, 1, BASIS, DECIDED, KINDS, TODAY, List.of(), ""))
                .expectNoEvents()
                .expectException(invalid("reason"));
    }

    @Test
    void excludesAnEntryOnADecisionDatedToday() {
        fixture.given(included(1, "s1"))
                .when(new ExcludeFromSupportRegisterCommand(REGISTER, 1, BASIS, REASON))
                .expectEvents(new SupportRegisterEntryExcludedEvent(REGISTER, 1, TODAY, BASIS, REASON));
    }

    @Test
    void refusesToExcludeAnEntryTwice() {
        fixture.given(included(1, "s1"), new SupportRegisterEntryExcludedEvent(REGISTER, 1, TODAY, BASIS, REASON))
                .when(new ExcludeFromSupportRegisterCommand(REGISTER, 1, BASIS, REASON))
                .expectNoEvents()
                .expectException(violation("entryNumber"));
    }

    @Test
    void refusesAnExclusionWithoutBasis() {
        fixture.given(included(1, "s1"))
                .when(new ExcludeFromSupportRegisterCommand(REGISTER, 1, null, REASON))
                .expectNoEvents()
                .expectException(invalid("basis"));
    }
}
