package ru.kogalym.civic.command.lookup;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.contract.cityevent.EventParticipationCorrectedEvent;
import ru.kogalym.civic.contract.cityevent.EventParticipationRecordedEvent;
import ru.kogalym.civic.contract.cityevent.EventParticipationWithdrawnEvent;
import ru.kogalym.civic.contract.council.BodyDissolvedEvent;
import ru.kogalym.civic.contract.council.BodyEstablishedEvent;
import ru.kogalym.civic.contract.council.BodyMemberAddedEvent;
import ru.kogalym.civic.contract.council.BodyMemberRemovedEvent;
import ru.kogalym.civic.contract.grant.GrantApplicationCorrectedEvent;
import ru.kogalym.civic.contract.grant.GrantApplicationWithdrawnEvent;
import ru.kogalym.civic.contract.grant.GrantAppliedForEvent;
import ru.kogalym.civic.contract.grant.GrantAwardedEvent;
import ru.kogalym.civic.contract.grant.GrantRejectedEvent;
import ru.kogalym.civic.contract.meeting.MeetingCorrectedEvent;
import ru.kogalym.civic.contract.meeting.MeetingHeldEvent;
import ru.kogalym.civic.contract.meeting.MeetingWithdrawnEvent;
import ru.kogalym.civic.contract.nco.NcoLiquidatedEvent;
import ru.kogalym.civic.contract.nco.NcoRegisteredEvent;
import ru.kogalym.civic.contract.nco.NcoRegistrationCorrectedEvent;
import ru.kogalym.civic.contract.nco.NcoWithdrawnEvent;
import ru.kogalym.civic.contract.raid.RaidCorrectedEvent;
import ru.kogalym.civic.contract.raid.RaidRecordedEvent;
import ru.kogalym.civic.contract.raid.RaidWithdrawnEvent;
import ru.kogalym.civic.contract.support.SupportCorrectedEvent;
import ru.kogalym.civic.contract.support.SupportRecordedEvent;
import ru.kogalym.civic.contract.support.SupportWithdrawnEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the command side's lookups up to date. Its processing group runs subscribing, in the unit of work of the
 * command that published the events, so a command sees the effects of every command before it. Every handler is an
 * idempotent upsert.
 */
@Component
@ProcessingGroup(CommandLookupUpdater.PROCESSING_GROUP)
public class CommandLookupUpdater {

    public static final String PROCESSING_GROUP = "command-lookups";

    private final NcoLookup ncoLookup;
    private final BodyLookup bodyLookup;
    private final ActivityReferences activityReferences;
    private final IdentifierClaims identifierClaims;

    public CommandLookupUpdater(NcoLookup ncoLookup, BodyLookup bodyLookup, ActivityReferences activityReferences,
                                IdentifierClaims identifierClaims) {
        this.ncoLookup = ncoLookup;
        this.bodyLookup = bodyLookup;
        this.activityReferences = activityReferences;
        this.identifierClaims = identifierClaims;
    }

    @EventHandler
    public void on(NcoRegisteredEvent event, @SequenceNumber long sequence) {
        ncoLookup.recordRegisteredOn(event.ncoId(), sequence, event.registeredOn());
    }

    @EventHandler
    public void on(NcoRegistrationCorrectedEvent event, @SequenceNumber long sequence) {
        ncoLookup.recordRegisteredOn(event.ncoId(), sequence, event.registeredOn());
    }

    @EventHandler
    public void on(NcoLiquidatedEvent event) {
        ncoLookup.recordLiquidated(event.ncoId(), event.liquidatedOn());
    }

    /**
     * Its identifiers are released only here, once the withdrawal is stored (a subscribing processor sees an event
     * after its append): a correct registration may then claim them.
     */
    @EventHandler
    public void on(NcoWithdrawnEvent event) {
        ncoLookup.recordWithdrawn(event.ncoId());
        if (event.ogrn() != null) {
            identifierClaims.release(IdentifierKind.OGRN, event.ogrn(), event.ncoId());
        }
        if (event.inn() != null) {
            identifierClaims.release(IdentifierKind.INN, event.inn(), event.ncoId());
        }
    }

    @EventHandler
    public void on(BodyEstablishedEvent event) {
        bodyLookup.recordEstablished(event.bodyId(), event.kind(), event.establishedOn());
    }

    @EventHandler
    public void on(BodyDissolvedEvent event) {
        bodyLookup.recordDissolved(event.bodyId(), event.dissolvedOn());
    }

