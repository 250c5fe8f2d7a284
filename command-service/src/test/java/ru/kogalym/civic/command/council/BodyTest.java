package ru.kogalym.civic.command.council;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.command.lookup.InMemoryActivityReferences;
import ru.kogalym.civic.command.lookup.InMemoryBodyLookup;
import ru.kogalym.civic.command.lookup.InMemoryNcoLookup;
import ru.kogalym.civic.command.lookup.TestGates;
import ru.kogalym.civic.contract.council.AddBodyMemberCommand;
import ru.kogalym.civic.contract.council.BodyDissolvedEvent;
import ru.kogalym.civic.contract.council.BodyEstablishedEvent;
import ru.kogalym.civic.contract.council.BodyKind;
import ru.kogalym.civic.contract.council.BodyMemberAddedEvent;
import ru.kogalym.civic.contract.council.BodyMemberRemovedEvent;
import ru.kogalym.civic.contract.council.CouncilArea;
import ru.kogalym.civic.contract.council.DissolveBodyCommand;
import ru.kogalym.civic.contract.council.EstablishCommissionCommand;
import ru.kogalym.civic.contract.council.EstablishCouncilCommand;
import ru.kogalym.civic.contract.council.RemoveBodyMemberCommand;

import java.time.LocalDate;
import java.util.List;

import static ru.kogalym.civic.command.common.Refusals.invalid;
import static ru.kogalym.civic.command.common.Refusals.violation;
import static ru.kogalym.civic.command.common.TestClock.BEFORE_1990;
import static ru.kogalym.civic.command.common.TestClock.CLOCK;
import static ru.kogalym.civic.command.common.TestClock.TODAY;
import static ru.kogalym.civic.command.common.TestClock.TOMORROW;

class BodyTest {

    private static final String COUNCIL_ID = "council-youth";
    private static final String COUNCIL_NAME = "Общественный Совет по вопросам молодежной политики";
    private static final String COMMISSION_ID = "commission-extremism";
    private static final String COMMISSION_NAME = "Комиссия по противодействию экстремистской деятельности";
    private static final LocalDate ESTABLISHED_ON = LocalDate.of(2016, 2, 1);
    private static final String SESSION_ID = "commission-session-2020-5";
    private static final LocalDate DISSOLVED_ON = LocalDate.of(2020, 12, 30);
    private static final String NCO_ID = "nco-nur";
    private static final LocalDate NCO_REGISTERED_ON = LocalDate.of(2017, 5, 10);
    private static final LocalDate NCO_LIQUIDATED_ON = LocalDate.of(2020, 6, 1);
    private static final String MEMBER_ID = "member-1";
    private static final String PERSON = "Иванова И. И.";
    private static final String ROLE = "председатель";
    private static final LocalDate ADDED_ON = LocalDate.of(2019, 3, 1);

