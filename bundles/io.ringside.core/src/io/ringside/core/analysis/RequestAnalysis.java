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
 * <p>
 * This class routes events and time windows; each device's steps are counted by its {@link DeviceSink},
 * each queue epoch's requests matched in a {@link QueueSegment}.
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
    public static final long HISTOGRAM_BUDGET = histogramBudget(Runtime.getRuntime().maxMemory());

    /**
     * An eighth of a heap of {@code maxMemory} bytes, at most 64 MiB, the heap taken as the power of two
     * nearest to it. {@code Runtime.maxMemory()} leaves out a survivor space whose size the collector picks
     * at start, so it differs from one run to the next (248 to 257 MB with {@code -Xmx256m} and the parallel
     * collector), and with the budget, which ended queue epochs keep whole histograms (their CDFs): rounded,
     * one {@code -Xmx} gives one budget.
     */
    static long histogramBudget(long maxMemory) {
        long cap = 64L << 20;
        if (maxMemory <= 0 || maxMemory == Long.MAX_VALUE) {
            return cap;
        }
        long lower = Long.highestOneBit(maxMemory);
        long heap = maxMemory >= lower * Math.sqrt(2) ? lower << 1 : lower;
        return Math.min(cap, heap / 8);
    }

    /** Pending completions kept per queue for the interrupt and consume latencies. */
    static final int MAX_PENDING = 1 << 16;
    /** Fetch ordinals remembered for the out-of-order count (completions this far behind the oldest). */
    static final int ORDER_WINDOW = 1 << 16;

    private final DeviceSink[] devs;
    private final int[] ids;
    // (package-private: read and updated by the devices' sinks, DeviceSink)
    final Metrics overall;
    final Metrics overallWindow;
    final Series series = new Series();
    final long window;
    private final WindowListener listener;
    final List<QueueSegment> windowActive = new ArrayList<>();
    private long t0 = -1;
    long windowStart;
    long windowEnd;
    long now = Long.MIN_VALUE;
    private boolean timed;
    private boolean micro = true;
    private boolean finished;
    long kept; // bytes of histograms of ended queue epochs kept whole

    private RequestAnalysis(List<DeviceSink> devices, long window, WindowListener listener) {
        this.devs = devices.toArray(new DeviceSink[0]);
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
        for (DeviceSink d : devs) {
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
        List<DeviceSink> devs = new ArrayList<>();
        for (DeviceInfo d : header.devices()) {
            for (DeviceModel m : models) {
                if (m.accepts(d, header.level())) {
                    Lifecycle lc = m.lifecycle(d, header.level());
                    if (lc != null) {
                        devs.add(new DeviceSink(d.id(), lc));
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
        for (DeviceSink d : devs) {
            for (QueueSegment s : d.open) {
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
        for (DeviceSink d : devs) {
            all.addAll(d.queues());
        }
        return all;
    }

    /** One device's queues and epochs (by epoch, queue, occurrence), or an empty list. */
    public List<Metrics> queues(int deviceId) {
        for (DeviceSink d : devs) {
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
        for (DeviceSink d : devs) {
            if (d.id == deviceId) {
                for (Metrics m : d.closed) {
                    if (m.queue == queue && m.epoch == epoch && m.occurrence == occurrence) {
                        return m;
                    }
                }
                QueueSegment s = queue >= 0 && queue < d.open.length ? d.open[queue] : null;
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
        for (DeviceSink d : devs) {
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
            for (QueueSegment s : windowActive) {
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
        for (QueueSegment s : windowActive) {
            listener.window(this, rel, s.w);
            overallWindow.addLatencies(s.w);
        }
        listener.window(this, rel, overallWindow);
    }

    /** Queues of a device by epoch, queue, occurrence. */
    static final Comparator<Metrics> ORDER = Comparator.comparingInt((Metrics m) -> m.epoch)
            .thenComparingInt(m -> m.queue).thenComparingInt(m -> m.occurrence);
}
