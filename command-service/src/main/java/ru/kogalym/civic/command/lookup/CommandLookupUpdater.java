package ru.kogalym.civic.command.lookup;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.contract.council.BodyDissolvedEvent;
import ru.kogalym.civic.contract.council.BodyEstablishedEvent;
import ru.kogalym.civic.contract.nco.NcoLiquidatedEvent;
import ru.kogalym.civic.contract.nco.NcoRegisteredEvent;

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

    public CommandLookupUpdater(NcoLookup ncoLookup, BodyLookup bodyLookup) {
        this.ncoLookup = ncoLookup;
        this.bodyLookup = bodyLookup;
    }

    @EventHandler
    public void on(NcoRegisteredEvent event) {
        ncoLookup.recordRegistered(event.ncoId(), event.registeredOn());
    }

    @EventHandler
    public void on(NcoLiquidatedEvent event) {
        ncoLookup.recordLiquidated(event.ncoId(), event.liquidatedOn());
    }

    @EventHandler
    public void on(BodyEstablishedEvent event) {
        bodyLookup.recordEstablished(event.bodyId(), event.kind(), event.establishedOn());
    }

    @EventHandler
    public void on(BodyDissolvedEvent event) {
        bodyLookup.recordDissolved(event.bodyId(), event.dissolvedOn());
    }
}
