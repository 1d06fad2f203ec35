package io.ringside.ui.trace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.engine.Replay;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceFormat;
import io.ringside.core.trace.TraceFormatException;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.util.ProgressMonitor;

/**
 * An open trace: its header, the events (stored compactly while an indexing pass reads the file), the
 * replay checkpoints, the violations found and sampled queue metrics. Indexing runs once, off the UI
 * thread; everything else reads what indexing has published so far. No SWT in here.
 */
public final class TraceSession {

    /** Events between two replay checkpoints (a step back replays at most this many). */
    public static final int CHECKPOINT = 2048;
    /** Events between two samples of the queue metrics (statistics page). */
    public static final int SAMPLE = 512;
    /** Violations kept (all are counted). */
    public static final int MAX_VIOLATIONS = 100_000;

    private final Path file;
    private final TraceFormat format;
    private final DeviceModels models;
    private final TraceHeader header;
    private EventSource source;
    private final EventStore store = new EventStore();
    private final List<Replay> checkpoints = Collections.synchronizedList(new ArrayList<>());
    private final List<Violation> violations = Collections.synchronizedList(new ArrayList<>());
    private volatile long violationCount;
    private final List<long[]> samples = Collections.synchronizedList(new ArrayList<>());
    private volatile List<QueueProbe.Sample> queues = List.of();
    private volatile List<QueueProbe.Sample> finalCounters = List.of();
    private volatile boolean complete;
    private volatile String error;
    private final List<String> warnings = new ArrayList<>();

    private TraceSession(Path file, TraceFormat format, DeviceModels models, EventSource source) {
        this.file = file;
        this.format = format;
        this.models = models;
        this.source = source;
        this.header = source.header();
        checkpoints.add(newReplay()); // the state before the first event
    }

    /** Opens a trace and reads its header; {@link #index} reads the events. */
    public static TraceSession open(Path file) throws IOException {
        TraceFormat f = Formats.probe(file);
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

    public EventStore store() {
        return store;
    }

    public boolean isComplete() {
        return complete;
    }

    /** Why indexing stopped early, or null. */
    public String error() {
        return error;
    }

    public List<String> warnings() {
        return warnings;
    }

    /** A new replay of the header's devices in their initial state. */
    public Replay newReplay() {
        return models.replay(header, CheckOptions.DEFAULT);
    }

    /** A cursor over what is indexed (valid once {@link #index} has started). */
    public TraceCursor newCursor() {
        return new CheckpointCursor(store, checkpoints, CHECKPOINT);
    }

    /** A copy of the violations found so far, in event order. */
    public List<Violation> violations() {
        synchronized (violations) {
            return new ArrayList<>(violations);
        }
    }

    public long violationCount() {
        return violationCount;
    }

    /** Sampled outstanding counts: each row is {event, outstanding of queue 0, of queue 1, ...}. */
    public List<long[]> occupancy() {
        synchronized (samples) {
            return new ArrayList<>(samples);
        }
    }

    /** Queue labels in the order of the occupancy columns. */
    public List<QueueProbe.Sample> queues() {
        return queues;
    }

    /** Counters per queue at the end of the trace (after indexing). */
    public List<QueueProbe.Sample> finalCounters() {
        return finalCounters;
    }

    /**
     * Reads every event once: stores it, replays it (violations, checkpoints, samples). Call once, off
     * the UI thread; {@code monitor.worked} receives the events read.
     */
    public void index(ProgressMonitor monitor) {
        Replay replay = checkpoints.get(0).copy();
        TraceEvent e = new TraceEvent();
        List<QueueProbe.Sample> probe = new ArrayList<>();
        QueueProbe.sample(replay, probe);
        queues = List.copyOf(probe);
        monitor.begin("Indexing " + file.getFileName(), -1);
        long n = 0;
        try (EventSource src = source) {
            while (src.next(e)) {
                e.seq(n);
                store.add(e);
                replay.apply(e, v -> {
                    violationCount++;
                    if (violations.size() < MAX_VIOLATIONS) {
                        violations.add(v);
                    }
                });
                n++;
                if (n % CHECKPOINT == 0) {
                    checkpoints.add(replay.copy());
                }
                if (n % SAMPLE == 0) {
                    sample(replay, probe, n - 1);
                    monitor.worked(n);
                    if (monitor.isCanceled()) {
                        error = "indexing cancelled after " + n + " events";
                        break;
                    }
                }
            }
            if (error == null) {
                replay.finish(n - 1, v -> {
                    violationCount++;
                    if (violations.size() < MAX_VIOLATIONS) {
                        violations.add(v);
                    }
                });
            }
            warnings.addAll(src.warnings());
        } catch (IOException | RuntimeException ex) {
            error = ex.getMessage() == null ? ex.toString() : ex.getMessage();
        } finally {
            source = null;
            sample(replay, probe, n - 1);
            finalCounters = List.copyOf(probe);
            complete = true;
            monitor.done();
        }
    }

    private void sample(Replay replay, List<QueueProbe.Sample> probe, long event) {
        QueueProbe.sample(replay, probe);
        if (probe.size() != queues.size()) {
            queues = List.copyOf(probe); // queues created by the trace (NVMe)
        }
        long[] row = new long[probe.size() + 1];
        row[0] = event;
        for (int i = 0; i < probe.size(); i++) {
            row[i + 1] = probe.get(i).outstanding();
        }
        samples.add(row);
    }

    /** The next event after {@code from} of a device and queue, or -1 (scans the stored events). */
    public long nextInQueue(long from, int device, int queue, int direction) {
        long size = store.size();
        for (long i = from + direction; i >= 0 && i < size; i += direction) {
            if (store.queue(i) == queue && store.device(i) == device) {
                return i;
            }
        }
        return -1;
    }

    /** The event of the next violation after ({@code direction} 1) or before (-1) {@code from}, or -1. */
    public long nextViolation(long from, int direction) {
        List<Violation> vs = violations();
        long best = -1;
        for (Violation v : vs) {
            long ev = v.event();
            if (direction > 0 && ev > from && (best < 0 || ev < best)) {
                best = ev;
            } else if (direction < 0 && ev < from && ev > best) {
                best = ev;
            }
        }
        return best;
    }
}
