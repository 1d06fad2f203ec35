package io.ringside.ui.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.Extensions;
import io.ringside.core.engine.Replay;
import io.ringside.core.index.IndexCanceledException;
import io.ringside.core.index.IndexOptions;
import io.ringside.core.index.TraceCursor;
import io.ringside.core.index.TraceIndex;
import io.ringside.core.trace.OpenOptions;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceFormat;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.util.ProgressMonitor;

/**
 * An open trace in the workbench: its timeline, the core {@link TraceIndex}. Opening starts the index (the
 * header comes from the index cache when it is valid, else from the trace, opened once); {@link #index}
 * then builds it off the UI thread, publishing events a block at a time, so the editor shows rows and
 * steps through the first blocks while the rest is indexed. Everything else reads what is published so
 * far. No SWT in here.
 */
public final class TraceSession implements AutoCloseable {

    private final Path file;
    private final TraceFormat format;
    private final TraceHeader header;
    /** The index: the one started, or the one a damaged cache was replaced with. */
    private volatile TraceIndex index;
    /** Cursor for searches from the UI thread (queue, violation, time); never shown. */
    private TraceCursor search;
    /** Reader for the table's rows (UI thread), kept while rows are read in order. */
    private TraceIndex.EventReader rows;
    private volatile boolean complete;
    private volatile boolean closed;
    private volatile String error;

    private TraceSession(Path file, TraceFormat format, TraceIndex index) {
        this.file = file;
        this.format = format;
        this.index = index;
        this.header = index.header();
    }

    /** Opens a trace and starts its index; {@link #index} reads the events. */
    public static TraceSession open(Path file) throws IOException {
        return open(file, OpenOptions.DEFAULT);
    }

    /**
     * {@link #open(Path)} with options for the trace's format (a QEMU log's device settings,
     * {@code QemuOptions.openOptions()}; other formats ignore what is not theirs).
     */
    public static TraceSession open(Path file, OpenOptions options) throws IOException {
        TraceFormat f = Extensions.probe(file);
        TraceIndex ix = TraceIndex.start(file, f, Extensions.models(), CheckOptions.DEFAULT,
                IndexOptions.defaults().withOpenOptions(options));
        return new TraceSession(file, f, ix);
    }

    public Path file() {
        return file;
    }

    public TraceFormat format() {
        return format;
    }

    public TraceHeader header() {
        return header;
    }

    /** Whether the whole trace is indexed (events, violations and searches cover all of it). */
    public boolean isIndexed() {
        TraceIndex ix = index;
        return ix.complete() && ix.failure() == null;
    }

    /** The core index, read while it grows (another one if a damaged cache had to be rebuilt). */
    public TraceIndex index() {
        return index;
    }

    /** Whether indexing and the statistics pass have ended (successfully or not: see {@link #error()}). */
    public boolean isComplete() {
        return complete;
    }

    /** Why indexing stopped early, or null. */
    public String error() {
        return error;
    }

    public List<String> warnings() {
        return index.warnings();
    }

    /** A new replay of the header's devices in their initial state. */
    public Replay newReplay() {
        return index.models().replay(header, CheckOptions.DEFAULT);
    }

    /** Events published so far: the whole trace once indexed. */
    public long eventCount() {
        return index.eventCount();
    }

    /** Fills {@code e} with event {@code n} (0 &lt;= n &lt; {@link #eventCount()}); for the UI thread. */
    public synchronized TraceEvent event(long n, TraceEvent e) {
        try {
            if (rows == null || rows.nextSeq() != n) {
                closeRows();
                rows = index.events(n);
            }
            if (!rows.next(e)) {
                throw new IllegalArgumentException("no event " + n);
            }
            return e;
        } catch (IOException ex) {
            closeRows();
            throw new UncheckedIOException(ex);
        }
    }

    /** A copy of event {@code n}. */
    public TraceEvent event(long n) {
        return event(n, new TraceEvent()).copy();
    }

    /** A reader of the events from {@code from} on, for a background job (the caller closes it). */
    public TraceIndex.EventReader openEvents(long from) throws IOException {
        return index.events(from);
    }

    private void closeRows() {
        if (rows != null) {
            try {
                rows.close();
            } catch (IOException ignored) {
                // a reader holds nothing worth reporting
            }
            rows = null;
        }
    }

    /** The violations with their messages, in event order (the first ones the index kept). */
    public List<Violation> violations() {
        return index.firstViolations();
    }

    public long violationCount() {
        return index.violationCount();
    }

    /** Whether event {@code n} broke a rule (as far as the index knows so far). */
    public synchronized boolean hasViolation(long n) {
        return search().violationCount(n, n) > 0;
    }

    /**
     * Builds (or loads from the cache) the core index of the trace. Call once, off the UI thread;
     * cancelling the monitor stops it.
     */
    public void index(ProgressMonitor monitor) {
        try {
            TraceIndex built = index.build(monitor);
            synchronized (this) {
                if (built != index) { // a damaged cache was replaced: readers move to the new index
                    closeRows();
                    closeSearch();
                    index = built;
                }
                if (closed) {
                    built.close();
                    return;
                }
            }
        } catch (IndexCanceledException ex) {
            error = "indexing cancelled";
        } catch (IOException | RuntimeException ex) {
            error = ex.getMessage() == null ? ex.toString() : ex.getMessage();
        } finally {
            complete = true;
        }
    }

    private TraceCursor search() {
        if (search == null) {
            search = index.cursor();
        }
        return search;
    }

    private void closeSearch() {
        if (search != null) {
            search.close();
            search = null;
        }
    }

    /** The next event after {@code from} (before it, {@code direction} -1) of a device and queue, or -1. */
    public synchronized long nextInQueue(long from, int device, int queue, int direction) {
        TraceCursor c = search();
        c.seek(Math.max(-1, Math.min(from, c.eventCount() - 1)));
        boolean found = direction > 0 ? c.nextInQueue(device, queue) : c.previousInQueue(device, queue);
        return found ? c.position() : -1;
    }

    /** The event of the next violation after ({@code direction} 1) or before (-1) {@code from}, or -1. */
    public synchronized long nextViolation(long from, int direction) {
        TraceCursor c = search();
        c.seek(Math.max(-1, Math.min(from, c.eventCount() - 1)));
        boolean found = direction > 0 ? c.nextViolation() : c.previousViolation();
        return found ? c.position() : -1;
    }

    /** The first event at or after time {@code t}, or the last event when none is that late. */
    public synchronized long atTime(long t) {
        TraceCursor c = search();
        return c.seekTime(t) ? c.position() : c.eventCount() - 1;
    }

    /** Closes the index (its event cache reader) and cursors; the session must not be used after. */
    @Override
    public synchronized void close() {
        closed = true;
        closeRows();
        closeSearch();
        try {
            index.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
