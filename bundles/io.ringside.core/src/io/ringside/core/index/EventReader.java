package io.ringside.core.index;

import java.io.Closeable;
import java.io.IOException;

import io.ringside.core.trace.TraceEvent;

/**
 * Reads the events of an indexed trace in order from a given event number, without replaying them
 * (tables and lists that show events, scans for text). Not thread-safe: one reader per thread.
 */
public interface EventReader extends Closeable {

    /** Fills the next event; false at the end of the trace. */
    boolean next(TraceEvent e) throws IOException;

    /** Number of the event the next call returns. */
    long nextSeq();

    @Override
    void close() throws IOException;
}
