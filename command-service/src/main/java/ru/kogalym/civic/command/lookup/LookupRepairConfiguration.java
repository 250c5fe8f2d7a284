package ru.kogalym.civic.command.lookup;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The repair takes every event or stops on it. It is what catches the lookups up when the commands' own updates
 * failed; Axon's default would log a failure of its own (MongoDB not answering in time under load) and go on
 * without the event, leaving a lookup behind for good and a rule unenforced on it. Failed, its batch is taken again
 * from the last token after a wait. The commands' subscribing updates keep Axon's default: their failure is what
 * the repair is there for.
 */
@Configuration(proxyBeanMethods = false)
class LookupRepairConfiguration {

    @Autowired
    void retryFailedEvents(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(CommandLookupRepair.PROCESSING_GROUP,
                                                          configuration -> PropagatingErrorHandler.instance());
    }
}
