package io.ringside.ui.trace.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ringside.core.analysis.Metrics;
import io.ringside.core.analysis.RequestAnalysis;
import io.ringside.core.analysis.Step;

/**
 * Requests in flight against time, per queue and epoch and for the whole trace: the time-weighted mean
 * depth of each window of the request analysis ({@link Metrics#depthMean()} of the windows it reports, the
 * figure {@code ringside stats --window W --json} prints as {@code depth.mean}). At most {@link #MAX_WINDOWS}
 * windows are kept; NaN where the depth is unknown (a lifecycle without fetch or completion, an untimed trace).
 */
public final class InFlightSeries implements RequestAnalysis.WindowListener {

    /** Windows a trace is cut into ({@link #windowFor}). */
    public static final int TARGET_WINDOWS = 200;
    /** Most windows kept (a trace whose time runs past its last event's). */
    public static final int MAX_WINDOWS = 4 * TARGET_WINDOWS;

    /** A queue's epoch (and occurrence within it), as {@link Metrics} names it. */
    public record Queue(int device, int queue, int epoch, int occurrence) {
    }

    private final long windowNs;
    private final Map<Queue, double[]> queues = new LinkedHashMap<>();
    private double[] overall = new double[0];
    private int windows;

    public InFlightSeries(long windowNs) {
        if (windowNs <= 0) {
            throw new IllegalArgumentException("the window must be positive");
        }
        this.windowNs = windowNs;
    }

    /**
     * The window for a trace of this span: the smallest of 1, 2 and 5 times a power of ten nanoseconds
     * that cuts it into at most {@link #TARGET_WINDOWS}, 0 for an empty span.
     */
    public static long windowFor(long spanNs) {
        if (spanNs <= 0) {
            return 0;
        }
        long want = Math.max(1, (spanNs + TARGET_WINDOWS - 1) / TARGET_WINDOWS);
        for (long p = 1; p > 0 && p <= Long.MAX_VALUE / 10; p *= 10) {
            for (long f : new long[] { 1, 2, 5 }) {
                if (f * p >= want) {
                    return f * p;
                }
            }
        }
        return want;
    }

    @Override
    public void window(RequestAnalysis analysis, long start, Metrics m) {
        long i = start / windowNs;
        if (i < 0 || i >= MAX_WINDOWS) {
            return;
        }
        int w = (int) i;
        boolean known = analysis.timed() && (m.steps() & Step.FETCH.bit()) != 0 && (m.steps() & Step.COMPLETE.bit()) != 0;
        double v = known ? m.depthMean() : Double.NaN;
        if (m.queue() < 0) {
            overall = put(overall, w, v);
            windows = Math.max(windows, w + 1);
            return;
        }
        Queue q = new Queue(m.device(), m.queue(), m.epoch(), m.occurrence());
        queues.put(q, put(queues.getOrDefault(q, new double[0]), w, v));
    }

    /** Sets a[w] = v, growing a (the windows a queue was not active in hold no request: 0). */
    private static double[] put(double[] a, int w, double v) {
        if (w >= a.length) {
            a = Arrays.copyOf(a, Math.max(w + 1, Math.min(MAX_WINDOWS, Math.max(16, 2 * a.length))));
        }
        a[w] = v;
        return a;
    }

    /** Window length in nanoseconds. */
    public long windowNs() {
        return windowNs;
    }

    /** Windows reported (the whole trace's). */
    public int windows() {
        return windows;
    }

    /** The queue epochs that had a request in flight or a step in some window, in the order first seen. */
    public List<Queue> queues() {
        return new ArrayList<>(queues.keySet());
    }

    /** Mean requests in flight of a queue epoch in window w (0 when it was not active in it, NaN unknown). */
    public double depth(Queue q, int w) {
        double[] a = queues.get(q);
        return a == null || w >= a.length ? 0 : a[w];
    }

    /** Mean requests in flight of the whole trace in window w. */
    public double overall(int w) {
        return w < overall.length ? overall[w] : 0;
    }

    /** The most in flight (mean over a window) of a queue epoch over the trace, NaN when unknown. */
    public double peak(Queue q) {
        double[] a = queues.get(q);
        double p = 0;
        if (a != null) {
            for (double v : a) {
                if (Double.isNaN(v)) {
                    return Double.NaN;
                }
                p = Math.max(p, v);
            }
        }
        return p;
    }
}
