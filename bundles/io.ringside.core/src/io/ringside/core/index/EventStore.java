package io.ringside.core.index;

import java.io.Closeable;
import java.io.IOException;

import io.ringside.core.trace.TraceEvent;

/** Random access to the events of an indexed trace, by event number. Thread-safe: readers are not. */
interface EventStore extends Closeable {

    /** A reader whose next event is event {@code seq} (0 &lt;= seq &lt;= event count). */
    Reader open(long seq) throws IOException;

    /** A sequential reader of events. Not thread-safe. */
    interface Reader extends Closeable {

        /** Fills the next event; false at the end of the trace. */
        boolean next(TraceEvent e) throws IOException;

        /** Number of the event the next call returns. */
        long nextSeq();

        @Override
        void close() throws IOException;
    }
}
