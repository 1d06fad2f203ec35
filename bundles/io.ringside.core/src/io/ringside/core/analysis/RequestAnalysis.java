package io.ringside.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.ringside.core.engine.DeviceModel;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceHeader;

/**
 * Request-level analysis of a trace: every device's events go through its model's {@link Lifecycle},
 * whose steps this class turns into {@link Metrics} per queue and epoch ({@link #queues()}), for the whole
 * trace ({@link #overall()}) and, with a window length, per time window (a {@link WindowListener} gets
 * each window as it ends, so a series of any length costs no memory).
 * <p>
 * Use: {@code RequestAnalysis a = RequestAnalysis.of(header, models, 0, null);}, then
 * {@link #apply(TraceEvent)} for every event in trace order (the replay's loop), {@link #finish()}, and
 * read {@link #queues()} / {@link #overall()} ({@link #toMap(Metrics)} gives the {@code stats --json}
 * form). Memory: per queue in flight at most {@link InFlight#MAX} requests; histograms grow with the range
 * of the latencies, not their number; those of queue epochs that ended are kept up to
 * {@link #HISTOGRAM_BUDGET} bytes, and beyond it reduced to their summaries (count, extremes, mean, p50,
 * p90, p99, p99.9). Applying an event allocates nothing (tables grow by doubling a few times in a run).
 */
public final class RequestAnalysis {

    /** Receives each time window's metrics when it ends: every queue active in it, then the whole trace. */
    public interface WindowListener {
        /**
         * @param analysis the analysis (for {@link RequestAnalysis#toMap})
         * @param start window start, ns from the trace's first event
         * @param m the window's metrics (valid during the call only; {@link Metrics#queue()} -1 for the
         *            whole trace)
         */
        void window(RequestAnalysis analysis, long start, Metrics m) throws java.io.IOException;
    }

