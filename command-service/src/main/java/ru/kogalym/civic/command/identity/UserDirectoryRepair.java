package ru.kogalym.civic.command.identity;

import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.command.lookup.CommandLookupRepair;
import ru.kogalym.civic.identity.UserDirectory;

/** The same updates from the event store, for whatever a process killed after an append left behind. */
@Component
@ProcessingGroup(CommandLookupRepair.PROCESSING_GROUP)
class UserDirectoryRepair extends UserDirectoryUpdater {

    UserDirectoryRepair(UserDirectory directory) {
        super(directory);
    }
}
