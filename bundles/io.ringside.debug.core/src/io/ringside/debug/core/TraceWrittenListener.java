package io.ringside.debug.core;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Told when a launch wrote a trace file to the end (a "Ringside Emulator" run in run mode), so the IDE can
 * open it without the debug model depending on the editor: the IDE registers a listener with {@link #add};
 * the launch calls {@link #fire}. Called on the launch's thread, not the UI thread.
 */
@FunctionalInterface
public interface TraceWrittenListener {

    /**
     * @param trace the trace file, complete
     * @param summary one line of what was written (requests, events, and why the run stopped early, if it did)
     */
    void traceWritten(Path trace, String summary);

    List<TraceWrittenListener> LISTENERS = new CopyOnWriteArrayList<>();

    static void add(TraceWrittenListener l) {
        LISTENERS.add(l);
    }

    static void remove(TraceWrittenListener l) {
        LISTENERS.remove(l);
    }

    static void fire(Path trace, String summary) {
        for (TraceWrittenListener l : LISTENERS) {
            try {
                l.traceWritten(trace, summary);
            } catch (RuntimeException e) {
                // a broken listener must not fail the launch
            }
        }
    }
}
