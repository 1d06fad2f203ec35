package io.ringside.core.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request metrics of one queue and epoch, of a whole trace ({@link RequestAnalysis#overall()}), or of
 * either within one time window: counts of each lifecycle step, in-flight depth over time, latency
 * distributions, notifications and batching. Filled by {@link RequestAnalysis}; read through the getters
 * or {@link #toMap}, the form {@code stats --json} prints and every consumer shares.
 * <p>
 * Latencies ({@link #latency(Latency)}): {@link Latency#DEVICE} fetch to completion of the same request;
 * {@link Latency#SUBMIT_TO_FETCH} the request made available (avail.idx, SQ tail) to its fetch, requests
 * taken in the order they were made available; {@link Latency#COMPLETION_TO_INTERRUPT} completion to the
 * next interrupt of its queue; {@link Latency#COMPLETION_TO_CONSUME} completion to the CQ head passing it
 * (NVMe); {@link Latency#SUBMIT_TO_CONSUME} both ends, the host's view of the request. A kind whose steps
 * the trace does not show is null.
 */
public final class Metrics {

    /** The latency kinds, by the steps they join; {@link #key()} names them in {@link Metrics#toMap}. */
    public enum Latency {
        DEVICE("device", Step.FETCH, Step.COMPLETE),
        SUBMIT_TO_FETCH("submitToFetch", Step.SUBMIT, Step.FETCH),
        COMPLETION_TO_INTERRUPT("completionToInterrupt", Step.COMPLETE, Step.INTERRUPT),
        COMPLETION_TO_CONSUME("completionToConsume", Step.COMPLETE, Step.CONSUME),
        SUBMIT_TO_CONSUME("submitToConsume", Step.SUBMIT, Step.CONSUME);

        private final String key;
        private final int mask;

        Latency(String key, Step from, Step to) {
            this.key = key;
            this.mask = Step.mask(from, to, Step.FETCH, Step.COMPLETE); // a request is known by its fetch and completion
        }

        public String key() {
            return key;
        }

        /** Whether a lifecycle with these steps shows this latency. */
        public boolean shownBy(int steps) {
            return (steps & mask) == mask;
        }
    }

    /** {@link LifecycleSink#notify} kinds by index, as {@link #toMap} names their count per request. */
    static final String[] NOTIFY_KEYS = { "kicks", "kicksSuppressed", "mmioSqDoorbells", "mmioCqDoorbells",
            "eventfdSignals" };

    final int device;
    final int queue;
    final int epoch;
    final int steps;
    final int kinds;
    final Lifecycle lifecycle;
    /** Earlier segments of this queue in this epoch (NVMe: deleted and created again). */
    int occurrence;

    long spanStart = -1;
    long spanEnd = -1;
    /** Queue totals over epochs: the sum of the epochs' spans (-1: not a total). */
    long spanSum = -1;

    long submitted;
    long fetched;
    long completed;
    long published;
    long consumed;
    final long[] notifications = new long[NOTIFY_KEYS.length];
    long interrupts;
    long interruptsSuppressed;
    long fetchedBeforeShadow;
    long fetchedAfterShadow;
    long mmioBeforeShadow;
    long mmioAfterShadow;
    long bytes;
    long sized;
    long outOfOrder;
    long unmatched;
    long[] ops;

    long fetchesSinceKick;
    long maxFetchesPerKick;
    long completionsSinceInterrupt;
    long maxCompletionsPerInterrupt;

    int depth;
    int depthMax;
    long depthArea;
    long depthSince = -1;

    private final LatencyHistogram[] latencies = new LatencyHistogram[Latency.values().length];

    Metrics(int device, int queue, int epoch, int steps, int kinds, Lifecycle lifecycle) {
        this.device = device;
        this.queue = queue;
        this.epoch = epoch;
        this.steps = steps;
        this.kinds = kinds;
        this.lifecycle = lifecycle;
        for (Latency l : Latency.values()) {
            if (l.shownBy(steps)) {
                latencies[l.ordinal()] = new LatencyHistogram();
            }
        }
        if (lifecycle != null && lifecycle.opName(0) != null) {
            ops = new long[512];
        }
    }

    // ---------------------------------------------------------------- updates (RequestAnalysis)

    void touch(long t) {
        if (spanStart < 0) {
            spanStart = t;
            depthSince = t;
        }
        if (t > spanEnd) {
            spanEnd = t;
        }
    }

    void depth(long t, int delta) {
        if (t > depthSince) {
            depthArea += depth * (t - depthSince);
            depthSince = t;
        }
        depth += delta;
        if (depth < 0) {
            depth = 0;
        }
        if (depth > depthMax) {
            depthMax = depth;
        }
    }

    void record(Latency l, long ns) {
        LatencyHistogram h = latencies[l.ordinal()];
        if (h != null) {
            h.record(ns);
        }
    }

    void kick() {
        if (fetchesSinceKick > maxFetchesPerKick) {
            maxFetchesPerKick = fetchesSinceKick;
        }
        fetchesSinceKick = 0;
    }

    void interrupt() {
        if (completionsSinceInterrupt > maxCompletionsPerInterrupt) {
            maxCompletionsPerInterrupt = completionsSinceInterrupt;
        }
        completionsSinceInterrupt = 0;
    }

    /**
     * Adds the counts, depth and latencies of another epoch of the same queue (these are its totals
     * over epochs: the spans add up, the time-weighted depth is over their sum).
     */
    void addEpoch(Metrics o) {
        if (spanSum < 0) {
            spanSum = 0;
        }
        spanSum += o.span();
        if (o.spanStart >= 0 && (spanStart < 0 || o.spanStart < spanStart)) {
            spanStart = o.spanStart;
        }
        spanEnd = Math.max(spanEnd, o.spanEnd);
        submitted += o.submitted;
        fetched += o.fetched;
        completed += o.completed;
        published += o.published;
        consumed += o.consumed;
        for (int k = 0; k < notifications.length; k++) {
            notifications[k] += o.notifications[k];
        }
        interrupts += o.interrupts;
        interruptsSuppressed += o.interruptsSuppressed;
        fetchedBeforeShadow += o.fetchedBeforeShadow;
        fetchedAfterShadow += o.fetchedAfterShadow;
        mmioBeforeShadow += o.mmioBeforeShadow;
        mmioAfterShadow += o.mmioAfterShadow;
        bytes += o.bytes;
        sized += o.sized;
        outOfOrder += o.outOfOrder;
        unmatched += o.unmatched;
        if (ops != null && o.ops != null) {
            for (int k = 0; k < ops.length; k++) {
                ops[k] += o.ops[k];
            }
        }
        maxFetchesPerKick = Math.max(maxFetchesPerKick, Math.max(o.maxFetchesPerKick, o.fetchesSinceKick));
        maxCompletionsPerInterrupt = Math.max(maxCompletionsPerInterrupt,
                Math.max(o.maxCompletionsPerInterrupt, o.completionsSinceInterrupt));
        depthArea += o.depthArea();
        depthMax = Math.max(depthMax, o.depthMax);
        addLatencies(o);
    }

    /** Adds another's latencies of every kind to these. */
    void addLatencies(Metrics o) {
        for (int i = 0; i < latencies.length; i++) {
            if (latencies[i] != null && o.latencies[i] != null) {
                latencies[i].add(o.latencies[i]);
            }
        }
    }

    /** Bytes the latency histograms' counts take. */
    long footprint() {
        long b = 0;
        for (LatencyHistogram h : latencies) {
            if (h != null) {
                b += h.footprint();
            }
        }
        return b;
    }

    /** Reduces the latency histograms to their summaries ({@link LatencyHistogram#summarize}). */
    void summarize(long quantum) {
        for (LatencyHistogram h : latencies) {
            if (h != null) {
                h.summarize(quantum);
            }
        }
    }

    /** Starts a new window at {@code start}: counts empty, the depth carried over. */
    void window(long start, long end) {
        submitted = fetched = completed = published = consumed = 0;
        java.util.Arrays.fill(notifications, 0);
        interrupts = interruptsSuppressed = 0;
        fetchedBeforeShadow = fetchedAfterShadow = mmioBeforeShadow = mmioAfterShadow = 0;
        bytes = sized = outOfOrder = unmatched = 0;
        if (ops != null) {
            java.util.Arrays.fill(ops, 0);
        }
        fetchesSinceKick = maxFetchesPerKick = completionsSinceInterrupt = maxCompletionsPerInterrupt = 0;
        depthMax = depth;
        depthArea = 0;
        depthSince = start;
        spanStart = start;
        spanEnd = end;
        for (LatencyHistogram h : latencies) {
            if (h != null) {
                h.reset();
            }
        }
    }

    // ---------------------------------------------------------------- reading

    /** Device id, -1 for the whole trace. */
    public int device() {
        return device;
    }

    /** Queue index (virtqueue, NVMe SQ), -1 for the whole trace. */
    public int queue() {
        return queue;
    }

    /** Epoch: device resets before it (0 for traces without resets), -1 for the whole trace. */
    public int epoch() {
        return epoch;
    }

    /** Earlier segments of this queue in this epoch (0 unless an NVMe SQ was deleted and created again). */
    public int occurrence() {
        return occurrence;
    }

    /** The steps the trace shows ({@link Step#bit()} mask). */
    public int steps() {
        return steps;
    }

    /** Time of the first step (window: its start), -1 when none. */
    public long start() {
        return spanStart;
    }

    /** Time of the last step (window: its end). */
    public long end() {
        return spanEnd;
    }

    /** Nanoseconds from the first step to the last (window: its length; a queue's total: the sum of its epochs'). */
    public long span() {
        return spanSum >= 0 ? spanSum : spanStart < 0 ? 0 : spanEnd - spanStart;
    }

    /** Completed requests. */
    public long requests() {
        return completed;
    }

    public long submitted() {
        return submitted;
    }

    public long fetched() {
        return fetched;
    }

    public long published() {
        return published;
    }

    public long consumed() {
        return consumed;
    }

    /** Notifications of a {@link LifecycleSink#notify} kind. */
    public long notifications(int kind) {
        return notifications[kind];
    }

    public long interrupts() {
        return interrupts;
    }

    public long interruptsSuppressed() {
        return interruptsSuppressed;
    }

    /** Completions of a request other than the oldest one in flight on the queue. */
    public long outOfOrder() {
        return outOfOrder;
    }

    /** Completions of requests that were not in flight (not fetched in this epoch, or tracking lost). */
    public long unmatched() {
        return unmatched;
    }

    /** Bytes of the requests whose size the trace gives, and how many those are. */
    public long bytes() {
        return bytes;
    }

    public long sized() {
        return sized;
    }

    /** Completed requests per second, or NaN when the span is 0. */
    public double iops() {
        long s = span();
        return s <= 0 ? Double.NaN : completed * 1e9 / s;
    }

    /** Time-weighted mean of the requests in flight (fetched, not completed) over the span. */
    public double depthMean() {
        long s = span();
        if (s <= 0) {
            return Double.NaN;
        }
        return (double) depthArea() / s;
    }

    /** The depth's integral over time up to the end of the span. */
    private long depthArea() {
        long area = depthArea;
        if (spanSum < 0 && spanEnd > depthSince && depthSince >= 0) {
            area += depth * (spanEnd - depthSince);
        }
        return area;
    }

    public int depthMax() {
        return depthMax;
    }

    /** The latencies of a kind, or null when the trace does not show both its steps. */
    public LatencyHistogram latency(Latency l) {
        return latencies[l.ordinal()];
    }

    /** Requests of each operation the trace names (read, write, opcodes), in code order. */
    public Map<String, Long> ops() {
        Map<String, Long> m = new LinkedHashMap<>();
        if (ops != null) {
            for (int i = 0; i < ops.length; i++) {
                if (ops[i] > 0) {
                    m.put(lifecycle.opName(i), ops[i]);
                }
            }
        }
        return m;
    }

    private static Object ratio(long a, long b) {
        return b == 0 ? null : Math.round(1000.0 * a / b) / 1000.0;
    }

    private static Object rounded(double v, double scale, boolean timed) {
        return !timed || Double.isNaN(v) ? "unknown" : Math.round(v * scale) / scale;
    }

    private boolean shows(Step s) {
        return (steps & s.bit()) != 0;
    }

    /**
     * These metrics as the {@code stats --json} keys, in a fixed order: {@code requests}, {@code spanNs},
     * {@code iops}, {@code bytes}, {@code bytesPerSecond}, {@code depth} {mean, max}, {@code latency}
     * (a {@link LatencyHistogram#summary} per kind, "unknown" for kinds the trace does not show),
     * {@code perRequest} (notifications and interrupts per completed request), {@code batching},
     * {@code outOfOrderCompletions}, {@code unmatchedCompletions} and {@code ops}. Without times in the
     * trace ({@code timed} false) rates and latencies are "unknown".
     *
     * @param quantum the trace's time resolution in ns (1000: every time a whole microsecond)
     */
    public Map<String, Object> toMap(long quantum, boolean timed) {
        Map<String, Object> m = new LinkedHashMap<>();
        long n = completed;
        m.put("requests", n);
        m.put("spanNs", timed ? (Object) span() : "unknown");
        m.put("iops", rounded(iops(), 10, timed));
        if (sized > 0) {
            m.put("bytes", bytes);
            m.put("bytesPerSecond", rounded(span() <= 0 ? Double.NaN : bytes * 1e9 / span(), 1, timed));
        } else {
            m.put("bytes", "unknown");
            m.put("bytesPerSecond", "unknown");
        }
        Map<String, Object> d = new LinkedHashMap<>();
        boolean depthKnown = shows(Step.FETCH) && shows(Step.COMPLETE);
        d.put("mean", depthKnown ? rounded(depthMean(), 1000, timed) : "unknown");
        d.put("max", depthKnown ? (Object) (long) depthMax : "unknown");
        m.put("depth", d);
        Map<String, Object> lat = new LinkedHashMap<>();
        for (Latency l : Latency.values()) {
            LatencyHistogram h = latencies[l.ordinal()];
            lat.put(l.key(), h == null || !timed ? "unknown" : h.summary(quantum));
        }
        m.put("latency", lat);
        Map<String, Object> per = new LinkedHashMap<>();
        for (int k = 0; k < NOTIFY_KEYS.length; k++) {
            if ((kinds & 1 << k) != 0) {
                per.put(NOTIFY_KEYS[k], ratio(notifications[k], n));
            }
        }
        if ((kinds & (1 << LifecycleSink.MMIO_SQ | 1 << LifecycleSink.MMIO_CQ)) != 0) {
            per.put("mmioDoorbellsBeforeShadow", ratio(mmioBeforeShadow, fetchedBeforeShadow));
            per.put("mmioDoorbellsAfterShadow", ratio(mmioAfterShadow, fetchedAfterShadow));
        }
        if (shows(Step.INTERRUPT)) {
            per.put("interrupts", ratio(interrupts, n));
            if ((kinds & 1 << LifecycleSink.KICK_SUPPRESSED) != 0) { // a trace of notification decisions
                per.put("interruptsSuppressed", ratio(interruptsSuppressed, n));
            }
        }
        m.put("perRequest", per);
        Map<String, Object> b = new LinkedHashMap<>();
        long kicks = kicks();
        b.put("requestsPerKick", ratio(fetched, kicks));
        b.put("maxRequestsPerKick", kicks == 0 ? null : (Object) Math.max(maxFetchesPerKick, fetchesSinceKick));
        b.put("completionsPerInterrupt", ratio(completed, interrupts));
        b.put("maxCompletionsPerInterrupt", interrupts == 0 ? null
                : (Object) Math.max(maxCompletionsPerInterrupt, completionsSinceInterrupt));
        if (shows(Step.PUBLISH)) {
            b.put("completionsPerPublish", ratio(completed, published));
        }
        m.put("batching", b);
        m.put("outOfOrderCompletions", depthKnown ? (Object) outOfOrder : "unknown");
        m.put("unmatchedCompletions", unmatched);
        if (ops != null) {
            m.put("ops", ops());
        }
        return m;
    }

    /** Notifications that reached the device: kicks, MMIO SQ doorbells and eventfd signals. */
    public long kicks() {
        return notifications[LifecycleSink.KICK] + notifications[LifecycleSink.MMIO_SQ]
                + notifications[LifecycleSink.EVENTFD];
    }
}
