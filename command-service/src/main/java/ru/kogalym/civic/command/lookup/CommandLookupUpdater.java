package ru.kogalym.civic.command.lookup;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.contract.activity.ActivityDecided;
import ru.kogalym.civic.contract.activity.ActivityStatement;
import ru.kogalym.civic.contract.activity.ActivityWithdrawn;
import ru.kogalym.civic.contract.council.BodyDissolvedEvent;
import ru.kogalym.civic.contract.council.BodyEstablishedEvent;
import ru.kogalym.civic.contract.council.BodyMemberAddedEvent;
import ru.kogalym.civic.contract.council.BodyMemberRemovedEvent;
import ru.kogalym.civic.contract.nco.NcoLiquidatedEvent;
import ru.kogalym.civic.contract.nco.NcoRegisteredEvent;
import ru.kogalym.civic.contract.nco.NcoRegistrationCorrectedEvent;
import ru.kogalym.civic.contract.nco.NcoWithdrawnEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    private final boolean dropsReservations;

    @Autowired
    public CommandLookupUpdater(NcoLookup ncoLookup, BodyLookup bodyLookup, ActivityReferences activityReferences,
                                IdentifierClaims identifierClaims) {
        this(ncoLookup, bodyLookup, activityReferences, identifierClaims, true);
    }

    /**
     * @param dropsReservations whether a record's update drops the reservations its command holds (see
     *                          {@link ReferenceGate}): only when it handles the events its command has just appended,
     *                          never when it replays a record, which may happen before the command's own append
     */
    CommandLookupUpdater(NcoLookup ncoLookup, BodyLookup bodyLookup, ActivityReferences activityReferences,
                         IdentifierClaims identifierClaims, boolean dropsReservations) {
        this.dropsReservations = dropsReservations;
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
                                             sequence, event.bodyId(), event.ncoId(), event.removedOn());
        }
    }

    /**
     * Every kind of activity names its NCOs and bodies on its day; a grant's decision, on the day it was taken as
     * well, and a correction of a decided grant moves the application's day and keeps the decision's. Each states
     * what the record names anew.
     */
    @EventHandler
    public void on(ActivityStatement event, @SequenceNumber long sequence) {
        Map<String, String> releasing = dropsReservations
                ? HeldReservations.heldFor(event.recordId(), event.occurredOn()) : Map.of();
        Set<String> dropped = event instanceof ActivityDecided
                ? activityReferences.recordDecision(event.recordId(), sequence, referenced(event), event.occurredOn(),
                                                    releasing)
                : activityReferences.recordActivity(event.recordId(), sequence, referenced(event), event.occurredOn(),
                                                    releasing);
        HeldReservations.dropped(event.recordId(), dropped);
    }

    @EventHandler
    public void on(ActivityWithdrawn event, @SequenceNumber long sequence) {
        activityReferences.withdrawActivity(event.recordId(), sequence);
    }

    private static List<String> referenced(ActivityStatement event) {
        List<String> referenced = new ArrayList<>(event.ncoIds());
        referenced.addAll(event.bodyIds());
        return referenced;
    }
}
