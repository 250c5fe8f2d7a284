package ru.kogalym.civic.command.identity;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.command.lookup.CommandLookupUpdater;
import ru.kogalym.civic.contract.identity.UserAccountCreatedEvent;
import ru.kogalym.civic.contract.identity.UserAccountDisabledEvent;
import ru.kogalym.civic.contract.identity.UserAccountEnabledEvent;
import ru.kogalym.civic.contract.identity.UserRolesChangedEvent;
import ru.kogalym.civic.identity.UserDirectory;

/**
 * Keeps the user directory's roles and enabled flag in step with the accounts' events, in the unit of work of the
 * command (like the other command-side lookups), so a disabled account is refused from the next request on.
 */
@Component
@ProcessingGroup(CommandLookupUpdater.PROCESSING_GROUP)
class UserDirectoryUpdater {

    private final UserDirectory directory;

    UserDirectoryUpdater(UserDirectory directory) {
        this.directory = directory;
    }

    @EventHandler
    void on(UserAccountCreatedEvent event, @SequenceNumber long sequence) {
        directory.recordCreated(event.username(), event.roles(), sequence);
    }

    @EventHandler
    void on(UserRolesChangedEvent event, @SequenceNumber long sequence) {
        directory.recordRoles(event.username(), event.roles(), sequence);
    }

    @EventHandler
    void on(UserAccountDisabledEvent event, @SequenceNumber long sequence) {
        directory.recordEnabled(event.username(), false, sequence);
    }

    @EventHandler
    void on(UserAccountEnabledEvent event, @SequenceNumber long sequence) {
        directory.recordEnabled(event.username(), true, sequence);
    }
}
