package io.ringside.debug;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.engine.Replay;
import io.ringside.core.trace.EventSink;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.EventType;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.util.ProgressMonitor;

/**
 * A {@link Timeline} whose events are appended by a producer (a trace being read, the emulator running)
 * and kept in memory in a compact encoding (time, a packed word for type/device/queue/present fields,
 * then only the present field values: about 50 bytes per event). Each appended event is replayed once
 * to record the violations and a checkpoint of the replay state every {@link #checkpointInterval()}
 * events, so {@link #stateAfter(long)} replays at most one interval.
 * <p>
 * Live producers are throttled: {@link #accept(TraceEvent)} blocks while the producer is more than
 * {@code lookahead} events ahead of what a reader asked for with {@link #await}, so a debugger that is
 * suspended also suspends the emulator that feeds it. Until the checkpoint cursor of
 * {@code io.ringside.core.index} is available to the IDE this is the store of the debugger.
 */
public final class RecordedTimeline implements Timeline, EventSink {

    /** Largest number of events kept (about 3 GB at worst); the producer fails beyond. */
    public static final long MAX_EVENTS = 60_000_000L;
    static final int CHUNK = 1 << 20;
    static final int MAX_CHECKPOINTS = 2048;

    private final String name;
    private final TraceHeader header;
    private final DeviceModels models;
    private final CheckOptions options;

    // event store
    private final List<long[]> chunks = new ArrayList<>();
    private long[] starts = new long[1024]; // event -> position in the chunk list
    private long used; // longs used in total (positions are chunk * CHUNK + offset)
    private long size;
    private final Map<Long, String> notes = new HashMap<>();
    private final List<EventType> types = new ArrayList<>();
    private final Map<EventType, Integer> typeIndex = new IdentityHashMap<>();

    // replay of appended events
    private final Replay head;
    private final List<Replay> checkpoints = new ArrayList<>();
    private long interval = 256;
    private final TreeMap<Long, List<Violation>> violations = new TreeMap<>();
    private long violationCount;
    private long pendingSeq;

    // producer control
    private boolean complete;
    private String failure;
    private long demand;
    private final long lookahead;
    private boolean closed;

    /**
     * @param lookahead how far a live producer may run ahead of the furthest event a reader asked for;
     *            {@link Long#MAX_VALUE} for producers that should never block (files)
     */
    public RecordedTimeline(String name, TraceHeader header, DeviceModels models, CheckOptions options, long lookahead) {
        this.name = name;
        this.header = header;
        this.models = models;
        this.options = options;
        this.lookahead = lookahead;
        this.head = models.replay(header, options);
        this.checkpoints.add(head.copy());
    }

    /** Reads a whole source into a new timeline on the calling thread (tests, the command line). */
    public static RecordedTimeline read(EventSource src, DeviceModels models, CheckOptions options,
            ProgressMonitor monitor) throws IOException {
        RecordedTimeline t = new RecordedTimeline(src.name(), src.header(), models, options, Long.MAX_VALUE);
        t.load(src, monitor);
        return t;
    }

