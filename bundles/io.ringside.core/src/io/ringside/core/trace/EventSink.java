package io.ringside.core.trace;

import java.io.IOException;

/**
 * Receives events as a producer (the emulator, an importer) makes them: a {@link TraceWriter}
 * ({@code writer::write}), a replay that checks them on the fly, or nothing. The event is reused by the
 * producer: a sink that keeps it must {@link TraceEvent#copy()} it.
 */
@FunctionalInterface
public interface EventSink {

    void accept(TraceEvent e) throws IOException;

    EventSink NULL = e -> {
    };
}
