package ru.kogalym.civic.command.nco;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ru.kogalym.civic.command.lookup.ActivityReferences;
import ru.kogalym.civic.command.lookup.CommandLookupUpdater;
import ru.kogalym.civic.command.lookup.IdentifierKind;
import ru.kogalym.civic.command.lookup.InMemoryActivityReferences;
import ru.kogalym.civic.command.lookup.InMemoryBodyLookup;
import ru.kogalym.civic.command.lookup.InMemoryIdentifierClaims;
import ru.kogalym.civic.command.lookup.InMemoryNcoLookup;
import ru.kogalym.civic.command.lookup.InMemoryBodyLookup;
import ru.kogalym.civic.command.lookup.TestGates;
import ru.kogalym.civic.contract.nco.ChangeNcoAddressCommand;
import ru.kogalym.civic.contract.council.BodyKind;
import ru.kogalym.civic.contract.grant.GrantApplicationCorrectedEvent;
import ru.kogalym.civic.contract.grant.GrantAppliedForEvent;
import ru.kogalym.civic.contract.grant.GrantAwardedEvent;
import ru.kogalym.civic.contract.grant.GrantLevel;
import ru.kogalym.civic.contract.nco.ChangeNcoLeaderCommand;
import ru.kogalym.civic.contract.nco.CorrectNcoRegistrationCommand;
import ru.kogalym.civic.contract.nco.LegalForm;
import ru.kogalym.civic.contract.nco.LiquidateNcoCommand;
import ru.kogalym.civic.contract.nco.NcoAddressChangedEvent;
import ru.kogalym.civic.contract.nco.NcoExcludedFromStateRegistryEvent;
import ru.kogalym.civic.contract.nco.NcoIdentifiersRecordedEvent;
import ru.kogalym.civic.contract.nco.NcoLeaderChangedEvent;
import ru.kogalym.civic.contract.nco.NcoLiquidatedEvent;
import ru.kogalym.civic.contract.nco.NcoRecognizedAsSoncoEvent;
import ru.kogalym.civic.contract.nco.NcoRegisteredEvent;
import ru.kogalym.civic.contract.nco.NcoRegistrationCorrectedEvent;
import ru.kogalym.civic.contract.nco.NcoRenamedEvent;
import ru.kogalym.civic.contract.nco.NcoSoncoStatusWithdrawnEvent;
import ru.kogalym.civic.contract.nco.NcoStateRegistrationRecordedEvent;
import ru.kogalym.civic.contract.nco.NcoWithdrawnEvent;
import ru.kogalym.civic.contract.nco.RecognizeSoncoCommand;
import ru.kogalym.civic.contract.nco.RecordNcoIdentifiersCommand;
import ru.kogalym.civic.contract.nco.RecordStateRegistrationCommand;
import ru.kogalym.civic.contract.nco.RecordStateRegistryExclusionCommand;
import ru.kogalym.civic.contract.nco.RegisterNcoCommand;
import ru.kogalym.civic.contract.nco.RenameNcoCommand;
import ru.kogalym.civic.contract.nco.StateRegistration;
import ru.kogalym.civic.contract.nco.WithdrawNcoCommand;
import ru.kogalym.civic.contract.nco.WithdrawSoncoStatusCommand;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.kogalym.civic.command.common.Refusals.invalid;
import static ru.kogalym.civic.command.common.Refusals.violation;
import static ru.kogalym.civic.command.common.TestClock.BEFORE_1990;
import static ru.kogalym.civic.command.common.TestClock.CLOCK;
import static ru.kogalym.civic.command.common.TestClock.TODAY;
import static ru.kogalym.civic.command.common.TestClock.TOMORROW;

class NcoTest {

    private static final String NCO_ID = "nco-edinstvo";
    private static final String OTHER_NCO_ID = "nco-vainakh";
    private static final String MEETING_ID = "meeting-2020-12";
    private static final String GRANT_ID = "grant-2020-okrug";
    private static final String COMMISSION_ID = "commission-harmony";
    private static final String MEMBERSHIP_ID = ActivityReferences.membershipId(COMMISSION_ID, "member-1");
    private static final String FULL_NAME =
            "Местная общественная организация национально-культурное общество дагестанцев города Когалыма «Единство»";
    private static final String SHORT_NAME = "Единство";
    private static final String COMMUNITY = "дагестанцы";
    private static final String OGRN = "1028600000001";
    private static final String INN = "8608000001";
    private static final String ADDRESS = "г. Когалым, ул. Мира, 1";
    private static final String LEADER = "Магомедов М. М.";
    private static final LocalDate REGISTERED_ON = LocalDate.of(2015, 6, 1);
    private static final LocalDate STATE_REGISTERED_ON = LocalDate.of(2015, 4, 20);
    private static final String STATE_NUMBER = "8614010001";
    private static final LocalDate LIQUIDATED_ON = LocalDate.of(2020, 12, 1);
    private static final String TOO_LONG_NAME = "я".repeat(501);
    private static final String TOO_LONG_SHORT_TEXT = "я".repeat(201);

