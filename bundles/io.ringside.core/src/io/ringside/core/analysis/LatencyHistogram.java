package io.ringside.core.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.HdrHistogram.PackedHistogram;

/**
 * A distribution of latencies in nanoseconds, held as an HdrHistogram with three significant digits
 * (every value within 0.1 %), so its memory depends on the range of the values, not their number.
 * Minimum, maximum and sum are exact. Percentiles are nearest rank: the smallest recorded value with at
 * least p % of the values at or below it. Recording allocates nothing (the histogram grows with the
 * largest value, a few times in a run).
 */
public final class LatencyHistogram {

    /** Percentiles of {@link #summary}: p50, p90, p99, p99.9. */
    static final double[] PERCENTILES = { 50, 90, 99, 99.9 };

    private Histogram h = new Histogram(3);
    private long min = Long.MAX_VALUE;
    private long max = Long.MIN_VALUE;
    private long sum;

    /** Records one latency; a negative one (time went backwards) counts as 0. */
    public void record(long ns) {
        long v = ns < 0 ? 0 : ns;
        h.recordValue(v);
        if (v < min) {
            min = v;
        }
        if (v > max) {
            max = v;
        }
        sum += v;
    }

    public long count() {
        return h.getTotalCount();
    }

    /** The smallest value, or 0 when empty. */
    public long min() {
        return count() == 0 ? 0 : min;
    }

    /** The largest value, or 0 when empty. */
    public long max() {
        return count() == 0 ? 0 : max;
    }

    public double mean() {
        long n = count();
        return n == 0 ? 0 : (double) sum / n;
    }

    /**
     * The nearest-rank percentile, within 0.1 %; exact when every value is a multiple of {@code quantum}
     * (1000 for traces with microsecond times) and the value's histogram bucket holds only one such
     * multiple (below about 1 ms for microseconds). 0 when empty.
     */
    public long percentile(double p, long quantum) {
        if (count() == 0) {
            return 0;
        }
        long v = h.getValueAtPercentile(p); // the highest value of the bucket holding the rank's value
        long lo = h.lowestEquivalentValue(v);
        if (quantum > 1) {
            long first = (lo + quantum - 1) / quantum * quantum;
            if (first <= v && first + quantum > v) {
                v = first; // the only multiple of the quantum this bucket holds
            }
        }
        return Math.max(min, Math.min(max, v));
    }

    /** Adds every value of another histogram. */
    public void add(LatencyHistogram o) {
        if (o.count() == 0) {
            return;
        }
        h.add(o.h);
        min = Math.min(min, o.min);
        max = Math.max(max, o.max);
        sum += o.sum;
    }

    /** Empties it (keeps its memory). */
    public void reset() {
        if (count() > 0) {
            h.reset();
        }
        min = Long.MAX_VALUE;
        max = Long.MIN_VALUE;
        sum = 0;
    }

    /**
     * Moves the counts into a packed histogram, whose memory is about the buckets recorded rather than
     * the range (a queue's epoch ended; it is read, not recorded into, from now on).
     */
    void compact() {
        if (h instanceof PackedHistogram) {
            return;
        }
        PackedHistogram p = new PackedHistogram(h); // the settings, not the counts
        p.add(h);
        h = p;
    }

    /** A copy (for keeping a snapshot). */
    public LatencyHistogram copy() {
        LatencyHistogram c = new LatencyHistogram();
        c.add(this);
        return c;
    }

    /**
     * {@code count, p50, p90, p99, p999, max, min, mean} in nanoseconds, the first six as Long (the
     * {@code stats --json} contract: {@code count, p50, p90, p99, max}); percentiles are null when empty.
     */
    public Map<String, Object> summary(long quantum) {
        Map<String, Object> m = new LinkedHashMap<>();
        long n = count();
        m.put("count", n);
        String[] keys = { "p50", "p90", "p99", "p999" };
        for (int i = 0; i < keys.length; i++) {
            m.put(keys[i], n == 0 ? null : (Object) percentile(PERCENTILES[i], quantum));
        }
        m.put("max", n == 0 ? null : (Object) max);
        m.put("min", n == 0 ? null : (Object) min);
        m.put("mean", n == 0 ? null : (Object) (Math.round(mean() * 10) / 10.0));
        return m;
    }

    /**
     * The cumulative distribution: for each distinct recorded bucket (ascending), its highest value and the
     * fraction of values at or below it. At most {@code maxPoints} points (evenly thinned, the last kept).
     */
    public double[][] cdf(int maxPoints) {
        long n = count();
        if (n == 0) {
            return new double[0][];
        }
        int buckets = 0;
        for (HistogramIterationValue it : h.recordedValues()) {
            buckets++;
        }
        int step = Math.max(1, (buckets + maxPoints - 1) / Math.max(1, maxPoints));
        double[][] out = new double[(buckets + step - 1) / step][];
        int i = 0;
        int k = 0;
        for (HistogramIterationValue it : h.recordedValues()) {
            if (i % step == step - 1 || i == buckets - 1) {
                if (k < out.length) {
                    long v = Math.min(max, it.getValueIteratedTo());
                    out[k++] = new double[] { v, (double) it.getTotalCountToThisValue() / n };
                }
            }
            i++;
        }
        return k == out.length ? out : java.util.Arrays.copyOf(out, k);
    }
}
