package io.ringside.debug;

import java.util.List;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.engine.Replay;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceHeader;

/**
 * What the debugger moves through: the events of a trace by number, the replay state after any event,
 * and the violations each event caused. A timeline may still be growing (a file being read, an emulator
 * running live): {@link #size()} is what exists now, {@link #complete()} says no more will come, and
 * {@link #await(long, long)} waits for more. Implementations are thread-safe.
 * <p>
 * This is the small interface the debugger needs from the checkpoint cursor of {@code core.index};
 * {@link RecordedTimeline} implements it over events kept in memory in a compact encoding.
 */
public interface Timeline extends AutoCloseable {

    TraceHeader header();

    DeviceModels models();

    /** A name for messages: the file, or the emulator run. */
    String name();

    /** Events available now. */
    long size();

    /** True once no event will be added any more. */
    boolean complete();

    /** Why the input ended early (a read error), or null. */
    String failure();

    /**
     * Waits until event {@code seq} exists or the timeline is complete, at most {@code timeoutMillis}
     * (0: do not wait). Live producers are allowed to run up to that event. Returns whether it exists.
     */
    boolean await(long seq, long timeoutMillis) throws InterruptedException;

    /** Fills {@code into} with event {@code seq} (0 &lt;= seq &lt; size()) and returns it. */
    TraceEvent event(long seq, TraceEvent into);

    /** A new, independent replay state after event {@code seq} ({@code -1}: before the first event). */
    Replay stateAfter(long seq);

    /** The violations found while applying event {@code seq} (at the end of the trace: also those of finish). */
    List<Violation> violations(long seq);

    /** The first event after {@code seq} with a violation, or -1. */
    long nextViolation(long seq);

    /** The last event before {@code seq} with a violation, or -1. */
    long previousViolation(long seq);

    /** Total violations found so far. */
    long violationCount();

    @Override
    void close();
}