    private FixtureConfiguration<Nco> fixture;
    private InMemoryNcoLookup ncoLookup;
    private InMemoryIdentifierClaims claims;
    private InMemoryActivityReferences activityReferences;
    private InMemoryBodyLookup bodyLookup;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Nco.class);
        ncoLookup = new InMemoryNcoLookup();
        claims = new InMemoryIdentifierClaims(ncoLookup);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(ncoLookup);
        fixture.registerInjectableResource(claims);
        activityReferences = new InMemoryActivityReferences();
        fixture.registerInjectableResource(activityReferences);
        bodyLookup = new InMemoryBodyLookup();
        fixture.registerInjectableResource(bodyLookup);
        fixture.registerInjectableResource(TestGates.over(ncoLookup, bodyLookup, activityReferences));
    }

    private static RegisterNcoCommand register(String ogrn, String inn, LocalDate registeredOn,
                                               StateRegistration stateRegistration) {
        return new RegisterNcoCommand(NCO_ID, FULL_NAME, SHORT_NAME, null, LegalForm.LOCAL_PUBLIC_ORGANIZATION,
                COMMUNITY, ogrn, inn, ADDRESS, LEADER, registeredOn, stateRegistration);
    }

    private static RegisterNcoCommand register() {
        return register(OGRN, INN, REGISTERED_ON, null);
    }

    private static NcoRegisteredEvent registered(StateRegistration stateRegistration) {
        return new NcoRegisteredEvent(NCO_ID, FULL_NAME, SHORT_NAME, null, LegalForm.LOCAL_PUBLIC_ORGANIZATION,
                COMMUNITY, OGRN, INN, ADDRESS, LEADER, REGISTERED_ON, stateRegistration);
    }

    private static NcoRegisteredEvent registered() {
        return registered(null);
    }

    private static NcoRegisteredEvent registeredWithoutIdentifiers() {
        return new NcoRegisteredEvent(NCO_ID, FULL_NAME, SHORT_NAME, null, LegalForm.LOCAL_PUBLIC_ORGANIZATION,
                COMMUNITY, null, null, ADDRESS, LEADER, REGISTERED_ON, null);
    }

    private static NcoRegisteredEvent registeredInStateRegistry() {
        return registered(new StateRegistration(STATE_REGISTERED_ON, STATE_NUMBER));
    }

    private static NcoLiquidatedEvent liquidated() {
        return new NcoLiquidatedEvent(NCO_ID, LIQUIDATED_ON, null);
    }

    private static WithdrawNcoCommand withdraw() {
        return new WithdrawNcoCommand(NCO_ID, "зарегистрирована по ошибке");
    }

    /** What {@link #withdraw()} records of an NCO {@link #registered()}. */
    private static NcoWithdrawnEvent withdrawn() {
        return new NcoWithdrawnEvent(NCO_ID, "зарегистрирована по ошибке", OGRN, INN);
    }

    /** The registration as {@link #registered()} recorded it, but on {@code registeredOn}. */
    private static CorrectNcoRegistrationCommand correctRegistrationTo(LocalDate registeredOn) {
        return new CorrectNcoRegistrationCommand(NCO_ID, FULL_NAME, SHORT_NAME, null,
                LegalForm.LOCAL_PUBLIC_ORGANIZATION, COMMUNITY, registeredOn, "дата из свидетельства");
    }

    private static NcoRegistrationCorrectedEvent registrationCorrectedTo(LocalDate registeredOn) {
        return new NcoRegistrationCorrectedEvent(NCO_ID, FULL_NAME, SHORT_NAME, null,
                LegalForm.LOCAL_PUBLIC_ORGANIZATION, COMMUNITY, registeredOn, "дата из свидетельства");
    }

    /** The NCO is a member of a commission (established in 2010) since {@code addedOn}. */
    private void memberOfCommissionSince(LocalDate addedOn) {
        bodyLookup.recordEstablished(COMMISSION_ID, BodyKind.COMMISSION, LocalDate.of(2010, 1, 1));
        activityReferences.recordMembership(MEMBERSHIP_ID, 1, COMMISSION_ID, NCO_ID, addedOn);
    }

    /** A grant application of the NCO made on {@code appliedOn} and awarded on {@code decidedOn}, in the lookups. */
    private CommandLookupUpdater grantAwarded(LocalDate appliedOn, LocalDate decidedOn) {
        CommandLookupUpdater updater = new CommandLookupUpdater(ncoLookup, bodyLookup, activityReferences, claims);
        updater.on(new GrantAppliedForEvent(GRANT_ID, NCO_ID, GrantLevel.MUNICIPAL, "Конкурс", "Проект",
                15_000_000L, appliedOn), 0);
        updater.on(new GrantAwardedEvent(GRANT_ID, NCO_ID, GrantLevel.MUNICIPAL, "Конкурс", "Проект", 15_000_000L,
                10_000_000L, decidedOn), 1);
        return updater;
    }

    /** {@link #grantAwarded}, and the application then corrected (its level), as its events leave the lookups. */
    private void grantAwardedAndThenCorrected(LocalDate appliedOn, LocalDate decidedOn) {
        grantAwarded(appliedOn, decidedOn).on(new GrantApplicationCorrectedEvent(GRANT_ID, NCO_ID, GrantLevel.OKRUG,
                "Конкурс", "Проект", 15_000_000L, appliedOn, "это был окружной конкурс"), 2);
    }

    private void otherNcoHolds(IdentifierKind kind, String value) {
        ncoLookup.recordRegistered(OTHER_NCO_ID, REGISTERED_ON);
        claims.claim(kind, value, OTHER_NCO_ID);
    }

    // ---- registering ----

    @Test
    void registersNco() {
        fixture.givenNoPriorActivity()
                .when(register())
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered());
    }

    @Test
    void registersNcoWithStateRegistration() {
        fixture.givenNoPriorActivity()
                .when(register(OGRN, INN, REGISTERED_ON, new StateRegistration(STATE_REGISTERED_ON, STATE_NUMBER)))
                .expectEvents(registeredInStateRegistry());
    }

    @Test
    void registersNcoWithoutOptionalFieldsStoringBlankTextAsAbsent() {
        fixture.givenNoPriorActivity()
                .when(new RegisterNcoCommand(NCO_ID, FULL_NAME, " ", "", LegalForm.OTHER, null, " ", null, null,
                        null, REGISTERED_ON, null))
                .expectEvents(new NcoRegisteredEvent(NCO_ID, FULL_NAME, null, null, LegalForm.OTHER, null, null,
                        null, null, null, REGISTERED_ON, null));
    }

    @Test
    void registersNcoDatedTodayInKogalymWhileItIsStillYesterdayInUtc() {
        fixture.givenNoPriorActivity()
                .when(register(OGRN, INN, TODAY, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void registersNcoWithTwelveDigitInn() {
        fixture.givenNoPriorActivity()
                .when(register(OGRN, "860800000001", REGISTERED_ON, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesNcoWithoutId() {
        fixture.givenNoPriorActivity()
                .when(new RegisterNcoCommand(" ", FULL_NAME, null, null, LegalForm.OTHER, null, null, null, null,
                        null, REGISTERED_ON, null))
                .expectException(invalid("ncoId"))
                .expectNoEvents();
    }

    @Test
    void refusesNcoWithoutFullName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterNcoCommand(NCO_ID, "  ", null, null, LegalForm.OTHER, null, null, null, null,
                        null, REGISTERED_ON, null))
                .expectException(invalid("fullName"))
                .expectNoEvents();
    }

    @Test
    void refusesNcoWithTooLongFullName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterNcoCommand(NCO_ID, TOO_LONG_NAME, null, null, LegalForm.OTHER, null, null, null,
                        null, null, REGISTERED_ON, null))
                .expectException(invalid("fullName"))
                .expectNoEvents();
    }

    @Test
    void refusesNcoWithTooLongShortName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterNcoCommand(NCO_ID, FULL_NAME, TOO_LONG_SHORT_TEXT, null, LegalForm.OTHER, null,
                        null, null, null, null, REGISTERED_ON, null))
                .expectException(invalid("shortName"))
                .expectNoEvents();
    }

    @Test
    void refusesNcoWithTooLongLeader() {
        fixture.givenNoPriorActivity()
                .when(new RegisterNcoCommand(NCO_ID, FULL_NAME, null, null, LegalForm.OTHER, null, null, null, null,
                        TOO_LONG_SHORT_TEXT, REGISTERED_ON, null))
                .expectException(invalid("leader"))
                .expectNoEvents();
    }

    @Test
    void refusesNcoWithoutLegalForm() {
        fixture.givenNoPriorActivity()
                .when(new RegisterNcoCommand(NCO_ID, FULL_NAME, null, null, null, null, null, null, null, null,
                        REGISTERED_ON, null))
                .expectException(invalid("legalForm"))
                .expectNoEvents();
    }

    @Test
    void refusesNcoWithoutRegistrationDate() {
        fixture.givenNoPriorActivity()
                .when(register(OGRN, INN, null, null))
                .expectException(invalid("registeredOn"))
                .expectNoEvents();
    }

    @Test
    void refusesNcoRegisteredInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(register(OGRN, INN, TOMORROW, null))
                .expectException(invalid("registeredOn"))
                .expectExceptionMessage("registeredOn: 2021-03-16 is in the future (today is 2021-03-15)")
                .expectNoEvents();
    }

    @Test
    void refusesNcoRegisteredBefore1990() {
        fixture.givenNoPriorActivity()
                .when(register(OGRN, INN, BEFORE_1990, null))
                .expectException(invalid("registeredOn"))
                .expectNoEvents();
    }

    @Test
    void refusesStateRegistrationWithoutDateOnRegistering() {
        fixture.givenNoPriorActivity()
                .when(register(OGRN, INN, REGISTERED_ON, new StateRegistration(null, STATE_NUMBER)))
                .expectException(invalid("stateRegistration.registeredOn"))
                .expectNoEvents();
    }

    @Test
    void refusesStateRegistrationInTheFutureOnRegistering() {
        fixture.givenNoPriorActivity()
                .when(register(OGRN, INN, REGISTERED_ON, new StateRegistration(TOMORROW, STATE_NUMBER)))
                .expectException(invalid("stateRegistration.registeredOn"))
                .expectNoEvents();
    }

    @Test
    void refusesTooLongStateRegistrationNumberOnRegistering() {
        fixture.givenNoPriorActivity()
                .when(register(OGRN, INN, REGISTERED_ON,
                        new StateRegistration(STATE_REGISTERED_ON, TOO_LONG_SHORT_TEXT)))
                .expectException(invalid("stateRegistration.number"))
                .expectNoEvents();
    }

    @Test
    void refusesOgrnThatIsNotThirteenDigits() {
        fixture.givenNoPriorActivity()
                .when(register("102860000000", INN, REGISTERED_ON, null))
                .expectException(invalid("ogrn"))
                .expectNoEvents();
    }

    @Test
    void refusesOgrnWithLetters() {
        fixture.givenNoPriorActivity()
                .when(register("10286000000O1", INN, REGISTERED_ON, null))
                .expectException(invalid("ogrn"))
                .expectNoEvents();
    }

    @Test
    void refusesInnThatIsNeitherTenNorTwelveDigits() {
        fixture.givenNoPriorActivity()
                .when(register(OGRN, "86080000011", REGISTERED_ON, null))
                .expectException(invalid("inn"))
                .expectNoEvents();
    }

    @Test
    void refusesNcoIdAlreadyRegistered() {
        ncoLookup.recordRegistered(NCO_ID, REGISTERED_ON);

        fixture.givenNoPriorActivity()
                .when(register())
                .expectException(violation("ncoId"))
                .expectNoEvents();
    }

    @Test
    void refusesDuplicateOgrn() {
        otherNcoHolds(IdentifierKind.OGRN, OGRN);

        fixture.givenNoPriorActivity()
                .when(register())
                .expectException(violation("ogrn"))
                .expectNoEvents();
    }

    @Test
    void refusesDuplicateInn() {
        otherNcoHolds(IdentifierKind.INN, INN);

        fixture.givenNoPriorActivity()
                .when(register())
                .expectException(violation("inn"))
                .expectNoEvents();
    }

    @Test
    void releasesItsOgrnClaimWhenRefusedForADuplicateInn() {
        otherNcoHolds(IdentifierKind.INN, INN);

        fixture.givenNoPriorActivity()
                .when(register())
                .expectException(violation("inn"));

        assertThat(claims.holder(IdentifierKind.OGRN, OGRN)).isEmpty();
        assertThat(claims.holder(IdentifierKind.INN, INN)).contains(OTHER_NCO_ID);
    }

    @Test
    void claimsOgrnAndInnOfRegisteredNco() {
        fixture.givenNoPriorActivity()
                .when(register())
                .expectSuccessfulHandlerExecution();

        assertThat(claims.holder(IdentifierKind.OGRN, OGRN)).contains(NCO_ID);
        assertThat(claims.holder(IdentifierKind.INN, INN)).contains(NCO_ID);
    }

    @Test
    void takesOverOgrnClaimLeftByAnNcoThatWasNeverRegistered() {
        claims.claim(IdentifierKind.OGRN, OGRN, "nco-crashed-before-registering");

        fixture.givenNoPriorActivity()
                .when(register())
                .expectEvents(registered());

        assertThat(claims.holder(IdentifierKind.OGRN, OGRN)).contains(NCO_ID);
    }

    // ---- state registry ----

    @Test
    void recordsStateRegistration() {
        fixture.given(registered())
                .when(new RecordStateRegistrationCommand(NCO_ID, STATE_REGISTERED_ON, STATE_NUMBER))
                .expectEvents(new NcoStateRegistrationRecordedEvent(NCO_ID, STATE_REGISTERED_ON, STATE_NUMBER));
    }

    @Test
    void recordsStateRegistrationWithoutNumber() {
        fixture.given(registered())
                .when(new RecordStateRegistrationCommand(NCO_ID, STATE_REGISTERED_ON, " "))
                .expectEvents(new NcoStateRegistrationRecordedEvent(NCO_ID, STATE_REGISTERED_ON, null));
    }

    @Test
    void refusesStateRegistrationWithoutDate() {
        fixture.given(registered())
                .when(new RecordStateRegistrationCommand(NCO_ID, null, STATE_NUMBER))
                .expectException(invalid("registeredOn"))
                .expectNoEvents();
    }

    @Test
    void refusesStateRegistrationInTheFuture() {
        fixture.given(registered())
                .when(new RecordStateRegistrationCommand(NCO_ID, TOMORROW, STATE_NUMBER))
                .expectException(invalid("registeredOn"))
                .expectNoEvents();
    }

    @Test
    void refusesStateRegistrationBefore1990() {
        fixture.given(registered())
                .when(new RecordStateRegistrationCommand(NCO_ID, BEFORE_1990, STATE_NUMBER))
                .expectException(invalid("registeredOn"))
                .expectNoEvents();
    }

    @Test
    void refusesTooLongStateRegistrationNumber() {
        fixture.given(registered())
                .when(new RecordStateRegistrationCommand(NCO_ID, STATE_REGISTERED_ON, TOO_LONG_SHORT_TEXT))
                .expectException(invalid("number"))
                .expectNoEvents();
    }

    @Test
    void refusesStateRegistrationOfNcoAlreadyInStateRegistry() {
        fixture.given(registeredInStateRegistry())
                .when(new RecordStateRegistrationCommand(NCO_ID, LocalDate.of(2019, 1, 10), STATE_NUMBER))
                .expectException(violation("registeredOn"))
                .expectNoEvents();
    }

    @Test
    void recordsStateRegistrationAgainAfterExclusion() {
        fixture.given(registeredInStateRegistry(),
                        new NcoExcludedFromStateRegistryEvent(NCO_ID, LocalDate.of(2018, 1, 10), null))
                .when(new RecordStateRegistrationCommand(NCO_ID, LocalDate.of(2019, 2, 1), "8614010002"))
                .expectEvents(new NcoStateRegistrationRecordedEvent(NCO_ID, LocalDate.of(2019, 2, 1), "8614010002"));
    }

    @Test
    void refusesStateRegistrationDatedBeforeAnEarlierExclusion() {
        fixture.given(registeredInStateRegistry(),
                        new NcoExcludedFromStateRegistryEvent(NCO_ID, LocalDate.of(2018, 1, 10), null))
                .when(new RecordStateRegistrationCommand(NCO_ID, LocalDate.of(2017, 2, 1), STATE_NUMBER))
                .expectException(violation("registeredOn"))
                .expectNoEvents();
    }

    @Test
    void refusesStateRegistrationAfterLiquidation() {
        fixture.given(registered(), liquidated())
                .when(new RecordStateRegistrationCommand(NCO_ID, LIQUIDATED_ON.plusDays(1), STATE_NUMBER))
                .expectException(violation("registeredOn"))
                .expectNoEvents();
    }

    @Test
    void recordsExclusionFromStateRegistry() {
        fixture.given(registeredInStateRegistry())
                .when(new RecordStateRegistryExclusionCommand(NCO_ID, LocalDate.of(2020, 2, 3), "решение суда"))
                .expectEvents(new NcoExcludedFromStateRegistryEvent(NCO_ID, LocalDate.of(2020, 2, 3), "решение суда"));
    }

    @Test
    void recordsExclusionOnTheDayOfLiquidation() {
        fixture.given(registeredInStateRegistry(), liquidated())
                .when(new RecordStateRegistryExclusionCommand(NCO_ID, LIQUIDATED_ON, null))
                .expectEvents(new NcoExcludedFromStateRegistryEvent(NCO_ID, LIQUIDATED_ON, null));
    }

    @Test
    void refusesExclusionWithoutStateRegistration() {
        fixture.given(registered())
                .when(new RecordStateRegistryExclusionCommand(NCO_ID, LocalDate.of(2020, 2, 3), null))
                .expectException(violation("excludedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesSecondExclusionWithoutNewStateRegistration() {
        fixture.given(registeredInStateRegistry(),
                        new NcoExcludedFromStateRegistryEvent(NCO_ID, LocalDate.of(2018, 1, 10), null))
                .when(new RecordStateRegistryExclusionCommand(NCO_ID, LocalDate.of(2020, 2, 3), null))
                .expectException(violation("excludedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesExclusionDatedBeforeStateRegistration() {
        fixture.given(registeredInStateRegistry())
                .when(new RecordStateRegistryExclusionCommand(NCO_ID, STATE_REGISTERED_ON.minusDays(1), null))
                .expectException(violation("excludedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesExclusionAfterLiquidation() {
        fixture.given(registeredInStateRegistry(), liquidated())
                .when(new RecordStateRegistryExclusionCommand(NCO_ID, LIQUIDATED_ON.plusDays(1), null))
                .expectException(violation("excludedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesExclusionInTheFuture() {
        fixture.given(registeredInStateRegistry())
                .when(new RecordStateRegistryExclusionCommand(NCO_ID, TOMORROW, null))
                .expectException(invalid("excludedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesExclusionWithTooLongReason() {
        fixture.given(registeredInStateRegistry())
                .when(new RecordStateRegistryExclusionCommand(NCO_ID, TODAY, "я".repeat(10_001)))
                .expectException(invalid("reason"))
                .expectNoEvents();
    }

    // ---- names, leader, address ----

    @Test
    void renamesNco() {
        fixture.given(registered())
                .when(new RenameNcoCommand(NCO_ID, "МОО «Единство» г. Когалыма", "Единство", "Unity", TODAY))
                .expectEvents(new NcoRenamedEvent(NCO_ID, "МОО «Единство» г. Когалыма", "Единство", "Unity", TODAY));
    }

    @Test
    void refusesRenameWithoutFullName() {
        fixture.given(registered())
                .when(new RenameNcoCommand(NCO_ID, null, SHORT_NAME, null, TODAY))
                .expectException(invalid("fullName"))
                .expectNoEvents();
    }

    @Test
    void refusesRenameWithTooLongNameTranslation() {
        fixture.given(registered())
                .when(new RenameNcoCommand(NCO_ID, FULL_NAME, SHORT_NAME, TOO_LONG_SHORT_TEXT, TODAY))
                .expectException(invalid("nameTranslation"))
                .expectNoEvents();
    }

    @Test
    void refusesRenameWithoutDate() {
        fixture.given(registered())
                .when(new RenameNcoCommand(NCO_ID, "Новое имя", null, null, null))
                .expectException(invalid("renamedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesRenameInTheFuture() {
        fixture.given(registered())
                .when(new RenameNcoCommand(NCO_ID, "Новое имя", null, null, TOMORROW))
                .expectException(invalid("renamedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesRenameToTheNamesItAlreadyHas() {
        fixture.given(registered())
                .when(new RenameNcoCommand(NCO_ID, FULL_NAME, SHORT_NAME, "", TODAY))
                .expectException(violation("fullName"))
                .expectNoEvents();
    }

    @Test
    void refusesRenameBeforeEnteringRegistry() {
        fixture.given(registered())
                .when(new RenameNcoCommand(NCO_ID, "Новое имя", null, null, REGISTERED_ON.minusDays(1)))
                .expectException(violation("renamedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesRenameAfterLiquidation() {
        fixture.given(registered(), liquidated())
                .when(new RenameNcoCommand(NCO_ID, "Новое имя", null, null, LIQUIDATED_ON.plusDays(1)))
                .expectException(violation("renamedOn"))
                .expectNoEvents();
    }

    @Test
    void renamesLiquidatedNcoWithBackdatedRename() {
        fixture.given(registered(), liquidated())
                .when(new RenameNcoCommand(NCO_ID, "Новое имя", null, null, LIQUIDATED_ON.minusDays(10)))
                .expectEvents(new NcoRenamedEvent(NCO_ID, "Новое имя", null, null, LIQUIDATED_ON.minusDays(10)));
    }

    @Test
    void changesLeader() {
        fixture.given(registered())
                .when(new ChangeNcoLeaderCommand(NCO_ID, "Алиев А. А.", TODAY))
                .expectEvents(new NcoLeaderChangedEvent(NCO_ID, "Алиев А. А.", TODAY));
    }

    @Test
    void refusesLeaderChangeWithoutLeader() {
        fixture.given(registered())
                .when(new ChangeNcoLeaderCommand(NCO_ID, " ", TODAY))
                .expectException(invalid("leader"))
                .expectNoEvents();
    }

    @Test
    void refusesLeaderChangeInTheFuture() {
        fixture.given(registered())
                .when(new ChangeNcoLeaderCommand(NCO_ID, "Алиев А. А.", TOMORROW))
                .expectException(invalid("changedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesLeaderChangeToTheSameLeader() {
        fixture.given(registered())
                .when(new ChangeNcoLeaderCommand(NCO_ID, LEADER, TODAY))
                .expectException(violation("leader"))
                .expectNoEvents();
    }

    @Test
    void refusesLeaderChangeBeforeEnteringRegistry() {
        fixture.given(registered())
                .when(new ChangeNcoLeaderCommand(NCO_ID, "Алиев А. А.", REGISTERED_ON.minusDays(1)))
                .expectException(violation("changedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesLeaderChangeAfterLiquidation() {
        fixture.given(registered(), liquidated())
                .when(new ChangeNcoLeaderCommand(NCO_ID, "Алиев А. А.", TODAY))
                .expectException(violation("changedOn"))
                .expectNoEvents();
    }

    @Test
    void changesAddress() {
        fixture.given(registered())
                .when(new ChangeNcoAddressCommand(NCO_ID, "г. Когалым, ул. Дружбы Народов, 7", TODAY))
                .expectEvents(new NcoAddressChangedEvent(NCO_ID, "г. Когалым, ул. Дружбы Народов, 7", TODAY));
    }

    @Test
    void refusesAddressChangeWithoutAddress() {
        fixture.given(registered())
                .when(new ChangeNcoAddressCommand(NCO_ID, null, TODAY))
                .expectException(invalid("address"))
                .expectNoEvents();
    }

    @Test
    void refusesAddressChangeToTheSameAddress() {
        fixture.given(registered())
                .when(new ChangeNcoAddressCommand(NCO_ID, ADDRESS, TODAY))
                .expectException(violation("address"))
                .expectNoEvents();
    }

    @Test
    void refusesAddressChangeAfterLiquidation() {
        fixture.given(registered(), liquidated())
                .when(new ChangeNcoAddressCommand(NCO_ID, "г. Когалым, ул. Дружбы Народов, 7", TODAY))
                .expectException(violation("changedOn"))
                .expectNoEvents();
    }

    // ---- identifiers learnt later ----

    @Test
    void recordsIdentifiersLearntAfterRegistering() {
        fixture.given(registeredWithoutIdentifiers())
                .when(new RecordNcoIdentifiersCommand(NCO_ID, OGRN, INN))
                .expectEvents(new NcoIdentifiersRecordedEvent(NCO_ID, OGRN, INN));

        assertThat(claims.holder(IdentifierKind.OGRN, OGRN)).contains(NCO_ID);
        assertThat(claims.holder(IdentifierKind.INN, INN)).contains(NCO_ID);
    }

    @Test
    void recordsInnLearntAfterTheOgrnKeepingTheOgrn() {
        fixture.given(new NcoRegisteredEvent(NCO_ID, FULL_NAME, null, null, LegalForm.OTHER, null, OGRN, null,
                        null, null, REGISTERED_ON, null))
                .when(new RecordNcoIdentifiersCommand(NCO_ID, OGRN, INN))
                .expectEvents(new NcoIdentifiersRecordedEvent(NCO_ID, OGRN, INN));
    }

    @Test
    void refusesIdentifiersWithNeitherOgrnNorInn() {
        fixture.given(registeredWithoutIdentifiers())
                .when(new RecordNcoIdentifiersCommand(NCO_ID, null, " "))
                .expectException(invalid("ogrn"))
                .expectNoEvents();
    }

    @Test
    void refusesMalformedInnLearntLater() {
        fixture.given(registeredWithoutIdentifiers())
                .when(new RecordNcoIdentifiersCommand(NCO_ID, null, "86O8000001"))
                .expectException(invalid("inn"))
                .expectNoEvents();
    }

    @Test
    void refusesChangingAKnownOgrn() {
        fixture.given(registered())
                .when(new RecordNcoIdentifiersCommand(NCO_ID, "1028600000002", null))
                .expectException(violation("ogrn"))
                .expectNoEvents();
    }

    @Test
    void refusesIdentifiersAlreadyRecorded() {
        fixture.given(registered())
                .when(new RecordNcoIdentifiersCommand(NCO_ID, OGRN, INN))
                .expectException(violation("ogrn"))
                .expectNoEvents();
    }

    @Test
    void refusesIdentifierLearntLaterThatAnotherNcoHolds() {
        otherNcoHolds(IdentifierKind.INN, INN);

        fixture.given(registeredWithoutIdentifiers())
                .when(new RecordNcoIdentifiersCommand(NCO_ID, OGRN, INN))
                .expectException(violation("inn"))
                .expectNoEvents();

        assertThat(claims.holder(IdentifierKind.OGRN, OGRN)).isEmpty();
    }

    // ---- socially oriented status ----

    @Test
    void recognizesSonco() {
        fixture.given(registered())
                .when(new RecognizeSoncoCommand(NCO_ID, TODAY))
                .expectEvents(new NcoRecognizedAsSoncoEvent(NCO_ID, TODAY));
    }

    @Test
    void refusesSoncoRecognitionInTheFuture() {
        fixture.given(registered())
                .when(new RecognizeSoncoCommand(NCO_ID, TOMORROW))
                .expectException(invalid("recognizedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesSoncoRecognitionOfAnNcoAlreadySonco() {
        fixture.given(registered(), new NcoRecognizedAsSoncoEvent(NCO_ID, LocalDate.of(2019, 1, 1)))
                .when(new RecognizeSoncoCommand(NCO_ID, TODAY))
                .expectException(violation("recognizedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesSoncoRecognitionBeforeEnteringRegistry() {
        fixture.given(registered())
                .when(new RecognizeSoncoCommand(NCO_ID, REGISTERED_ON.minusDays(1)))
                .expectException(violation("recognizedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesSoncoRecognitionAfterLiquidation() {
        fixture.given(registered(), liquidated())
                .when(new RecognizeSoncoCommand(NCO_ID, LIQUIDATED_ON.plusDays(1)))
                .expectException(violation("recognizedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesSoncoRecognitionDatedBeforeAnEarlierWithdrawal() {
        fixture.given(registered(), new NcoRecognizedAsSoncoEvent(NCO_ID, LocalDate.of(2019, 1, 1)),
                        new NcoSoncoStatusWithdrawnEvent(NCO_ID, LocalDate.of(2020, 1, 1), null))
                .when(new RecognizeSoncoCommand(NCO_ID, LocalDate.of(2019, 6, 1)))
                .expectException(violation("recognizedOn"))
                .expectNoEvents();
    }

    @Test
    void withdrawsSoncoStatus() {
        fixture.given(registered(), new NcoRecognizedAsSoncoEvent(NCO_ID, LocalDate.of(2019, 1, 1)))
                .when(new WithdrawSoncoStatusCommand(NCO_ID, TODAY, "не представлена отчётность"))
                .expectEvents(new NcoSoncoStatusWithdrawnEvent(NCO_ID, TODAY, "не представлена отчётность"));
    }

    @Test
    void refusesSoncoWithdrawalInTheFuture() {
        fixture.given(registered(), new NcoRecognizedAsSoncoEvent(NCO_ID, LocalDate.of(2019, 1, 1)))
                .when(new WithdrawSoncoStatusCommand(NCO_ID, TOMORROW, null))
                .expectException(invalid("withdrawnOn"))
                .expectNoEvents();
    }

    @Test
    void refusesSoncoWithdrawalFromAnNcoThatIsNotSonco() {
        fixture.given(registered())
                .when(new WithdrawSoncoStatusCommand(NCO_ID, TODAY, null))
                .expectException(violation("withdrawnOn"))
                .expectNoEvents();
    }

    @Test
    void refusesSoncoWithdrawalDatedBeforeRecognition() {
        fixture.given(registered(), new NcoRecognizedAsSoncoEvent(NCO_ID, LocalDate.of(2019, 1, 1)))
                .when(new WithdrawSoncoStatusCommand(NCO_ID, LocalDate.of(2018, 12, 31), null))
                .expectException(violation("withdrawnOn"))
                .expectNoEvents();
    }

    @Test
    void refusesSoncoWithdrawalAfterLiquidation() {
        fixture.given(registered(), new NcoRecognizedAsSoncoEvent(NCO_ID, LocalDate.of(2019, 1, 1)), liquidated())
                .when(new WithdrawSoncoStatusCommand(NCO_ID, LIQUIDATED_ON.plusDays(1), null))
                .expectException(violation("withdrawnOn"))
                .expectNoEvents();
    }

    // ---- liquidation ----

    @Test
    void refusesLiquidationDatedBeforeAMeetingThatNamesTheNco() {
        activityReferences.recordActivity(MEETING_ID, 0, List.of(NCO_ID), LIQUIDATED_ON.plusDays(3));

        fixture.given(registered())
                .when(new LiquidateNcoCommand(NCO_ID, LIQUIDATED_ON, null))
                .expectException(violation("liquidatedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesLiquidationOnTheDayOfAMeetingThatNamesTheNco() {
        activityReferences.recordActivity(MEETING_ID, 0, List.of(NCO_ID), LIQUIDATED_ON);

        fixture.given(registered())
                .when(new LiquidateNcoCommand(NCO_ID, LIQUIDATED_ON, null))
                .expectException(violation("liquidatedOn"))
                .expectNoEvents();
    }

    @Test
    void liquidatesOnceTheLaterMeetingIsWithdrawn() {
        activityReferences.recordActivity(MEETING_ID, 0, List.of(NCO_ID), LIQUIDATED_ON.plusDays(3));
        activityReferences.withdrawActivity(MEETING_ID, 1);

        fixture.given(registered())
                .when(new LiquidateNcoCommand(NCO_ID, LIQUIDATED_ON, null))
                .expectEvents(new NcoLiquidatedEvent(NCO_ID, LIQUIDATED_ON, null));
    }

    @Test
    void liquidatesAfterTheLastMeetingThatNamesTheNco() {
        activityReferences.recordActivity(MEETING_ID, 0, List.of(NCO_ID, OTHER_NCO_ID), LIQUIDATED_ON.minusDays(1));

        fixture.given(registered())
                .when(new LiquidateNcoCommand(NCO_ID, LIQUIDATED_ON, null))
                .expectEvents(new NcoLiquidatedEvent(NCO_ID, LIQUIDATED_ON, null));
    }

    @Test
    void aLiquidationBetweenApplicationAndDecisionIsRefusedAfterTheApplicationIsCorrected() {
        grantAwardedAndThenCorrected(LIQUIDATED_ON.minusMonths(2), LIQUIDATED_ON.plusDays(3));

        fixture.given(registered())
                .when(new LiquidateNcoCommand(NCO_ID, LIQUIDATED_ON, null))
                .expectException(violation("liquidatedOn"))
                .expectNoEvents();
    }

    @Test
    void liquidatesAfterTheDecisionOnACorrectedGrantApplication() {
        grantAwardedAndThenCorrected(LIQUIDATED_ON.minusMonths(2), LIQUIDATED_ON.minusDays(1));

        fixture.given(registered())
                .when(new LiquidateNcoCommand(NCO_ID, LIQUIDATED_ON, null))
                .expectEvents(new NcoLiquidatedEvent(NCO_ID, LIQUIDATED_ON, null));
    }

    @Test
    void liquidatesNco() {
        fixture.given(registered())
                .when(new LiquidateNcoCommand(NCO_ID, LIQUIDATED_ON, "решение общего собрания"))
                .expectEvents(new NcoLiquidatedEvent(NCO_ID, LIQUIDATED_ON, "решение общего собрания"));
    }

    @Test
    void refusesLiquidationWithoutDate() {
        fixture.given(registered())
                .when(new LiquidateNcoCommand(NCO_ID, null, null))
                .expectException(invalid("liquidatedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesLiquidationInTheFuture() {
        fixture.given(registered())
                .when(new LiquidateNcoCommand(NCO_ID, TOMORROW, null))
                .expectException(invalid("liquidatedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesLiquidationOfLiquidatedNco() {
        fixture.given(registered(), liquidated())
                .when(new LiquidateNcoCommand(NCO_ID, TODAY, null))
                .expectException(violation("liquidatedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesLiquidationBeforeEnteringRegistry() {
        fixture.given(registered())
                .when(new LiquidateNcoCommand(NCO_ID, REGISTERED_ON.minusDays(1), null))
                .expectException(violation("liquidatedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesLiquidationBeforeAChangeAlreadyRecorded() {
        fixture.given(registered(), new NcoLeaderChangedEvent(NCO_ID, "Алиев А. А.", LocalDate.of(2021, 1, 20)))
                .when(new LiquidateNcoCommand(NCO_ID, LIQUIDATED_ON, null))
                .expectException(violation("liquidatedOn"))
                .expectNoEvents();
    }

    @Test
    void refusesLiquidationDatedBeforeAMembershipBegan() {
        memberOfCommissionSince(LIQUIDATED_ON.plusDays(1));

        fixture.given(registered())
                .when(new LiquidateNcoCommand(NCO_ID, LIQUIDATED_ON, null))
                .expectException(violation("liquidatedOn"))
                .expectNoEvents();
    }

    @Test
    void liquidatesAMemberOfACommission() {
        memberOfCommissionSince(LIQUIDATED_ON.minusYears(1));

        fixture.given(registered())
                .when(new LiquidateNcoCommand(NCO_ID, LIQUIDATED_ON, null))
                .expectEvents(new NcoLiquidatedEvent(NCO_ID, LIQUIDATED_ON, null));
    }

    @Test
    void liquidatesBetweenACorrectedEarlierRegistrationAndTheDateFirstRecorded() {
        fixture.given(registered(), registrationCorrectedTo(REGISTERED_ON.minusYears(2)))
                .when(new LiquidateNcoCommand(NCO_ID, REGISTERED_ON.minusYears(1), null))
                .expectEvents(new NcoLiquidatedEvent(NCO_ID, REGISTERED_ON.minusYears(1), null));
    }

    // ---- correcting the registration ----

    @Test
    void correctsEveryFieldOfTheRegistration() {
        LocalDate correctedOn = REGISTERED_ON.minusMonths(2);
        fixture.given(registered())
                .when(new CorrectNcoRegistrationCommand(NCO_ID, "МОО «Единство»", " ", "Unity",
                        LegalForm.CITY_PUBLIC_ORGANIZATION, "", correctedOn, "по уставу"))
                .expectEvents(new NcoRegistrationCorrectedEvent(NCO_ID, "МОО «Единство»", null, "Unity",
                        LegalForm.CITY_PUBLIC_ORGANIZATION, null, correctedOn, "по уставу"));
    }

    @Test
    void correctsTheRegistrationDateOfALiquidatedNcoUpToItsLiquidation() {
        fixture.given(registered(), liquidated())
                .when(correctRegistrationTo(LIQUIDATED_ON))
                .expectEvents(registrationCorrectedTo(LIQUIDATED_ON));
    }

    @Test
    void movesTheRegistrationLaterUpToTheFirstRecordThatNamesTheNco() {
        activityReferences.recordActivity(MEETING_ID, 0, List.of(NCO_ID), LocalDate.of(2018, 5, 1));
        memberOfCommissionSince(LocalDate.of(2019, 1, 1));

        fixture.given(registered())
                .when(correctRegistrationTo(LocalDate.of(2018, 5, 1)))
                .expectEvents(registrationCorrectedTo(LocalDate.of(2018, 5, 1)));
    }

    @Test
    void movesTheRegistrationAfterItsStateRegistration() {
        fixture.given(registeredInStateRegistry())
                .when(correctRegistrationTo(STATE_REGISTERED_ON.plusYears(1)))
                .expectEvents(registrationCorrectedTo(STATE_REGISTERED_ON.plusYears(1)));
    }

    @Test
    void refusesCorrectionWithoutReason() {
        fixture.given(registered())
                .when(new CorrectNcoRegistrationCommand(NCO_ID, FULL_NAME, SHORT_NAME, null,
                        LegalForm.LOCAL_PUBLIC_ORGANIZATION, COMMUNITY, REGISTERED_ON.minusDays(1), " "))
                .expectException(invalid("reason"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionWithoutFullName() {
        fixture.given(registered())
                .when(new CorrectNcoRegistrationCommand(NCO_ID, null, SHORT_NAME, null,
                        LegalForm.LOCAL_PUBLIC_ORGANIZATION, COMMUNITY, REGISTERED_ON, "опечатка"))
                .expectException(invalid("fullName"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionWithoutLegalForm() {
        fixture.given(registered())
                .when(new CorrectNcoRegistrationCommand(NCO_ID, FULL_NAME, SHORT_NAME, null, null, COMMUNITY,
                        REGISTERED_ON, "опечатка"))
                .expectException(invalid("legalForm"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectedRegistrationDateInTheFuture() {
        fixture.given(registered())
                .when(correctRegistrationTo(TOMORROW))
                .expectException(invalid("registeredOn"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectionThatChangesNothing() {
        fixture.given(registered())
                .when(correctRegistrationTo(REGISTERED_ON))
                .expectException(violation("ncoId"))
                .expectNoEvents();
    }

    @Test
    void refusesRegistrationDateAfterALaterRecordedChange() {
        fixture.given(registered(), new NcoLeaderChangedEvent(NCO_ID, "Алиев А. А.", LocalDate.of(2017, 1, 20)))
                .when(correctRegistrationTo(LocalDate.of(2017, 1, 21)))
                .expectException(violation("registeredOn"))
                .expectNoEvents();
    }

    @Test
    void refusesRegistrationDateAfterLiquidation() {
        fixture.given(registered(), liquidated())
                .when(correctRegistrationTo(LIQUIDATED_ON.plusDays(1)))
                .expectException(violation("registeredOn"))
                .expectNoEvents();
    }

    @Test
    void refusesRegistrationDateAfterARecordThatNamesTheNco() {
        activityReferences.recordActivity(MEETING_ID, 0, List.of(NCO_ID), LocalDate.of(2018, 5, 1));

        fixture.given(registered())
                .when(correctRegistrationTo(LocalDate.of(2018, 5, 2)))
                .expectException(violation("registeredOn"))
                .expectNoEvents();
    }

    @Test
    void aRegistrationDateBetweenApplicationAndDecisionIsRefusedOnceTheGrantIsDecided() {
        grantAwarded(LocalDate.of(2018, 5, 1), LocalDate.of(2018, 9, 1));

        fixture.given(registered())
                .when(correctRegistrationTo(LocalDate.of(2018, 5, 2)))
                .expectException(violation("registeredOn"))
                .expectNoEvents();
    }

    @Test
    void aRegistrationDateBetweenApplicationAndDecisionIsRefusedAfterTheApplicationIsCorrected() {
        grantAwardedAndThenCorrected(LocalDate.of(2018, 5, 1), LocalDate.of(2018, 9, 1));

        fixture.given(registered())
                .when(correctRegistrationTo(LocalDate.of(2018, 5, 2)))
                .expectException(violation("registeredOn"))
                .expectNoEvents();
    }

    @Test
    void refusesRegistrationDateAfterTheStartOfAMembershipThatHasEnded() {
        memberOfCommissionSince(LocalDate.of(2018, 5, 1));
        activityReferences.endMembership(MEMBERSHIP_ID, 2, COMMISSION_ID, NCO_ID, LocalDate.of(2019, 1, 1));

        fixture.given(registered())
                .when(correctRegistrationTo(LocalDate.of(2018, 6, 1)))
                .expectException(violation("registeredOn"))
                .expectNoEvents();
    }

    @Test
    void refusesChangesBeforeTheCorrectedRegistrationDate() {
        fixture.given(registered(), registrationCorrectedTo(REGISTERED_ON.plusYears(1)))
                .when(new ChangeNcoLeaderCommand(NCO_ID, "Алиев А. А.", REGISTERED_ON.plusMonths(6)))
                .expectException(violation("changedOn"))
                .expectNoEvents();
    }

    @Test
    void keepsTheNamesOfALaterRenamingWhenTheRegisteredNamesAreCorrected() {
        fixture.given(registered(), new NcoRenamedEvent(NCO_ID, "Новое имя", "Новое", null, REGISTERED_ON.plusYears(1)),
                        new NcoRegistrationCorrectedEvent(NCO_ID, "Исправленное имя", null, null,
                                LegalForm.LOCAL_PUBLIC_ORGANIZATION, COMMUNITY, REGISTERED_ON, "опечатка"))
                .when(new RenameNcoCommand(NCO_ID, "Новое имя", "Новое", null, REGISTERED_ON.plusYears(2)))
                .expectException(violation("fullName"))
                .expectNoEvents();
    }

    @Test
    void takesTheCorrectedNamesWhenNeverRenamed() {
        fixture.given(registered(), new NcoRegistrationCorrectedEvent(NCO_ID, "Исправленное имя", null, null,
                        LegalForm.LOCAL_PUBLIC_ORGANIZATION, COMMUNITY, REGISTERED_ON, "опечатка"))
                .when(new RenameNcoCommand(NCO_ID, "Исправленное имя", null, null, REGISTERED_ON.plusYears(2)))
                .expectException(violation("fullName"))
                .expectNoEvents();
    }

    // ---- withdrawal ----

    @Test
    void withdrawsAnNcoRegisteredByMistakeReleasingItsIdentifiers() {
        fixture.given(registered())
                .when(withdraw())
                .expectEvents(withdrawn());
    }

    @Test
    void withdrawsOnceTheMeetingThatNamedTheNcoIsWithdrawn() {
        activityReferences.recordActivity(MEETING_ID, 0, List.of(NCO_ID), LocalDate.of(2018, 5, 1));
        activityReferences.withdrawActivity(MEETING_ID, 1);

        fixture.given(registered())
                .when(withdraw())
                .expectEvents(withdrawn());
    }

    @Test
    void withdrawsAFormerMember() {
        memberOfCommissionSince(LocalDate.of(2018, 5, 1));
        activityReferences.endMembership(MEMBERSHIP_ID, 2, COMMISSION_ID, NCO_ID, LocalDate.of(2019, 1, 1));

        fixture.given(registered())
                .when(withdraw())
                .expectEvents(withdrawn());
    }

    @Test
    void withdrawsAFormerMemberWhoseEndWasAppliedBeforeTheStart() {
        activityReferences.endMembership(MEMBERSHIP_ID, 2, COMMISSION_ID, NCO_ID, LocalDate.of(2019, 1, 1));
        memberOfCommissionSince(LocalDate.of(2018, 5, 1));

        fixture.given(registered())
                .when(withdraw())
                .expectEvents(withdrawn());
    }

    @Test
    void withdrawsAMemberOfADissolvedCommission() {
        memberOfCommissionSince(LocalDate.of(2018, 5, 1));
        bodyLookup.recordDissolved(COMMISSION_ID, LocalDate.of(2019, 1, 1));

        fixture.given(registered())
                .when(withdraw())
                .expectEvents(withdrawn());
    }

    @Test
    void withdrawsALiquidatedNcoWhoseMembershipEndedWithIt() {
        memberOfCommissionSince(LocalDate.of(2018, 5, 1));

        fixture.given(registered(), liquidated())
                .when(withdraw())
                .expectEvents(withdrawn());
    }

    @Test
    void refusesWithdrawalWithoutReason() {
        fixture.given(registered())
                .when(new WithdrawNcoCommand(NCO_ID, null))
                .expectException(invalid("reason"))
                .expectNoEvents();
    }

    @Test
    void refusesWithdrawalWhileARecordNamesTheNco() {
        activityReferences.recordActivity(MEETING_ID, 0, List.of(NCO_ID), LocalDate.of(2018, 5, 1));

        fixture.given(registered())
                .when(withdraw())
                .expectException(violation("ncoId"))
                .expectNoEvents();
    }

    @Test
    void refusesWithdrawalOfACurrentMemberOfACommission() {
        memberOfCommissionSince(LocalDate.of(2018, 5, 1));

        fixture.given(registered())
                .when(withdraw())
                .expectException(violation("ncoId"))
                .expectNoEvents();
    }

    @Test
    void refusesWithdrawalOfAWithdrawnNco() {
        fixture.given(registered(), withdrawn())
                .when(new WithdrawNcoCommand(NCO_ID, "ещё раз"))
                .expectException(violation("ncoId"))
                .expectNoEvents();
    }

    static Stream<Object> commandsOnTheNco() {
        LocalDate day = LocalDate.of(2020, 2, 1);
        return Stream.of(
                new RecordStateRegistrationCommand(NCO_ID, day, STATE_NUMBER),
                new RecordStateRegistryExclusionCommand(NCO_ID, day, null),
                new RenameNcoCommand(NCO_ID, "Новое имя", null, null, day),
                new ChangeNcoLeaderCommand(NCO_ID, "Алиев А. А.", day),
                new ChangeNcoAddressCommand(NCO_ID, "г. Когалым, ул. Дружбы, 2", day),
                new RecordNcoIdentifiersCommand(NCO_ID, null, "8608000002"),
                new RecognizeSoncoCommand(NCO_ID, day),
                new WithdrawSoncoStatusCommand(NCO_ID, day, null),
                new LiquidateNcoCommand(NCO_ID, day, null),
                correctRegistrationTo(day));
    }

    @ParameterizedTest
    @MethodSource("commandsOnTheNco")
    void refusesEveryCommandOnAWithdrawnNco(Object command) {
        fixture.given(registeredWithoutIdentifiers(), new NcoWithdrawnEvent(NCO_ID, "по ошибке", null, null))
                .when(command)
                .expectException(violation("ncoId"))
                .expectNoEvents();
    }
}
