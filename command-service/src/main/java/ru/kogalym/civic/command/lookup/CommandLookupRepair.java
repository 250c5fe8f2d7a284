package ru.kogalym.civic.command.lookup;

import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;

/**
 * The same idempotent upserts as {@link CommandLookupUpdater}, driven by a tracking processor from the event
 * store. Without transactions, a process killed between appending the events and updating the lookups
 * would leave them behind for good; this catches up whatever the subscribing updater missed.
 */
@Component
@ProcessingGroup(CommandLookupRepair.PROCESSING_GROUP)
public class CommandLookupRepair extends CommandLookupUpdater {

    public static final String PROCESSING_GROUP = "command-lookups-repair";

    public CommandLookupRepair(NcoLookup ncoLookup, BodyLookup bodyLookup, ActivityReferences activityReferences,
                               IdentifierClaims identifierClaims) {
        // its units of work hold no reservations: the commands' own updates drop them
        super(ncoLookup, bodyLookup, activityReferences.forReplay(), identifierClaims, false);
    }
}