    /** Bytes of histograms of ended queue epochs kept whole (an eighth of the heap, at most 64 MiB). */
    public static final long HISTOGRAM_BUDGET = Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 8);

    /** Pending completions kept per queue for the interrupt and consume latencies. */
    static final int MAX_PENDING = 1 << 16;
    /** Fetch ordinals remembered for the out-of-order count (completions this far behind the oldest). */
    static final int ORDER_WINDOW = 1 << 16;

    private final Dev[] devs;
    private final int[] ids;
    private final Metrics overall;
    private final Metrics overallWindow;
    private final Series series = new Series();
    private final long window;
    private final WindowListener listener;
    private final List<Segment> windowActive = new ArrayList<>();
    private long t0 = -1;
    private long windowStart;
    private long windowEnd;
    private long now = Long.MIN_VALUE;
    private boolean timed;
    private boolean micro = true;
    private boolean finished;
    private long kept; // bytes of histograms of ended queue epochs kept whole

    private RequestAnalysis(List<Dev> devices, long window, WindowListener listener) {
        this.devs = devices.toArray(new Dev[0]);
        this.ids = new int[devs.length];
        int steps = 0;
        int kinds = 0;
        for (int i = 0; i < devs.length; i++) {
            ids[i] = devs[i].id;
            steps |= devs[i].steps;
            kinds |= devs[i].kinds;
        }
        this.overall = new Metrics(-1, -1, -1, steps, kinds, null);
        this.window = window;
        this.listener = listener;
        this.overallWindow = window > 0 ? new Metrics(-1, -1, -1, steps, kinds, null) : null;
        for (Dev d : devs) {
            d.owner = this;
        }
    }

    /**
     * An analysis of a trace with this header: each device gets the lifecycle of the first model that
     * accepts it (a device whose model has none is left out).
     *
     * @param windowNs window length for the series, 0 for none
     * @param listener receives the windows (null: none)
     */
    public static RequestAnalysis of(TraceHeader header, List<? extends DeviceModel> models, long windowNs,
            WindowListener listener) {
        if (windowNs < 0) {
            throw new IllegalArgumentException("the window must be positive");
        }
        List<Dev> devs = new ArrayList<>();
        for (DeviceInfo d : header.devices()) {
            for (DeviceModel m : models) {
                if (m.accepts(d, header.level())) {
                    Lifecycle lc = m.lifecycle(d, header.level());
                    if (lc != null) {
                        devs.add(new Dev(d.id(), lc));
                    }
                    break;
                }
            }
        }
        return new RequestAnalysis(devs, windowNs, listener);
    }

    /** Applies one event (in trace order). */
    public void apply(TraceEvent e) throws java.io.IOException {
        long t = e.time();
        if (t != 0) {
            timed = true;
            if (t % 1000 != 0) {
                micro = false;
            }
        }
        if (t < now) {
            t = now; // time never runs backwards here: latencies, depth and windows stay consistent
        }
        now = t;
        if (t0 < 0) {
            t0 = t;
            if (window > 0) {
                windowStart = t;
                windowEnd = t + window;
                overallWindow.window(windowStart, windowEnd);
            }
        } else if (window > 0 && t >= windowEnd) {
            roll(t);
        }
        int d = e.device();
        if (d == TraceEvent.NONE) {
            return;
        }
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == d) {
                devs[i].lc.apply(e, devs[i]);
                return;
            }
        }
    }

    /**
     * Ends the analysis: the last window is reported; queues of the current epochs stay open. The
     * latencies of the whole trace ({@link #overall()}) and of the queues over their epochs
     * ({@link #queueTotals()}) are there from now on: they are the queue epochs' added up (cheaper than
     * recording every value twice).
     */
    public void finish() throws java.io.IOException {
        if (finished) {
            return;
        }
        finished = true;
        if (window > 0 && t0 >= 0) {
            emitWindow();
        }
        for (Dev d : devs) {
            for (Segment s : d.open) {
                if (s != null) {
                    d.total(s.m);
                }
            }
            for (Metrics m : d.totals) { // the whole trace's latencies: every queue's, each added once
                if (m != null) {
                    overall.addLatencies(m);
                }
            }
        }
    }

    /** Whether any event has a time (traces without times have no rates or latencies). */
    public boolean timed() {
        return timed;
    }

    /** The trace's time resolution: 1000 when every time is a whole microsecond (QEMU logs), else 1. */
    public long quantum() {
        return micro ? 1000 : 1;
    }

    /** Time of the first event (windows count from it), -1 before any. */
    public long start() {
        return t0;
    }

    public Metrics overall() {
        return overall;
    }

    /** Every device's queues and epochs, by device, then epoch, queue and occurrence. */
    public List<Metrics> queues() {
        List<Metrics> all = new ArrayList<>();
        for (Dev d : devs) {
            all.addAll(d.queues());
        }
        return all;
    }

    /** One device's queues and epochs (by epoch, queue, occurrence), or an empty list. */
    public List<Metrics> queues(int deviceId) {
        for (Dev d : devs) {
            if (d.id == deviceId) {
                return d.queues();
            }
        }
        return List.of();
    }

    /**
     * The metrics of one queue's epoch as a device engine's {@code queueStats()} entries name it (queue,
     * epoch, and how many entries of that queue and epoch came before it), or empty metrics of that device
     * when no lifecycle step concerned the queue then (null for a device without a lifecycle).
     */
    public Metrics queue(int deviceId, int queue, int epoch, int occurrence) {
        for (Dev d : devs) {
            if (d.id == deviceId) {
                for (Metrics m : d.closed) {
                    if (m.queue == queue && m.epoch == epoch && m.occurrence == occurrence) {
                        return m;
                    }
                }
                Segment s = queue >= 0 && queue < d.open.length ? d.open[queue] : null;
                if (s != null && s.m.epoch == epoch && s.m.occurrence == occurrence) {
                    return s.m;
                }
                return new Metrics(deviceId, queue, epoch, d.steps, d.kinds, d.lc);
            }
        }
        return null;
    }

    /**
     * The metrics of each entry of a device engine's {@code queueStats()}, in their order (see
     * {@link #queue}): entries name their queue by {@code queue} and their epoch by {@code epoch} (0 when
     * absent); a queue and epoch named again is its next occurrence.
     */
    public List<Metrics> matching(int deviceId, List<java.util.Map<String, Object>> entries) {
        List<Metrics> out = new ArrayList<>();
        java.util.Map<Long, Integer> seen = new java.util.HashMap<>();
        for (java.util.Map<String, Object> q : entries) {
            int queue = ((Number) q.get("queue")).intValue();
            int epoch = q.get("epoch") instanceof Number n ? n.intValue() : 0;
            int occurrence = seen.merge((long) queue << 32 | epoch & 0xffffffffL, 1, Integer::sum) - 1;
            out.add(queue(deviceId, queue, epoch, occurrence));
        }
        return out;
    }

    /**
     * Every device's queues over all their epochs (epoch -1; complete after {@link #finish()}), by device
     * and queue: what runs of the same workload are compared by.
     */
    public List<Metrics> queueTotals() {
        List<Metrics> all = new ArrayList<>();
        for (Dev d : devs) {
            for (Metrics m : d.totals) {
                if (m != null) {
                    all.add(m);
                }
            }
        }
        return all;
    }

    /** The whole trace over time, at a resolution that fits its length ({@link Series}). */
    public Series series() {
        return series;
    }

    /** {@link Metrics#toMap} with this trace's resolution and timing. */
    public java.util.Map<String, Object> toMap(Metrics m) {
        return m.toMap(quantum(), timed);
    }

    // ---------------------------------------------------------------- windows

    private void roll(long t) throws java.io.IOException {
        while (t >= windowEnd) {
            emitWindow();
            windowStart = windowEnd;
            windowEnd += window;
            int keep = 0;
            for (Segment s : windowActive) {
                s.w.window(windowStart, windowEnd);
                s.windowActive = s.open && s.w.depth > 0;
                if (s.windowActive) {
                    windowActive.set(keep++, s);
                }
            }
            while (windowActive.size() > keep) {
                windowActive.remove(windowActive.size() - 1);
            }
            overallWindow.window(windowStart, windowEnd);
        }
    }

    private void emitWindow() throws java.io.IOException {
        if (listener == null) {
            return;
        }
        long rel = windowStart - t0;
        for (Segment s : windowActive) {
            listener.window(this, rel, s.w);
            overallWindow.addLatencies(s.w);
        }
        listener.window(this, rel, overallWindow);
    }

    // ---------------------------------------------------------------- one queue's epoch

    static final class Segment {
        final Metrics m;
        final Metrics w; // this window's, or null
        final int occurrence;
        boolean open = true;
        boolean windowActive;
        InFlight inFlight;
        LongRing submits; // (time, count) pairs, in order
        LongRing toInterrupt; // completion times
        LongRing toConsume; // (completion time, submit time) pairs
        long[] done; // completed fetch ordinals, a bit each, from 'oldest'
        long nextOrdinal;
        long oldest;
        boolean lost; // more than InFlight.MAX in flight: requests not tracked any more

        Segment(Metrics m, Metrics w, int occurrence, int steps) {
            this.m = m;
            this.w = w;
            this.occurrence = occurrence;
            if (has(steps, Step.FETCH) && has(steps, Step.COMPLETE)) {
                inFlight = new InFlight();
                done = new long[ORDER_WINDOW / 64];
            }
            if (has(steps, Step.SUBMIT) && has(steps, Step.FETCH)) {
                submits = new LongRing(2 * MAX_PENDING);
            }
            if (has(steps, Step.COMPLETE) && has(steps, Step.INTERRUPT)) {
                toInterrupt = new LongRing(MAX_PENDING);
            }
            if (has(steps, Step.COMPLETE) && has(steps, Step.CONSUME)) {
                toConsume = new LongRing(2 * MAX_PENDING);
            }
        }

        /** Marks a fetch ordinal completed; returns whether it was the oldest in flight. */
        boolean complete(long ord) {
            boolean inOrder = ord == oldest;
            if (ord >= oldest && ord - oldest < ORDER_WINDOW) {
                int b = (int) (ord & ORDER_WINDOW - 1);
                done[b >>> 6] |= 1L << b;
            }
            while (oldest < nextOrdinal) {
                int b = (int) (oldest & ORDER_WINDOW - 1);
                if ((done[b >>> 6] & 1L << b) == 0) {
                    break;
                }
                done[b >>> 6] &= ~(1L << b);
                oldest++;
            }
            return inOrder;
        }

        /** A new fetch ordinal; the oldest is given up when it falls too far behind. */
        long nextOrdinal() {
            long ord = nextOrdinal++;
            while (nextOrdinal - oldest > ORDER_WINDOW) {
                complete(oldest);
            }
            return ord;
        }

        void release() {
            open = false;
            inFlight = null;
            submits = toInterrupt = toConsume = null;
            done = null;
        }
    }

    private static boolean has(int steps, Step s) {
        return (steps & s.bit()) != 0;
    }

    // ---------------------------------------------------------------- one device: the sink of its lifecycle

    static final class Dev implements LifecycleSink {
        final int id;
        final Lifecycle lc;
        final int steps;
        final int kinds;
        RequestAnalysis owner;
        int epoch;
        boolean shadow;
        Segment[] open = new Segment[4];
        int[] occurrences = new int[4];
        final List<Metrics> closed = new ArrayList<>();
        Metrics[] totals = new Metrics[4]; // per queue, over its epochs
        private final Metrics[] targets = new Metrics[4];
        private int nTargets;

        Dev(int id, Lifecycle lc) {
            this.id = id;
            this.lc = lc;
            this.steps = lc.steps();
            this.kinds = lc.notifications();
        }

        List<Metrics> queues() {
            List<Metrics> l = new ArrayList<>(closed);
            for (Segment s : open) {
                if (s != null) {
                    l.add(s.m);
                }
            }
            l.sort(ORDER);
            return l;
        }

        /** The queue's open segment (opened at its first step), its metrics in {@link #targets}; null for a bad index. */
        private Segment seg(int q, long t) {
            if (q < 0 || q > 0xffff) {
                return null;
            }
            if (q >= open.length) {
                int n = Math.max(q + 1, open.length * 2);
                open = java.util.Arrays.copyOf(open, n);
                occurrences = java.util.Arrays.copyOf(occurrences, n);
            }
            Segment s = open[q];
            if (s == null) {
                s = newSegment(q, t);
            }
            RequestAnalysis a = owner;
            s.m.touch(t);
            a.overall.touch(t);
            targets[0] = s.m;
            targets[1] = a.overall;
            nTargets = 2;
            if (s.w != null) {
                if (!s.windowActive) {
                    s.windowActive = true;
                    a.windowActive.add(s);
                }
                targets[2] = s.w;
                targets[3] = a.overallWindow;
                nTargets = 4;
            }
            return s;
        }

        private Segment newSegment(int q, long t) {
            RequestAnalysis a = owner;
            Metrics m = new Metrics(id, q, epoch, steps, kinds, lc);
            m.occurrence = occurrences[q];
            Metrics w = null;
            if (a.window > 0) {
                w = new Metrics(id, q, epoch, steps, kinds, lc);
                w.occurrence = m.occurrence;
                w.window(a.windowStart, a.windowEnd);
            }
            Segment s = new Segment(m, w, occurrences[q], steps);
            open[q] = s;
            return s;
        }

        private void closeSegment(int q, long t) {
            Segment s = open[q];
            if (s == null) {
                return;
            }
            RequestAnalysis a = owner;
            int left = s.m.depth; // requests still in flight leave the whole trace's depth with the queue
            if (left > 0) {
                a.overall.depth(t, -left);
                if (a.overallWindow != null) {
                    a.overallWindow.depth(t, -left);
                }
                if (s.w != null) {
                    s.w.depth(t, -left);
                }
            }
            s.release();
            total(s.m);
            long bytes = s.m.footprint();
            if (a.kept + bytes <= HISTOGRAM_BUDGET) {
                a.kept += bytes;
            } else {
                s.m.summarize(a.quantum());
            }
            closed.add(s.m);
            open[q] = null;
            occurrences[q]++;
        }

        /**
         * A latency of the queue (and of its window): the whole trace's histograms get the queue's when its
         * epoch ends or the analysis finishes (adding histograms costs less than a second record per value).
         */
        private static void record(Segment s, Metrics.Latency kind, long ns) {
            s.m.record(kind, ns);
            if (s.w != null) {
                s.w.record(kind, ns);
            }
        }

        /** Adds an epoch that ended (or is open at the end) to its queue's totals. */
        void total(Metrics m) {
            if (m.queue >= totals.length) {
                totals = java.util.Arrays.copyOf(totals, Math.max(m.queue + 1, totals.length * 2));
            }
            if (totals[m.queue] == null) {
                totals[m.queue] = new Metrics(id, m.queue, -1, steps, kinds, lc);
            }
            totals[m.queue].addEpoch(m);
        }

        @Override
        public void epoch(long time) {
            long t = owner.now;
            for (int q = 0; q < open.length; q++) {
                closeSegment(q, t);
            }
            java.util.Arrays.fill(occurrences, 0);
            epoch++;
            shadow = false;
        }

        @Override
        public void open(int queue, long time) {
            seg(queue, owner.now);
        }

        @Override
        public void close(int queue, long time) {
            if (queue >= 0 && queue < open.length) {
                closeSegment(queue, owner.now);
            }
        }

        @Override
        public void shadowDoorbells(long time) {
            shadow = true;
        }

        @Override
        public void submit(int queue, long time, int count) {
            long t = owner.now;
            Segment s = seg(queue, t);
            if (s == null || count <= 0) {
                return;
            }
            for (int i = 0; i < nTargets; i++) {
                targets[i].submitted += count;
            }
            if (s.submits != null) {
                s.submits.push2(t, count);
            }
        }

        @Override
        public void notify(int queue, long time, int kind) {
            Segment s = seg(queue, owner.now);
            if (s == null) {
                return;
            }
            boolean mmio = kind == MMIO_SQ || kind == MMIO_CQ;
            boolean reaches = kind == KICK || kind == MMIO_SQ || kind == EVENTFD;
            for (int i = 0; i < nTargets; i++) {
                Metrics m = targets[i];
                m.notifications[kind]++;
                if (mmio) {
                    if (shadow) {
                        m.mmioAfterShadow++;
                    } else {
                        m.mmioBeforeShadow++;
                    }
                }
                if (reaches) {
                    m.kick();
                }
            }
            if (reaches || kind == MMIO_CQ) {
                owner.series.add(owner.now, reaches ? Series.KICKS : Series.MMIO_CQ, 1);
            }
        }

        @Override
        public void fetch(int queue, long time, long key, int op) {
            long t = owner.now;
            Segment s = seg(queue, t);
            if (s == null) {
                return;
            }
            long submitted = -1;
            LongRing sub = s.submits;
            if (sub != null && sub.size() > 0) { // the oldest request made available is the one fetched
                submitted = sub.get(0);
                long left = sub.get(1) - 1;
                if (left > 0) {
                    sub.set(1, left);
                } else {
                    sub.pop();
                    sub.pop();
                }
            }
            boolean tracked = false;
            if (s.inFlight != null && !s.lost) {
                long ord = s.nextOrdinal();
                long old = s.inFlight.put(key, t, submitted, ord);
                if (old == -2) {
                    s.lost = true; // too many in flight: stop tracking this queue's requests
                    s.inFlight.clear();
                } else {
                    tracked = true;
                    if (old >= 0) {
                        s.complete(old); // the earlier request with this key is given up
                    }
                }
            }
            for (int i = 0; i < nTargets; i++) {
                Metrics m = targets[i];
                m.fetched++;
                m.fetchesSinceKick++;
                if (shadow) {
                    m.fetchedAfterShadow++;
                } else {
                    m.fetchedBeforeShadow++;
                }
                if (tracked) {
                    m.depth(t, 1);
                }
                if (op >= 0 && op < 512 && m.ops != null) {
                    m.ops[op]++;
                }
            }
            if (submitted >= 0) {
                record(s, Metrics.Latency.SUBMIT_TO_FETCH, t - submitted);
            }
        }

        @Override
        public void complete(int queue, long time, long key, long bytes) {
            long t = owner.now;
            Segment s = seg(queue, t);
            if (s == null) {
                return;
            }
            int slot = s.inFlight == null ? -1 : s.inFlight.find(key);
            long fetched = -1;
            long submitted = -1;
            boolean outOfOrder = false;
            if (slot >= 0) {
                fetched = s.inFlight.fetchTime(slot);
                submitted = s.inFlight.submitTime(slot);
                outOfOrder = !s.complete(s.inFlight.ordinal(slot));
                s.inFlight.remove(slot);
            }
            for (int i = 0; i < nTargets; i++) {
                Metrics m = targets[i];
                m.completed++;
                m.completionsSinceInterrupt++;
                if (bytes >= 0) {
                    m.bytes += bytes;
                    m.sized++;
                }
                if (slot < 0) {
                    m.unmatched++;
                    continue;
                }
                m.depth(t, -1);
                if (outOfOrder) {
                    m.outOfOrder++;
                }
            }
            Series series = owner.series;
            series.add(t, Series.REQUESTS, 1);
            if (slot >= 0) {
                record(s, Metrics.Latency.DEVICE, t - fetched);
                series.add(t, Series.LATENCY_SUM, t - fetched);
                series.add(t, Series.LATENCY_COUNT, 1);
            }
            if (s.toInterrupt != null) {
                s.toInterrupt.push(t);
            }
            if (s.toConsume != null) {
                s.toConsume.push2(t, submitted);
            }
        }

        @Override
        public void publish(int queue, long time, int count) {
            if (seg(queue, owner.now) == null) {
                return;
            }
            for (int i = 0; i < nTargets; i++) {
                targets[i].published += count;
            }
        }

        @Override
        public void interrupt(int queue, long time, boolean suppressed) {
            long t = owner.now;
            Segment s = seg(queue, t);
            if (s == null) {
                return;
            }
            for (int i = 0; i < nTargets; i++) {
                Metrics m = targets[i];
                if (suppressed) {
                    m.interruptsSuppressed++;
                } else {
                    m.interrupts++;
                    m.interrupt();
                }
            }
            if (!suppressed) {
                owner.series.add(t, Series.INTERRUPTS, 1);
            }
            LongRing r = s.toInterrupt;
            if (suppressed || r == null) {
                return;
            }
            while (r.size() > 0) {
                record(s, Metrics.Latency.COMPLETION_TO_INTERRUPT, t - r.pop());
            }
        }

        @Override
        public void consume(int queue, long time, int count) {
            long t = owner.now;
            Segment s = seg(queue, t);
            if (s == null || count <= 0) {
                return;
            }
            for (int i = 0; i < nTargets; i++) {
                targets[i].consumed += count;
            }
            LongRing r = s.toConsume;
            for (int k = 0; k < count && r != null && r.size() > 0; k++) {
                long c = r.pop();
                long sub = r.pop();
                record(s, Metrics.Latency.COMPLETION_TO_CONSUME, t - c);
                if (sub >= 0) {
                    record(s, Metrics.Latency.SUBMIT_TO_CONSUME, t - sub);
                }
            }
        }

        @Override
        public boolean inFlight(int queue, long key) {
            Segment s = queue >= 0 && queue < open.length ? open[queue] : null;
            return s != null && s.inFlight != null && s.inFlight.find(key) >= 0;
        }
    }

    /** Queues of a device by epoch, queue, occurrence. */
    static final Comparator<Metrics> ORDER = Comparator.comparingInt((Metrics m) -> m.epoch)
            .thenComparingInt(m -> m.queue).thenComparingInt(m -> m.occurrence);
}
