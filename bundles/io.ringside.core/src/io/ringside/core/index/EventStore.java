package io.ringside.core.index;

import java.io.Closeable;
import java.io.IOException;

/** Random access to the events of an indexed trace, by event number. Thread-safe: readers are not. */
interface EventStore extends Closeable {

    /** A reader whose next event is event {@code seq} (0 &lt;= seq &lt;= event count). */
    Reader open(long seq) throws IOException;

    /** A sequential reader of events. Not thread-safe. */
    interface Reader extends EventReader {
    }
}
