package io.ringside.ui.trace;

import java.util.List;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.Replay;
import io.ringside.core.trace.TraceEvent;

/**
 * Where the workbench stands in a trace: the replay state after event {@link #position()} (-1: before
 * the first event). The workbench talks to this interface only. Once a trace is indexed the
 * implementation is the core checkpoint index's cursor ({@link io.ringside.core.index.TraceCursor});
 * while it is being indexed, a cursor over the first events read straight from the file.
 */
public interface TraceCursor {

    long position();

    /** Moves to the state after event {@code n} (clamped to the events known). */
    void seek(long n);

    /** The state at the cursor; owned by the cursor, valid until the next move. */
    Replay replay();

    /** The event at the cursor, or null before the first event. */
    TraceEvent event();

    /** The violations the event at the cursor reported (empty when not known yet). */
    default List<Violation> violationsHere() {
        return List.of();
    }

    /** Releases what the cursor holds (readers); it must not be used afterwards. */
    default void close() {
    }
}