    @EventHandler
    public void on(BodyMemberAddedEvent event, @SequenceNumber long sequence) {
        if (event.ncoId() != null) {
            activityReferences.recordMembership(ActivityReferences.membershipId(event.bodyId(), event.memberId()),
                                                sequence, event.bodyId(), event.ncoId(), event.addedOn());
        }
    }

    @EventHandler
    public void on(BodyMemberRemovedEvent event, @SequenceNumber long sequence) {
        if (event.ncoId() != null) {
            activityReferences.endMembership(ActivityReferences.membershipId(event.bodyId(), event.memberId()),
                                             sequence, event.removedOn());
        }
    }

    @EventHandler
    public void on(MeetingHeldEvent event, @SequenceNumber long sequence) {
        activityReferences.recordActivity(event.meetingId(), sequence,
                                          withBody(event.participantNcoIds(), event.bodyId()), event.heldOn());
    }

    @EventHandler
    public void on(MeetingCorrectedEvent event, @SequenceNumber long sequence) {
        activityReferences.recordActivity(event.meetingId(), sequence,
                                          withBody(event.participantNcoIds(), event.bodyId()), event.heldOn());
    }

    @EventHandler
    public void on(MeetingWithdrawnEvent event, @SequenceNumber long sequence) {
        activityReferences.withdrawActivity(event.meetingId(), sequence);
    }

    @EventHandler
    public void on(RaidRecordedEvent event, @SequenceNumber long sequence) {
        activityReferences.recordActivity(event.raidId(), sequence, event.participantNcoIds(), event.heldOn());
    }

    @EventHandler
    public void on(RaidCorrectedEvent event, @SequenceNumber long sequence) {
        activityReferences.recordActivity(event.raidId(), sequence, event.participantNcoIds(), event.heldOn());
    }

    @EventHandler
    public void on(RaidWithdrawnEvent event, @SequenceNumber long sequence) {
        activityReferences.withdrawActivity(event.raidId(), sequence);
    }

    @EventHandler
    public void on(EventParticipationRecordedEvent event, @SequenceNumber long sequence) {
        activityReferences.recordActivity(event.participationId(), sequence, event.participantNcoIds(), event.heldOn());
    }

    @EventHandler
    public void on(EventParticipationCorrectedEvent event, @SequenceNumber long sequence) {
        activityReferences.recordActivity(event.participationId(), sequence, event.participantNcoIds(), event.heldOn());
    }

    @EventHandler
    public void on(EventParticipationWithdrawnEvent event, @SequenceNumber long sequence) {
        activityReferences.withdrawActivity(event.participationId(), sequence);
    }

    @EventHandler
    public void on(SupportRecordedEvent event, @SequenceNumber long sequence) {
        activityReferences.recordActivity(event.supportId(), sequence, List.of(event.ncoId()), event.providedOn());
    }

    @EventHandler
    public void on(SupportCorrectedEvent event, @SequenceNumber long sequence) {
        activityReferences.recordActivity(event.supportId(), sequence, List.of(event.ncoId()), event.providedOn());
    }

    @EventHandler
    public void on(SupportWithdrawnEvent event, @SequenceNumber long sequence) {
        activityReferences.withdrawActivity(event.supportId(), sequence);
    }

    @EventHandler
    public void on(GrantAppliedForEvent event, @SequenceNumber long sequence) {
        activityReferences.recordActivity(event.grantApplicationId(), sequence, List.of(event.ncoId()), event.appliedOn());
    }

    @EventHandler
    public void on(GrantApplicationCorrectedEvent event, @SequenceNumber long sequence) {
        activityReferences.recordActivity(event.grantApplicationId(), sequence, List.of(event.ncoId()), event.appliedOn());
    }

    /** A decision names the NCO on the day it was taken. */
    @EventHandler
    public void on(GrantAwardedEvent event, @SequenceNumber long sequence) {
        activityReferences.recordActivity(event.grantApplicationId(), sequence, List.of(event.ncoId()), event.decidedOn());
    }

    @EventHandler
    public void on(GrantRejectedEvent event, @SequenceNumber long sequence) {
        activityReferences.recordActivity(event.grantApplicationId(), sequence, List.of(event.ncoId()), event.decidedOn());
    }

    @EventHandler
    public void on(GrantApplicationWithdrawnEvent event, @SequenceNumber long sequence) {
        activityReferences.withdrawActivity(event.grantApplicationId(), sequence);
    }

    private static List<String> withBody(List<String> participantNcoIds, String bodyId) {
        List<String> referenced = new ArrayList<>(participantNcoIds);
        if (bodyId != null) {
            referenced.add(bodyId);
        }
        return referenced;
    }
}
