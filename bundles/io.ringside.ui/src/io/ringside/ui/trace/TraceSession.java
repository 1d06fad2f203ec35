package io.ringside.ui.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.engine.Replay;
import io.ringside.core.index.IndexCanceledException;
import io.ringside.core.index.IndexOptions;
import io.ringside.core.index.TraceIndex;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceFormat;
import io.ringside.core.trace.TraceFormatException;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.util.ProgressMonitor;
import io.ringside.qemu.QemuLogFormat;
import io.ringside.qemu.QemuOptions;

/**
 * An open trace in the workbench. Opening reads the header only. {@link #preview} then reads the first
 * {@link #PREVIEW} events straight from the file (milliseconds), so the editor shows rows and can step
 * at once; {@link #index} builds or loads the core checkpoint index ({@link TraceIndex}: binary event
 * cache, persisted and validated block table, checkpoints, violations). From then on events, cursors and searches go through the index. Both run
 * off the UI thread; everything else reads what they have published so far. No SWT in here.
 */
public final class TraceSession implements AutoCloseable {

    /** Events read straight from the file for the first page, before the index is ready. */
    public static final int PREVIEW = 16_384;
    /** Events between two replay checkpoints of the preview. */
    public static final int CHECKPOINT = 2048;

    private final Path file;
    private final TraceFormat format;
    private final DeviceModels models;
    private final TraceHeader header;
    private EventSource source;
    private final EventStore preview = new EventStore();
    private final List<Replay> previewCheckpoints = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean previewDone;
    private volatile TraceIndex index;
    /** Cursor for searches from the UI thread (queue, violation, time); never shown. */
    private io.ringside.core.index.TraceCursor search;
    /** Reader for the table's rows (UI thread), kept while rows are read in order. */
    private TraceIndex.EventReader rows;
    private volatile boolean complete;
    private volatile boolean closed;
    private volatile String error;
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

    private TraceSession(Path file, TraceFormat format, DeviceModels models, EventSource source) {
        this.file = file;
        this.format = format;
        this.models = models;
        this.source = source;
        this.header = source.header();
        previewCheckpoints.add(newReplay()); // the state before the first event
    }

    /** Opens a trace and reads its header; {@link #preview} and {@link #index} read the events. */
    public static TraceSession open(Path file) throws IOException {
        return open(file, QemuOptions.DEFAULT);
    }

