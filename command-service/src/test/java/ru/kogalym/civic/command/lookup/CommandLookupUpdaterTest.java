package ru.kogalym.civic.command.lookup;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.contract.council.BodyDissolvedEvent;
import ru.kogalym.civic.contract.council.BodyEstablishedEvent;
import ru.kogalym.civic.contract.council.BodyKind;
import ru.kogalym.civic.contract.council.BodyMemberAddedEvent;
import ru.kogalym.civic.contract.council.BodyMemberRemovedEvent;
import ru.kogalym.civic.contract.council.CouncilArea;
import ru.kogalym.civic.contract.grant.GrantApplicationCorrectedEvent;
import ru.kogalym.civic.contract.grant.GrantApplicationWithdrawnEvent;
import ru.kogalym.civic.contract.grant.GrantAppliedForEvent;
import ru.kogalym.civic.contract.grant.GrantLevel;
import ru.kogalym.civic.contract.grant.GrantRejectedEvent;
import ru.kogalym.civic.contract.meeting.MeetingCorrectedEvent;
import ru.kogalym.civic.contract.meeting.MeetingHeldEvent;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.contract.meeting.MeetingWithdrawnEvent;
import ru.kogalym.civic.contract.nco.LegalForm;
import ru.kogalym.civic.contract.nco.NcoLiquidatedEvent;
import ru.kogalym.civic.contract.nco.NcoRegisteredEvent;
import ru.kogalym.civic.contract.nco.NcoRegistrationCorrectedEvent;
import ru.kogalym.civic.contract.nco.NcoWithdrawnEvent;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLookupUpdaterTest {

    private static final String NCO_ID = "nco-nur";
    private static final LocalDate REGISTERED_ON = LocalDate.of(2016, 4, 1);
    private static final LocalDate LIQUIDATED_ON = LocalDate.of(2020, 12, 1);
    private static final String COUNCIL_ID = "council-culture";
    private static final LocalDate ESTABLISHED_ON = LocalDate.of(2015, 1, 20);
    private static final LocalDate DISSOLVED_ON = LocalDate.of(2021, 1, 20);
    private static final String MEETING_ID = "meeting-1";
    private static final LocalDate MEETING_ON = LocalDate.of(2020, 3, 12);

    private final InMemoryNcoLookup ncoLookup = new InMemoryNcoLookup();
    private final InMemoryBodyLookup bodyLookup = new InMemoryBodyLookup();
    private final InMemoryActivityReferences activityReferences = new InMemoryActivityReferences();
    private final InMemoryIdentifierClaims claims = new InMemoryIdentifierClaims(ncoLookup);
    private final CommandLookupUpdater updater =
            new CommandLookupUpdater(ncoLookup, bodyLookup, activityReferences, claims);

    private static NcoRegisteredEvent registered() {
        return new NcoRegisteredEvent(NCO_ID, "КГОО «НУР»", "НУР", null, LegalForm.CITY_PUBLIC_ORGANIZATION,
                "татары и башкиры", null, null, null, null, REGISTERED_ON, null);
    }

    @Test
    void knowsRegisteredNcoAndItsLiquidation() {
        updater.on(registered(), 0);
        updater.on(new NcoLiquidatedEvent(NCO_ID, LIQUIDATED_ON, null));

        assertThat(ncoLookup.find(NCO_ID)).contains(new NcoStatus(REGISTERED_ON, LIQUIDATED_ON));
    }

    @Test
    void handlesTheSameEventsTwiceWithTheSameResult() {
        updater.on(registered(), 0);
        updater.on(new NcoLiquidatedEvent(NCO_ID, LIQUIDATED_ON, null));
        updater.on(registered(), 0);
        updater.on(new NcoLiquidatedEvent(NCO_ID, LIQUIDATED_ON, null));

        assertThat(ncoLookup.find(NCO_ID)).contains(new NcoStatus(REGISTERED_ON, LIQUIDATED_ON));
    }

    @Test
    void knowsEstablishedBodyAndItsDissolution() {
        updater.on(new BodyEstablishedEvent(COUNCIL_ID, BodyKind.COUNCIL, "Общественный Совет по культуре",
                CouncilArea.CULTURE, ESTABLISHED_ON));
        assertThat(bodyLookup.find(COUNCIL_ID)).contains(new BodyStatus(BodyKind.COUNCIL, ESTABLISHED_ON, null));

        updater.on(new BodyDissolvedEvent(COUNCIL_ID, BodyKind.COUNCIL, "Общественный Совет по культуре",
                DISSOLVED_ON, null));
        assertThat(bodyLookup.find(COUNCIL_ID))
                .contains(new BodyStatus(BodyKind.COUNCIL, ESTABLISHED_ON, DISSOLVED_ON));
    }

    @Test
    void knowsNothingOfAnNcoItWasNotTold() {
        assertThat(ncoLookup.find(NCO_ID)).isEmpty();
        assertThat(bodyLookup.find(COUNCIL_ID)).isEmpty();
    }

    @Test
    void knowsTheLatestStandingMeetingThatNamesAnNcoOrABody() {
        updater.on(new MeetingHeldEvent(MEETING_ID, MeetingKind.COMMISSION_SESSION, "Профилактика", MEETING_ON, null,
                COUNCIL_ID, List.of(NCO_ID), List.of(), null), 0);
        assertThat(activityReferences.latestActivityOn(NCO_ID)).contains(MEETING_ON);
        assertThat(activityReferences.latestActivityOn(COUNCIL_ID)).contains(MEETING_ON);

        updater.on(new MeetingCorrectedEvent(MEETING_ID, MeetingKind.WORKING_MEETING, "Профилактика",
                MEETING_ON.minusDays(7), null, null, List.of(NCO_ID), List.of(), null, "не та дата"), 1);
        assertThat(activityReferences.latestActivityOn(NCO_ID)).contains(MEETING_ON.minusDays(7));
        assertThat(activityReferences.latestActivityOn(COUNCIL_ID)).isEmpty();

        updater.on(new MeetingHeldEvent(MEETING_ID, MeetingKind.COMMISSION_SESSION, "Профилактика", MEETING_ON, null,
                COUNCIL_ID, List.of(NCO_ID), List.of(), null), 0);
        assertThat(activityReferences.latestActivityOn(NCO_ID)).as("a replayed older event changes nothing")
                                                             .contains(MEETING_ON.minusDays(7));

        updater.on(new MeetingWithdrawnEvent(MEETING_ID, "ошибка"), 2);
        assertThat(activityReferences.latestActivityOn(NCO_ID)).isEmpty();
    }

    @Test
    void knowsTheCorrectedRegistrationDateWhateverOrderTheEventsComeIn() {
        LocalDate correctedOn = REGISTERED_ON.minusYears(1);
        updater.on(registered(), 0);
        updater.on(new NcoRegistrationCorrectedEvent(NCO_ID, "КГОО «НУР»", "НУР", null,
                LegalForm.CITY_PUBLIC_ORGANIZATION, null, correctedOn, "дата из свидетельства"), 3);
        assertThat(ncoLookup.find(NCO_ID)).contains(new NcoStatus(correctedOn, null));

        updater.on(registered(), 0);
        assertThat(ncoLookup.find(NCO_ID)).as("a replayed registration does not undo the correction")
                                          .contains(new NcoStatus(correctedOn, null));
    }

    @Test
    void knowsAWithdrawnNcoAndReleasesItsIdentifiers() {
        updater.on(registered(), 0);
        claims.claim(IdentifierKind.OGRN, "1028600000001", NCO_ID);
        claims.claim(IdentifierKind.INN, "8608000001", NCO_ID);

        updater.on(new NcoWithdrawnEvent(NCO_ID, "по ошибке", "1028600000001", "8608000001"));

        assertThat(ncoLookup.find(NCO_ID)).contains(new NcoStatus(REGISTERED_ON, null, true));
        assertThat(claims.holder(IdentifierKind.OGRN, "1028600000001")).isEmpty();
        assertThat(claims.holder(IdentifierKind.INN, "8608000001")).isEmpty();
    }

    @Test
    void knowsAnNcosMembershipsFromTheirStartAndWhenTheyEnded() {
        String membership = ActivityReferences.membershipId(COUNCIL_ID, "member-1");
        updater.on(new BodyMemberAddedEvent(COUNCIL_ID, BodyKind.COUNCIL, "member-1", NCO_ID, null, "член",
                MEETING_ON), 1);
        updater.on(new BodyMemberAddedEvent(COUNCIL_ID, BodyKind.COUNCIL, "member-2", null, "Иванов И. И.", "член",
                MEETING_ON), 2);
        assertThat(activityReferences.referencesTo(NCO_ID))
                .containsExactly(new ActivityReferences.Reference(membership, MEETING_ON, COUNCIL_ID, null));
        assertThat(activityReferences.referencesTo(COUNCIL_ID)).as("a membership names the NCO, not its body")
                                                               .isEmpty();

        updater.on(new BodyMemberRemovedEvent(COUNCIL_ID, BodyKind.COUNCIL, "member-1", NCO_ID, null,
                DISSOLVED_ON, "выход"), 3);
        updater.on(new BodyMemberAddedEvent(COUNCIL_ID, BodyKind.COUNCIL, "member-1", NCO_ID, null, "член",
                MEETING_ON), 1);
        assertThat(activityReferences.referencesTo(NCO_ID))
                .containsExactly(new ActivityReferences.Reference(membership, MEETING_ON, COUNCIL_ID, DISSOLVED_ON));
    }

    /**
     * Axon finds the one handler of every activity by the payload's interface: the application names the NCO on the
     * day it was made, the decision on the day it was taken as well, a correction moves the application's day and
     * keeps the decision's, and the withdrawal ends both.
     */
    @Test
    void aGrantApplicationItsDecisionAndItsWithdrawalReachTheActivityHandlersThroughAxon() throws Exception {
        AnnotationEventHandlerAdapter axon = new AnnotationEventHandlerAdapter(updater);
        LocalDate appliedOn = LocalDate.of(2020, 2, 3);
        LocalDate decidedOn = LocalDate.of(2020, 5, 6);

        axon.handle(new GenericDomainEventMessage<>("GrantApplication", "grant-1", 0, new GrantAppliedForEvent(
                "grant-1", NCO_ID, GrantLevel.MUNICIPAL, "Конкурс", "Проект", 15_000_000L, appliedOn)));
        assertThat(activityReferences.latestActivityOn(NCO_ID)).contains(appliedOn);

        axon.handle(new GenericDomainEventMessage<>("GrantApplication", "grant-1", 1, new GrantRejectedEvent(
                "grant-1", NCO_ID, GrantLevel.MUNICIPAL, "Конкурс", "Проект", 15_000_000L, decidedOn, "мало баллов")));
        assertThat(activityReferences.latestActivityOn(NCO_ID)).contains(decidedOn);
        assertThat(activityReferences.earliestActivityOn(NCO_ID)).contains(appliedOn);

        axon.handle(new GenericDomainEventMessage<>("GrantApplication", "grant-1", 2, new GrantApplicationCorrectedEvent(
                "grant-1", NCO_ID, GrantLevel.OKRUG, "Конкурс", "Проект", 15_000_000L, appliedOn.minusDays(2),
                "дата подачи")));
        assertThat(activityReferences.referencesTo(NCO_ID)).extracting(ActivityReferences.Reference::on)
                                                           .containsExactlyInAnyOrder(appliedOn.minusDays(2), decidedOn);

        axon.handle(new GenericDomainEventMessage<>("GrantApplication", "grant-1", 3,
                new GrantApplicationWithdrawnEvent("grant-1", "подана по ошибке")));
        assertThat(activityReferences.latestActivityOn(NCO_ID)).isEmpty();
    }
}
