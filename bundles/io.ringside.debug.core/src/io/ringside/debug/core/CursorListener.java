package io.ringside.debug.core;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Told when a Ringside debug session suspends at an event, so the trace editor and ring views can follow
 * the debugger without depending on it: the IDE registers a listener with {@link #add}; the debug model
 * calls {@link #fire} on every suspend. Called on the debugger's thread, not the UI thread.
 */
@FunctionalInterface
public interface CursorListener {

    /**
     * @param trace the trace file of the session (null for a live emulator run without output file)
     * @param event the event number at the cursor, -1 before the first
     */
    void cursorMoved(java.nio.file.Path trace, long event);

    List<CursorListener> LISTENERS = new CopyOnWriteArrayList<>();

    static void add(CursorListener l) {
        LISTENERS.add(l);
    }

    static void remove(CursorListener l) {
        LISTENERS.remove(l);
    }

    static void fire(java.nio.file.Path trace, long event) {
        for (CursorListener l : LISTENERS) {
            try {
                l.cursorMoved(trace, event);
            } catch (RuntimeException e) {
                // a broken listener must not stop the debugger
            }
        }
    }
}