    /**
     * Appends every event of a source and completes the timeline (call on a producer thread). Read errors
     * complete the timeline with a {@link #failure()} and are rethrown.
     */
    public void load(EventSource src, ProgressMonitor monitor) throws IOException {
        TraceEvent e = new TraceEvent();
        monitor.begin("Reading " + src.name(), -1);
        try {
            while (src.next(e)) {
                accept(e);
                if ((e.seq() & 0xfff) == 0) {
                    if (monitor.isCanceled()) {
                        fail("canceled after " + size() + " events");
                        return;
                    }
                    monitor.worked(size());
                }
            }
            finish();
        } catch (IOException | RuntimeException ex) {
            fail(ex.getMessage() == null ? ex.toString() : ex.getMessage());
            throw ex;
        } finally {
            monitor.done();
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public TraceHeader header() {
        return header;
    }

    @Override
    public DeviceModels models() {
        return models;
    }

    public CheckOptions options() {
        return options;
    }

    /** Events between checkpoints (grows with the trace so at most {@value #MAX_CHECKPOINTS} are kept). */
    public synchronized long checkpointInterval() {
        return interval;
    }

    // ---------------------------------------------------------------- producer side

    /**
     * Appends one event (its seq is renumbered to the next position). Blocks a live producer that is too
     * far ahead of the readers; throws {@link IOException} when the timeline was closed meanwhile, which
     * stops the producer.
     */
    @Override
    public void accept(TraceEvent e) throws IOException {
        synchronized (this) {
            while (!closed && lookahead != Long.MAX_VALUE && size > demand + lookahead) {
                try {
                    wait(200);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted");
                }
            }
            if (closed) {
                throw new IOException("the debug session of " + name + " ended");
            }
            if (complete) {
                throw new IllegalStateException("timeline already complete");
            }
            if (size >= MAX_EVENTS) {
                throw new IOException("more than " + MAX_EVENTS + " events: too long to debug in memory");
            }
            long seq = size;
            e.seq(seq);
            encode(e);
            pendingSeq = seq;
            head.apply(e, this::record);
            size++;
            if (size % interval == 0) {
                checkpoints.add(head.copy());
                if (checkpoints.size() > MAX_CHECKPOINTS) {
                    thin();
                }
            }
            notifyAll();
        }
    }

    private void record(Violation v) {
        long at = v.event() >= 0 && v.event() <= pendingSeq ? v.event() : pendingSeq;
        violations.computeIfAbsent(at, k -> new ArrayList<>(2)).add(v);
        violationCount++;
    }

    private void thin() {
        List<Replay> kept = new ArrayList<>();
        for (int i = 0; i < checkpoints.size(); i += 2) {
            kept.add(checkpoints.get(i));
        }
        checkpoints.clear();
        checkpoints.addAll(kept);
        interval *= 2;
    }

    /** No more events: runs the end-of-trace checks and wakes readers. */
    public synchronized void finish() {
        if (complete) {
            return;
        }
        if (size > 0) {
            pendingSeq = size - 1;
            head.copy().finish(size - 1, this::record);
        }
        complete = true;
        notifyAll();
    }

    /** Ends the timeline early with a reason (read error, producer failure, cancel). */
    public synchronized void fail(String reason) {
        if (!complete) {
            failure = reason;
            complete = true;
            notifyAll();
        }
    }

    // ---------------------------------------------------------------- encoding

    private void encode(TraceEvent e) {
        Integer ti = typeIndex.get(e.type());
        if (ti == null) {
            ti = types.size();
            types.add(e.type());
            typeIndex.put(e.type(), ti);
        }
        int present = e.presentMask() & 0xfff;
        int need = 2 + Integer.bitCount(present);
        int chunk = (int) (used / CHUNK);
        int off = (int) (used % CHUNK);
        if (chunk >= chunks.size() || off + need > CHUNK) {
            chunks.add(new long[CHUNK]); // an event never straddles two chunks
            chunk = chunks.size() - 1;
            off = 0;
            used = (long) chunk * CHUNK;
        }
        long[] c = chunks.get(chunk);
        if (size == starts.length) {
            starts = java.util.Arrays.copyOf(starts, starts.length * 2);
        }
        starts[(int) size] = used;
        c[off] = e.time();
        c[off + 1] = ((long) ti << 48) | ((long) ((e.device() + 1) & 0xffff) << 32) | ((long) ((e.queue() + 1) & 0xffff) << 16)
                | present;
        int k = off + 2;
        for (int s = 0; s < 12; s++) {
            if ((present & (1 << s)) != 0) {
                c[k++] = e.get(s);
            }
        }
        used += need;
        if (e.note() != null) {
            notes.put(size, e.note());
        }
    }

    @Override
    public synchronized TraceEvent event(long seq, TraceEvent into) {
        if (seq < 0 || seq >= size) {
            throw new IndexOutOfBoundsException("event " + seq + " of " + size);
        }
        long p = starts[(int) seq];
        long[] c = chunks.get((int) (p / CHUNK));
        int off = (int) (p % CHUNK);
        long meta = c[off + 1];
        into.reset(types.get((int) (meta >>> 48)));
        into.seq(seq).time(c[off]);
        into.device((int) ((meta >>> 32) & 0xffff) - 1).queue((int) ((meta >>> 16) & 0xffff) - 1);
        int present = (int) (meta & 0xfff);
        int k = off + 2;
        for (int s = 0; s < 12; s++) {
            if ((present & (1 << s)) != 0) {
                into.set(s, c[k++]);
            }
        }
        into.note(notes.get(seq));
        return into;
    }

    // ---------------------------------------------------------------- reader side

    @Override
    public synchronized long size() {
        return size;
    }

    @Override
    public synchronized boolean complete() {
        return complete;
    }

    @Override
    public synchronized String failure() {
        return failure;
    }

    @Override
    public boolean await(long seq, long timeoutMillis) throws InterruptedException {
        long end = System.nanoTime() + timeoutMillis * 1_000_000L;
        synchronized (this) {
            if (seq > demand) {
                demand = seq;
                notifyAll();
            }
            while (seq >= size && !complete && !closed) {
                long left = (end - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return false;
                }
                wait(Math.min(left, 200));
            }
            return seq < size;
        }
    }

    @Override
    public Replay stateAfter(long seq) {
        Replay r;
        long from;
        synchronized (this) {
            if (seq >= size) {
                throw new IndexOutOfBoundsException("event " + seq + " of " + size);
            }
            int cp = (int) Math.min(checkpoints.size() - 1, (seq + 1) / interval);
            r = checkpoints.get(cp).copy();
            from = cp * interval;
        }
        TraceEvent e = new TraceEvent();
        for (long s = from; s <= seq; s++) {
            r.apply(event(s, e), io.ringside.core.check.ViolationSink.IGNORE);
        }
        return r;
    }

    @Override
    public synchronized List<Violation> violations(long seq) {
        List<Violation> l = violations.get(seq);
        return l == null ? List.of() : List.copyOf(l);
    }

    @Override
    public synchronized long nextViolation(long seq) {
        Long k = violations.higherKey(seq);
        return k == null ? -1 : k;
    }

    @Override
    public synchronized long previousViolation(long seq) {
        Long k = violations.lowerKey(seq);
        return k == null ? -1 : k;
    }

    @Override
    public synchronized long violationCount() {
        return violationCount;
    }

    /** Bytes held by the event store (for the docs and the Debug view's label). */
    public synchronized long storeBytes() {
        return (long) chunks.size() * CHUNK * 8 + starts.length * 8L;
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }
}
