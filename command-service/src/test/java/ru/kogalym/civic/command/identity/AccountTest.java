package ru.kogalym.civic.command.identity;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.contract.identity.ChangeUserRolesCommand;
import ru.kogalym.civic.contract.identity.CreateUserAccountCommand;
import ru.kogalym.civic.contract.identity.DisableUserAccountCommand;
import ru.kogalym.civic.contract.identity.EnableUserAccountCommand;
import ru.kogalym.civic.contract.identity.ResetUserPasswordCommand;
import ru.kogalym.civic.contract.identity.UserAccountCreatedEvent;
import ru.kogalym.civic.contract.identity.UserAccountDisabledEvent;
import ru.kogalym.civic.contract.identity.UserAccountEnabledEvent;
import ru.kogalym.civic.contract.identity.UserPasswordResetEvent;
import ru.kogalym.civic.contract.identity.UserRolesChangedEvent;

import java.util.Arrays;
import java.util.List;

import static ru.kogalym.civic.command.common.Refusals.invalid;
import static ru.kogalym.civic.command.common.Refusals.violation;
import static ru.kogalym.civic.contract.identity.Role.ADMIN;
import static ru.kogalym.civic.contract.identity.Role.ANALYST;
import static ru.kogalym.civic.contract.identity.Role.AUDITOR;
import static ru.kogalym.civic.contract.identity.Role.STAFF;

class AccountTest {

    private static final String NAME = "ivanova";
    private static final String ID = "user:ivanova";
    private static final String REASON = "перевод в другой отдел";

    private FixtureConfiguration<Account> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Account.class);
    }

    @Test
    void anAccountIsCreatedWithItsRolesOnceEachInTheirOrder() {
        fixture.givenNoPriorActivity()
               .when(new CreateUserAccountCommand(ID, NAME, List.of(AUDITOR, STAFF, AUDITOR)))
               .expectEvents(new UserAccountCreatedEvent(ID, NAME, List.of(STAFF, AUDITOR)));
    }

    @Test
    void anAccountNeedsARole() {
        fixture.givenNoPriorActivity()
               .when(new CreateUserAccountCommand(ID, NAME, List.of()))
               .expectException(invalid("roles"));
        fixture.givenNoPriorActivity()
               .when(new CreateUserAccountCommand(ID, NAME, null))
               .expectException(invalid("roles"));
        fixture.givenNoPriorActivity()
               .when(new CreateUserAccountCommand(ID, NAME, Arrays.asList(STAFF, null)))
               .expectException(invalid("roles[1]"));
    }

    @Test
    void aUsernameIsLowerCaseLettersDigitsAndAFewSigns() {
        for (String bad : new String[]{"Ivanova", "i", " ivanova", "ivan ova", "иванова", "-ivanova", "a".repeat(65)}) {
            fixture.givenNoPriorActivity()
                   .when(new CreateUserAccountCommand("user:" + bad, bad, List.of(STAFF)))
                   .expectException(invalid("username"));
        }
        fixture.givenNoPriorActivity()
               .when(new CreateUserAccountCommand("user:i.ivanova@kogalym", "i.ivanova@kogalym", List.of(STAFF)))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void theAccountIdFollowsFromTheUsername() {
        fixture.givenNoPriorActivity()
               .when(new CreateUserAccountCommand("user:petrova", NAME, List.of(STAFF)))
               .expectException(invalid("accountId"));
    }

    @Test
    void rolesChangeToExactlyTheGivenOnes() {
        fixture.given(new UserAccountCreatedEvent(ID, NAME, List.of(STAFF)))
               .when(new ChangeUserRolesCommand(ID, List.of(ANALYST, STAFF)))
               .expectEvents(new UserRolesChangedEvent(ID, NAME, List.of(STAFF, ANALYST)));
    }

    @Test
    void aRoleChangeThatChangesNothingIsRefused() {
        fixture.given(new UserAccountCreatedEvent(ID, NAME, List.of(STAFF, ANALYST)))
               .when(new ChangeUserRolesCommand(ID, List.of(ANALYST, STAFF)))
               .expectException(violation("roles"));
    }

    @Test
    void aRoleChangeLeavesAtLeastOneRole() {
        fixture.given(new UserAccountCreatedEvent(ID, NAME, List.of(STAFF)))
               .when(new ChangeUserRolesCommand(ID, List.of()))
               .expectException(invalid("roles"));
    }

    @Test
    void anAccountIsDisabledWithAReasonAndEnabledAgain() {
        fixture.given(new UserAccountCreatedEvent(ID, NAME, List.of(ADMIN)))
               .when(new DisableUserAccountCommand(ID, REASON))
               .expectEvents(new UserAccountDisabledEvent(ID, NAME, REASON));
        fixture.given(new UserAccountCreatedEvent(ID, NAME, List.of(ADMIN)),
                      new UserAccountDisabledEvent(ID, NAME, REASON))
               .when(new EnableUserAccountCommand(ID, "вернулась"))
               .expectEvents(new UserAccountEnabledEvent(ID, NAME, "вернулась"));
    }

    @Test
    void disablingNeedsAReason() {
        fixture.given(new UserAccountCreatedEvent(ID, NAME, List.of(STAFF)))
               .when(new DisableUserAccountCommand(ID, " "))
               .expectException(invalid("reason"));
    }

    @Test
    void aDisabledAccountIsNotDisabledTwiceNorAnEnabledOneEnabled() {
        fixture.given(new UserAccountCreatedEvent(ID, NAME, List.of(STAFF)),
                      new UserAccountDisabledEvent(ID, NAME, REASON))
               .when(new DisableUserAccountCommand(ID, REASON))
               .expectException(violation("accountId"));
        fixture.given(new UserAccountCreatedEvent(ID, NAME, List.of(STAFF)))
               .when(new EnableUserAccountCommand(ID, REASON))
               .expectException(violation("accountId"));
    }

    @Test
    void aPasswordResetIsRecordedWithoutThePassword() {
        fixture.given(new UserAccountCreatedEvent(ID, NAME, List.of(STAFF)))
               .when(new ResetUserPasswordCommand(ID))
               .expectEvents(new UserPasswordResetEvent(ID, NAME));
    }
}
