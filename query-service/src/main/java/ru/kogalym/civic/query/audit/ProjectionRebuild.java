package ru.kogalym.civic.query.audit;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds every read model from the event store: each streaming processor is stopped, its handlers'
 * reset handlers clear what they own, its token goes back to the start, and it runs again.
 */
@Component
class ProjectionRebuild {

    private final EventProcessingConfiguration processing;

    public ProjectionRebuild(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** Returns the names of the processors that were rebuilt. */
    public synchronized List<String> rebuildAll() {
        List<String> rebuilt = new ArrayList<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && streaming.supportsReset()) {
                streaming.shutdownAsync().join();
                streaming.resetTokens();
                streaming.start();
                rebuilt.add(name);
            }
        });
        return rebuilt;
    }
}