    /** {@link #open(Path)} with the device settings of a QEMU log (ignored for other traces). */
    public static TraceSession open(Path file, QemuOptions qemu) throws IOException {
        TraceFormat f = Formats.probe(file);
        if (f instanceof QemuLogFormat && qemu.hasDeviceSettings()) {
            f = new QemuLogFormat(qemu);
        }
        if (f == null) {
            throw new TraceFormatException(file.toString(), 1, 0,
                    "not a trace Ringside reads (a .rstrace file or a QEMU -trace log)");
        }
        DeviceModels models = Formats.models();
        EventSource src = f.open(file, models);
        return new TraceSession(file, f, models, src);
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

    /** Whether the core index is ready (events, cursors and violations come from it). */
    public boolean isIndexed() {
        return index != null;
    }

    /** The core index, or null while it is being built. */
    public TraceIndex index() {
        return index;
    }

    /** Whether indexing and the statistics pass have ended (successfully or not: see {@link #error()}). */
    public boolean isComplete() {
        return complete;
    }

    /** Whether the first events have been read (or the file has fewer than {@link #PREVIEW}). */
    public boolean isPreviewed() {
        return previewDone;
    }

    /** Why indexing stopped early, or null. */
    public String error() {
        return error;
    }

    public List<String> warnings() {
        synchronized (warnings) {
            return new ArrayList<>(warnings);
        }
    }

    /** A new replay of the header's devices in their initial state. */
    public Replay newReplay() {
        return models.replay(header, CheckOptions.DEFAULT);
    }

    /** Events known: the whole trace once indexed, else those read for the first page so far. */
    public long eventCount() {
        TraceIndex ix = index;
        return ix != null ? ix.eventCount() : preview.size();
    }

    /**
     * A cursor over what is known: the core index's cursor once the trace is indexed, else a cursor
     * over the first page of events (callers replace it when {@link #isIndexed()} turns true).
     */
    public TraceCursor newCursor() {
        TraceIndex ix = index;
        if (ix != null) {
            return new IndexedCursor(ix.cursor());
        }
        return new CheckpointCursor(preview, previewCheckpoints, CHECKPOINT);
    }

    /** Fills {@code e} with event {@code n} (0 &lt;= n &lt; {@link #eventCount()}); for the UI thread. */
    public synchronized TraceEvent event(long n, TraceEvent e) {
        TraceIndex ix = index;
        if (ix == null) {
            return preview.get(n, e);
        }
        try {
            if (rows == null || rows.nextSeq() != n) {
                closeRows();
                rows = ix.events(n);
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

    /** Events read in order (from the index's event cache, or from the first page before it is ready). */
    public interface Events extends java.io.Closeable {

        /** Fills the next event; false at the end. */
        boolean next(TraceEvent e) throws IOException;

        /** Number of the event the next call returns. */
        long nextSeq();

        @Override
        void close() throws IOException;
    }

    /** A reader of the events from {@code from} on, for a background job (the caller closes it). */
    public Events openEvents(long from) throws IOException {
        TraceIndex ix = index;
        if (ix != null) {
            TraceIndex.EventReader r = ix.events(from);
            return new Events() {
                @Override
                public boolean next(TraceEvent e) throws IOException {
                    return r.next(e);
                }

                @Override
                public long nextSeq() {
                    return r.nextSeq();
                }

                @Override
                public void close() throws IOException {
                    r.close();
                }
            };
        }
        long size = preview.size();
        return new Events() {
            private long next = from;

            @Override
            public boolean next(TraceEvent e) {
                if (next >= size) {
                    return false;
                }
                preview.get(next++, e);
                return true;
            }

            @Override
            public long nextSeq() {
                return next;
            }

            @Override
            public void close() {
            }
        };
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
        TraceIndex ix = index;
        return ix == null ? List.of() : ix.firstViolations();
    }

    public long violationCount() {
        TraceIndex ix = index;
        return ix == null ? 0 : ix.violationCount();
    }

    /** Whether event {@code n} broke a rule (false while not indexed). */
    public synchronized boolean hasViolation(long n) {
        return index != null && search().violationCount(n, n) > 0;
    }

    /**
     * Reads the first {@link #PREVIEW} events straight from the file, replaying them for the preview
     * cursor. Cheap (no index); call off the UI thread before {@link #index}.
     */
    public void preview() {
        Replay replay = previewCheckpoints.get(0).copy();
        TraceEvent e = new TraceEvent();
        long n = 0;
        try (EventSource src = source) {
            while (n < PREVIEW && !closed && src.next(e)) {
                e.seq(n);
                preview.add(e);
                replay.apply(e, io.ringside.core.check.ViolationSink.IGNORE);
                n++;
                if (n % CHECKPOINT == 0) {
                    previewCheckpoints.add(replay.copy());
                }
            }
        } catch (IOException | RuntimeException ex) {
            // the index reports errors with their line; the preview just ends here
        } finally {
            source = null;
            previewDone = true;
        }
    }

    /**
     * Builds (or loads from the cache) the core index of the trace. Call once, off the UI thread;
     * cancelling the monitor stops it.
     */
    public void index(ProgressMonitor monitor) {
        try {
            TraceIndex ix = TraceIndex.open(file, format, models, CheckOptions.DEFAULT, IndexOptions.defaults(), monitor);
            synchronized (this) {
                if (closed) {
                    ix.close();
                    return;
                }
                warnings.addAll(ix.warnings());
                index = ix;
            }
        } catch (IndexCanceledException ex) {
            error = "indexing cancelled";
        } catch (IOException | RuntimeException ex) {
            error = ex.getMessage() == null ? ex.toString() : ex.getMessage();
        } finally {
            complete = true;
        }
    }

    private io.ringside.core.index.TraceCursor search() {
        if (search == null) {
            search = index.cursor();
        }
        return search;
    }

    /** The next event after {@code from} (before it, {@code direction} -1) of a device and queue, or -1. */
    public synchronized long nextInQueue(long from, int device, int queue, int direction) {
        if (index == null) {
            long size = preview.size();
            for (long i = from + direction; i >= 0 && i < size; i += direction) {
                if (preview.queue(i) == queue && preview.device(i) == device) {
                    return i;
                }
            }
            return -1;
        }
        io.ringside.core.index.TraceCursor c = search();
        c.seek(Math.max(-1, Math.min(from, index.eventCount() - 1)));
        boolean found = direction > 0 ? c.nextInQueue(device, queue) : c.previousInQueue(device, queue);
        return found ? c.position() : -1;
    }

    /** The event of the next violation after ({@code direction} 1) or before (-1) {@code from}, or -1. */
    public synchronized long nextViolation(long from, int direction) {
        if (index == null) {
            return -1;
        }
        io.ringside.core.index.TraceCursor c = search();
        c.seek(Math.max(-1, Math.min(from, index.eventCount() - 1)));
        boolean found = direction > 0 ? c.nextViolation() : c.previousViolation();
        return found ? c.position() : -1;
    }

    /** The first event at or after time {@code t}, or the last event when none is that late. */
    public synchronized long atTime(long t) {
        if (index == null) {
            return Math.min(preview.atTime(t), preview.size() - 1);
        }
        io.ringside.core.index.TraceCursor c = search();
        return c.seekTime(t) ? c.position() : index.eventCount() - 1;
    }

    /** Closes the index (its event cache reader) and cursors; the session must not be used after. */
    @Override
    public synchronized void close() {
        closed = true;
        closeRows();
        if (search != null) {
            search.close();
            search = null;
        }
        if (index != null) {
            try {
                index.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
