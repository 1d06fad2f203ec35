package io.ringside.core.internal.index;

import java.io.Closeable;
import java.io.IOException;

import io.ringside.core.trace.TraceEvent;

/**
 * Random access to the events of an indexed trace, by event number, up to the events the index has
 * published. Thread-safe: readers are not.
 */
public interface EventStore extends Closeable {

    /**
     * A reader whose next event is event {@code seq} (0 &lt;= seq &lt;= event count), reading up to the
     * events published when it reads (an index grows).
     */
    Reader open(long seq) throws IOException;

    /** A reader of events {@code seq .. limit-1} (a restored index replays its cached events before publishing them). */
    Reader open(long seq, long limit) throws IOException;

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