    private FixtureConfiguration<Body> fixture;
    private InMemoryNcoLookup ncoLookup;
    private InMemoryBodyLookup bodyLookup;
    private InMemoryActivityReferences activityReferences;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Body.class);
        ncoLookup = new InMemoryNcoLookup();
        bodyLookup = new InMemoryBodyLookup();
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(ncoLookup);
        fixture.registerInjectableResource(bodyLookup);
        activityReferences = new InMemoryActivityReferences();
        fixture.registerInjectableResource(activityReferences);
        fixture.registerInjectableResource(TestGates.over(ncoLookup, bodyLookup, activityReferences));
        ncoLookup.recordRegistered(NCO_ID, NCO_REGISTERED_ON);
    }

    private static BodyEstablishedEvent commissionEstablished() {
        return new BodyEstablishedEvent(COMMISSION_ID, BodyKind.COMMISSION, COMMISSION_NAME, null, ESTABLISHED_ON);
    }

    private static BodyMemberAddedEvent ncoAdded() {
        return new BodyMemberAddedEvent(COMMISSION_ID, BodyKind.COMMISSION, MEMBER_ID, NCO_ID, null, null, ADDED_ON);
    }

    private static BodyDissolvedEvent dissolved() {
        return new BodyDissolvedEvent(COMMISSION_ID, BodyKind.COMMISSION, COMMISSION_NAME, DISSOLVED_ON, null);
    }

    private static AddBodyMemberCommand addNco(String memberId, String ncoId, LocalDate addedOn) {
        return new AddBodyMemberCommand(COMMISSION_ID, memberId, ncoId, null, null, addedOn);
    }

    // ---- establishing ----

    @Test
    void establishesCouncil() {
        fixture.givenNoPriorActivity()
                .when(new EstablishCouncilCommand(COUNCIL_ID, COUNCIL_NAME, CouncilArea.YOUTH_POLICY, ESTABLISHED_ON))
                .expectEvents(new BodyEstablishedEvent(COUNCIL_ID, BodyKind.COUNCIL, COUNCIL_NAME,
                        CouncilArea.YOUTH_POLICY, ESTABLISHED_ON));
    }

    @Test
    void establishesCommission() {
        fixture.givenNoPriorActivity()
                .when(new EstablishCommissionCommand(COMMISSION_ID, COMMISSION_NAME, ESTABLISHED_ON))
                .expectEvents(commissionEstablished());
    }

    @Test
    void refusesCouncilWithoutName() {
        fixture.givenNoPriorActivity()
                .when(new EstablishCouncilCommand(COUNCIL_ID, " ", CouncilArea.CULTURE, ESTABLISHED_ON))
                .expectException(invalid("name"))
                .expectNoEvents();
    }

    @Test
    void refusesCouncilWithTooLongName() {
        fixture.givenNoPriorActivity()
                .when(new EstablishCouncilCommand(COUNCIL_ID, "я".repeat(501), CouncilArea.CULTURE, ESTABLISHED_ON))
                .expectException(invalid("name"))
                .expectNoEvents();
    }

    @Test
    void refusesCouncilWithoutArea() {
        fixture.givenNoPriorActivity()
                .when(new EstablishCouncilCommand(COUNCIL_ID, COUNCIL_NAME, null, ESTABLISHED_ON))
                .expectException(invalid("area"))
                .expectNoEvents();
    }

    @Test
    void refusesCouncilEstablishedInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(new EstablishCouncilCommand(COUNCIL_ID, COUNCIL_NAME, CouncilArea.SPORT, TOMORROW))
                .expectException(invalid("establishedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesCommissionEstablishedBefore1990() {
        fixture.givenNoPriorActivity()
                .when(new EstablishCommissionCommand(COMMISSION_ID, COMMISSION_NAME, BEFORE_1990))
                .expectException(invalid("establishedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesCommissionWithoutId() {
        fixture.givenNoPriorActivity()
                .when(new EstablishCommissionCommand("", COMMISSION_NAME, ESTABLISHED_ON))
                .expectException(invalid("bodyId"))
                .expectNoEvents();
    }

    @Test
    void refusesCommissionWithoutDate() {
        fixture.givenNoPriorActivity()
                .when(new EstablishCommissionCommand(COMMISSION_ID, COMMISSION_NAME, null))
                .expectException(invalid("establishedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesBodyIdAlreadyTaken() {
        bodyLookup.recordEstablished(COUNCIL_ID, BodyKind.COUNCIL, ESTABLISHED_ON);

        fixture.givenNoPriorActivity()
                .when(new EstablishCommissionCommand(COUNCIL_ID, COMMISSION_NAME, ESTABLISHED_ON))
                .expectException(violation("bodyId"))
                .expectNoEvents();
    }

    // ---- members ----

    @Test
    void addsNcoAsMember() {
        fixture.given(commissionEstablished())
                .when(addNco(MEMBER_ID, NCO_ID, ADDED_ON))
                .expectEvents(ncoAdded());
    }

    @Test
    void addsPersonAsMemberWithRole() {
        fixture.given(commissionEstablished())
                .when(new AddBodyMemberCommand(COMMISSION_ID, "member-2", null, PERSON, ROLE, ADDED_ON))
                .expectEvents(new BodyMemberAddedEvent(COMMISSION_ID, BodyKind.COMMISSION, "member-2", null, PERSON,
                        ROLE, ADDED_ON));
    }

    @Test
    void refusesMemberWithoutId() {
        fixture.given(commissionEstablished())
                .when(addNco(" ", NCO_ID, ADDED_ON))
                .expectException(invalid("memberId"))
                .expectNoEvents();
    }

    @Test
    void refusesMemberThatIsNeitherNcoNorPerson() {
        fixture.given(commissionEstablished())
                .when(new AddBodyMemberCommand(COMMISSION_ID, MEMBER_ID, null, " ", ROLE, ADDED_ON))
                .expectException(invalid("ncoId"))
                .expectNoEvents();
    }

    @Test
    void refusesMemberThatIsBothNcoAndPerson() {
        fixture.given(commissionEstablished())
                .when(new AddBodyMemberCommand(COMMISSION_ID, MEMBER_ID, NCO_ID, PERSON, ROLE, ADDED_ON))
                .expectException(invalid("person"))
                .expectNoEvents();
    }

    @Test
    void refusesMemberWithTooLongRole() {
        fixture.given(commissionEstablished())
                .when(new AddBodyMemberCommand(COMMISSION_ID, MEMBER_ID, null, PERSON, "я".repeat(201), ADDED_ON))
                .expectException(invalid("role"))
                .expectNoEvents();
    }

    @Test
    void refusesMemberAddedInTheFuture() {
        fixture.given(commissionEstablished())
                .when(addNco(MEMBER_ID, NCO_ID, TOMORROW))
                .expectException(invalid("addedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesMemberAddedBeforeBodyWasEstablished() {
        fixture.given(commissionEstablished())
                .when(new AddBodyMemberCommand(COMMISSION_ID, MEMBER_ID, null, PERSON, null, ESTABLISHED_ON.minusDays(1)))
                .expectException(violation("addedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesMemberAddedOnTheDayBodyWasDissolved() {
        fixture.given(commissionEstablished(), dissolved())
                .when(new AddBodyMemberCommand(COMMISSION_ID, MEMBER_ID, null, PERSON, null, DISSOLVED_ON))
                .expectException(violation("addedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesMemberIdAlreadyUsed() {
        fixture.given(commissionEstablished(), ncoAdded())
                .when(new AddBodyMemberCommand(COMMISSION_ID, MEMBER_ID, null, PERSON, null, TODAY))
                .expectException(violation("memberId"))
                .expectNoEvents();
    }

    @Test
    void refusesNcoThatIsAlreadyAMember() {
        fixture.given(commissionEstablished(), ncoAdded())
                .when(addNco("member-2", NCO_ID, TODAY))
                .expectException(violation("ncoId"))
                .expectNoEvents();
    }

    @Test
    void addsNcoAgainAfterItWasRemoved() {
        fixture.given(commissionEstablished(), ncoAdded(), new BodyMemberRemovedEvent(COMMISSION_ID,
                        BodyKind.COMMISSION, MEMBER_ID, NCO_ID, null, LocalDate.of(2019, 9, 1), null))
                .when(addNco("member-2", NCO_ID, TODAY))
                .expectEvents(new BodyMemberAddedEvent(COMMISSION_ID, BodyKind.COMMISSION, "member-2", NCO_ID, null,
                        null, TODAY));
    }

    @Test
    void refusesUnknownNcoAsMember() {
        fixture.given(commissionEstablished())
                .when(addNco(MEMBER_ID, "nco-unknown", ADDED_ON))
                .expectException(violation("ncoId"))
                .expectNoEvents();
    }

    @Test
    void refusesNcoAddedBeforeItEnteredTheRegistry() {
        fixture.given(commissionEstablished())
                .when(addNco(MEMBER_ID, NCO_ID, NCO_REGISTERED_ON.minusDays(1)))
                .expectException(violation("ncoId"))
                .expectNoEvents();
    }

    @Test
    void refusesNcoAddedOnOrAfterItsLiquidation() {
        ncoLookup.recordLiquidated(NCO_ID, NCO_LIQUIDATED_ON);

        fixture.given(commissionEstablished())
                .when(addNco(MEMBER_ID, NCO_ID, NCO_LIQUIDATED_ON))
                .expectException(violation("ncoId"))
                .expectNoEvents();
    }

    @Test
    void refusesAWithdrawnNco() {
        ncoLookup.recordWithdrawn(NCO_ID);

        fixture.given(commissionEstablished())
                .when(addNco(MEMBER_ID, NCO_ID, NCO_REGISTERED_ON.plusDays(1)))
                .expectException(violation("ncoId"))
                .expectNoEvents();
    }

    @Test
    void removesMember() {
        fixture.given(commissionEstablished(), ncoAdded())
                .when(new RemoveBodyMemberCommand(COMMISSION_ID, MEMBER_ID, TODAY, "по собственному желанию"))
                .expectEvents(new BodyMemberRemovedEvent(COMMISSION_ID, BodyKind.COMMISSION, MEMBER_ID, NCO_ID, null,
                        TODAY, "по собственному желанию"));
    }

    @Test
    void refusesRemovalWithoutDate() {
        fixture.given(commissionEstablished(), ncoAdded())
                .when(new RemoveBodyMemberCommand(COMMISSION_ID, MEMBER_ID, null, null))
                .expectException(invalid("removedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesRemovalInTheFuture() {
        fixture.given(commissionEstablished(), ncoAdded())
                .when(new RemoveBodyMemberCommand(COMMISSION_ID, MEMBER_ID, TOMORROW, null))
                .expectException(invalid("removedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesRemovalOfUnknownMember() {
        fixture.given(commissionEstablished(), ncoAdded())
                .when(new RemoveBodyMemberCommand(COMMISSION_ID, "member-9", TODAY, null))
                .expectException(violation("memberId"))
                .expectNoEvents();
    }

    @Test
    void refusesRemovalOfMemberAlreadyRemoved() {
        fixture.given(commissionEstablished(), ncoAdded(), new BodyMemberRemovedEvent(COMMISSION_ID,
                        BodyKind.COMMISSION, MEMBER_ID, NCO_ID, null, LocalDate.of(2019, 9, 1), null))
                .when(new RemoveBodyMemberCommand(COMMISSION_ID, MEMBER_ID, TODAY, null))
                .expectException(violation("memberId"))
                .expectNoEvents();
    }

    @Test
    void refusesRemovalDatedBeforeTheMemberWasAdded() {
        fixture.given(commissionEstablished(), ncoAdded())
                .when(new RemoveBodyMemberCommand(COMMISSION_ID, MEMBER_ID, ADDED_ON.minusDays(1), null))
                .expectException(violation("removedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesRemovalAfterTheBodyWasDissolved() {
        fixture.given(commissionEstablished(), ncoAdded(), dissolved())
                .when(new RemoveBodyMemberCommand(COMMISSION_ID, MEMBER_ID, DISSOLVED_ON.plusDays(1), null))
                .expectException(violation("removedOn"))
                .expectNoEvents();
    }

    // ---- dissolution ----

    @Test
    void refusesDissolutionDatedBeforeASessionOfTheBody() {
        activityReferences.recordActivity(SESSION_ID, 0, List.of(COMMISSION_ID), DISSOLVED_ON.plusDays(1));

        fixture.given(commissionEstablished())
                .when(new DissolveBodyCommand(COMMISSION_ID, DISSOLVED_ON, null))
                .expectException(violation("dissolvedOn"))
                .expectNoEvents();
    }

    @Test
    void dissolvesBodyOnceItsLaterSessionIsCorrectedToAnEarlierDate() {
        activityReferences.recordActivity(SESSION_ID, 0, List.of(COMMISSION_ID), DISSOLVED_ON.plusDays(1));
        activityReferences.recordActivity(SESSION_ID, 1, List.of(COMMISSION_ID), DISSOLVED_ON.minusDays(1));

        fixture.given(commissionEstablished())
                .when(new DissolveBodyCommand(COMMISSION_ID, DISSOLVED_ON, null))
                .expectEvents(dissolved());
    }

    @Test
    void dissolvesBody() {
        fixture.given(commissionEstablished(), ncoAdded())
                .when(new DissolveBodyCommand(COMMISSION_ID, DISSOLVED_ON, null))
                .expectEvents(dissolved());
    }

    @Test
    void refusesDissolutionInTheFuture() {
        fixture.given(commissionEstablished())
                .when(new DissolveBodyCommand(COMMISSION_ID, TOMORROW, null))
                .expectException(invalid("dissolvedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesDissolutionWithTooLongReason() {
        fixture.given(commissionEstablished())
                .when(new DissolveBodyCommand(COMMISSION_ID, DISSOLVED_ON, "я".repeat(10_001)))
                .expectException(invalid("reason"))
                .expectNoEvents();
    }

    @Test
    void refusesDissolutionOfDissolvedBody() {
        fixture.given(commissionEstablished(), dissolved())
                .when(new DissolveBodyCommand(COMMISSION_ID, TODAY, null))
                .expectException(violation("dissolvedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesDissolutionBeforeEstablishment() {
        fixture.given(commissionEstablished())
                .when(new DissolveBodyCommand(COMMISSION_ID, ESTABLISHED_ON.minusDays(1), null))
                .expectException(violation("dissolvedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesDissolutionBeforeAMemberWasAdded() {
        fixture.given(commissionEstablished(), ncoAdded())
                .when(new DissolveBodyCommand(COMMISSION_ID, ADDED_ON.minusDays(1), null))
                .expectException(violation("dissolvedOn"))
                .expectNoEvents();
    }
}
