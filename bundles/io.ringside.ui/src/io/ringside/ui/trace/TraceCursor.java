package io.ringside.ui.trace;

import io.ringside.core.engine.Replay;
import io.ringside.core.trace.TraceEvent;

/**
 * Where the workbench stands in a trace: the replay state after event {@link #position()} (-1: before
 * the first event). The workbench talks to this interface only, so that the core checkpoint index can
 * replace the implementation without touching the views.
 */
public interface TraceCursor {

    long position();

    /** Moves to the state after event {@code n} (clamped to the events known). */
    void seek(long n);

    /** The state at the cursor; owned by the cursor, valid until the next move. */
    Replay replay();

    /** The event at the cursor, or null before the first event. */
    TraceEvent event();
}
