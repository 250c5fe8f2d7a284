package ru.kogalym.civic.eventstore;

import org.axonframework.eventhandling.EventMessage;

import java.util.List;

/** For tests in other packages: writes a commit at a position reserved earlier, as a slow writer would. */
public final class SlowWriter {

    private SlowWriter() {
    }

    public static void appendAt(MongoEventStorageEngine engine, long position, List<? extends EventMessage<?>> events) {
        engine.appendAt(position, events);
    }
}
