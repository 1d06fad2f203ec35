package io.ringside.core.trace;

import java.io.Closeable;
import java.io.IOException;

/**
 * A stream of events with a header: a Ringside trace file ({@link TraceReader}) or an importer that
 * turns another format (a QEMU log) into operation-level events on the fly.
 */
public interface EventSource extends Closeable {

    TraceHeader header();

    /** Fills {@code e} with the next event (seq numbered from 0); false at the end. */
    boolean next(TraceEvent e) throws IOException;

    /** A name for messages (usually the file path). */
    String name();

    /** Bytes of input consumed so far (for progress), or -1 when unknown. */
    default long position() {
        return -1;
    }

    /**
     * Whether reading this source ahead on a second thread ({@link io.ringside.core.index.PrefetchSource})
     * pays for handing each event over: true (the default) when making an event costs more than the
     * hand-over (parsing JSON); false when events come cheaply from records already parsed in memory.
     */
    default boolean readAheadPays() {
        return true;
    }

    /** Warnings gathered while reading (skipped unknown events, foreign lines...), for the user. */
    default java.util.List<String> warnings() {
        return java.util.List.of();
    }
}
