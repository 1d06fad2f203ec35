package io.ringside.core.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * A distribution of latencies in nanoseconds, held as an HdrHistogram with three significant digits
 * (every value within 0.1 %), so its memory depends on the range of the values, not their number.
 * Minimum, maximum and sum are exact. Percentiles are nearest rank: the smallest recorded value with at
 * least p % of the values at or below it. The first {@link #FEW} values are kept as they are (exact, and
 * a queue epoch with few requests costs next to nothing); with more, the counts are allocated for values
 * up to about a second (170 KB; larger ones grow them, rarely): recording allocates nothing. One no longer
 * recorded into can be {@link #summarize}d to its count, extremes, mean and the percentiles of
 * {@link #PERCENTILES} (a queue's epoch ended and the histograms kept are over their memory budget).
 */
public final class LatencyHistogram {

    /** Percentiles of {@link #summary} and of a summarized histogram: p50, p90, p99, p99.9. */
    public static final double[] PERCENTILES = { 50, 90, 99, 99.9 };

    /** Values up to this fit the counts allocated at the first value (auto-resizing one bucket at a time costs more). */
    private static final long FIRST_RANGE = 1L << 30;

    /** Values kept as they are before the counts are allocated. */
    static final int FEW = 64;

    private long[] few; // the first values (null once the counts hold them)
    private int fewCount;
    private Histogram h; // null until more than FEW values, and once summarized
    private long[] summary; // summarized: the values at PERCENTILES, else null
    private long total;
    private long min = Long.MAX_VALUE;
    private long max = Long.MIN_VALUE;
    private long sum;

    /** Records one latency; a negative one (time went backwards) counts as 0. Not on a summarized one. */
    public void record(long ns) {
        long v = ns < 0 ? 0 : ns;
        if (h == null) {
            if (few == null) {
                few = new long[FEW];
            }
            if (fewCount < FEW) {
                few[fewCount++] = v;
            } else {
                live().recordValue(v);
            }
        } else {
            h.recordValue(v);
        }
        if (v < min) {
            min = v;
        }
        if (v > max) {
            max = v;
        }
        sum += v;
    }

    /** The counts, allocated now if need be (with the values kept so far). */
    private Histogram live() {
        if (h == null) {
            h = new Histogram(1, FIRST_RANGE, 3);
            h.setAutoResize(true);
            for (int i = 0; i < fewCount; i++) {
                h.recordValue(few[i]);
            }
            few = null;
            fewCount = 0;
        }
        return h;
    }

    public long count() {
        return summary != null ? total : h == null ? fewCount : h.getTotalCount();
    }

    /** The values kept as they are, sorted (a copy). */
    private long[] sortedFew() {
        long[] v = java.util.Arrays.copyOf(few == null ? new long[0] : few, fewCount);
        java.util.Arrays.sort(v);
        return v;
    }

    /** The nearest rank of p among n values, as HdrHistogram's getValueAtPercentile computes it. */
    private static long rank(double p, long n) {
        double q = Math.min(Math.max(Math.nextAfter(p, Double.NEGATIVE_INFINITY), 0.0), 100.0);
        return Math.max(1, (long) Math.ceil(q * n / 100.0));
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

    /** Whether only a summary is left ({@link #summarize}): percentiles are those of {@link #PERCENTILES}. */
    public boolean summarized() {
        return summary != null;
    }

    /** Bytes its counts take (what a kept histogram costs). */
    public long footprint() {
        return h != null ? h.getEstimatedFootprintInBytes() : few != null ? 8L * FEW : 0;
    }

    /**
     * The nearest-rank percentile, within 0.1 %. When every value is a multiple of {@code quantum} (1000
     * for traces with microsecond times) so is the answer: exact where the value's histogram bucket holds
     * only one such multiple (below about 1 ms for microseconds). 0 when empty. A summarized histogram answers with the
     * value of the first of {@link #PERCENTILES} at or above p (its maximum above the last).
     */
    public long percentile(double p, long quantum) {
        long n = count();
        if (n == 0) {
            return 0;
        }
        if (summary != null) {
            for (int i = 0; i < PERCENTILES.length; i++) {
                if (p <= PERCENTILES[i]) {
                    return summary[i];
                }
            }
            return max;
        }
        if (h == null) {
            return sortedFew()[(int) rank(p, n) - 1]; // exact
        }
        long v = h.getValueAtPercentile(p); // the highest value of the bucket holding the rank's value
        if (quantum > 1) { // the values are multiples of the quantum: give one the bucket holds
            long lo = h.lowestEquivalentValue(v);
            long first = (lo + quantum - 1) / quantum * quantum;
            if (first <= v) {
                // the only one, else the one nearest the middle of the bucket (within 0.1 % all the same)
                v = first + quantum > v ? first : Math.round((lo + v) / 2.0 / quantum) * quantum;
            }
        }
        return Math.max(min, Math.min(max, v));
    }

    /**
     * Keeps only the count, extremes, mean and the percentiles of {@link #PERCENTILES} (with this quantum)
     * and frees the counts: for the histograms of a queue's epoch that ended, when those kept are over
     * their memory budget. Recording into it is then no longer possible.
     */
    public void summarize(long quantum) {
        if (summary != null) {
            return;
        }
        long[] s = new long[PERCENTILES.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = percentile(PERCENTILES[i], quantum);
        }
        total = count();
        summary = s;
        h = null;
        few = null;
        fewCount = 0;
    }

    /** Adds every value of another histogram (not summarized) to this one. */
    public void add(LatencyHistogram o) {
        if (o.count() == 0) {
            return;
        }
        if (o.h == null) {
            for (int i = 0; i < o.fewCount; i++) {
                record(o.few[i]);
            }
            return;
        }
        live().add(o.h);
        min = Math.min(min, o.min);
        max = Math.max(max, o.max);
        sum += o.sum;
    }

    /** Empties it, keeping its memory (not a summarized one). */
    public void reset() {
        if (h != null && h.getTotalCount() > 0) {
            h.reset();
        }
        fewCount = 0;
        min = Long.MAX_VALUE;
        max = Long.MIN_VALUE;
        sum = 0;
    }

    /** A copy that can be recorded into. */
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
     * The cumulative distribution: for the non-empty buckets (ascending) the highest value of the bucket
     * and the fraction of values at or below it; at most {@code maxPoints} points (evenly thinned, the
     * last kept). A summarized histogram has a point per percentile it kept, and its maximum.
     */
    public double[][] cdf(int maxPoints) {
        long n = count();
        if (n == 0) {
            return new double[0][];
        }
        java.util.List<double[]> pts = new java.util.ArrayList<>();
        if (summary != null) {
            for (int i = 0; i < summary.length; i++) {
                pts.add(new double[] { summary[i], PERCENTILES[i] / 100 });
            }
        } else if (h == null) {
            long[] v = sortedFew();
            for (int i = 0; i < v.length; i++) {
                pts.add(new double[] { v[i], (double) (i + 1) / n });
            }
        } else {
            for (HistogramIterationValue it : h.recordedValues()) {
                pts.add(new double[] { Math.min(max, h.highestEquivalentValue(it.getValueIteratedTo())),
                        (double) it.getTotalCountToThisValue() / n });
            }
        }
        pts.add(new double[] { max, 1.0 });
        int step = Math.max(1, (pts.size() + maxPoints - 1) / Math.max(1, maxPoints));
        java.util.List<double[]> out = new java.util.ArrayList<>();
        for (int i = 0; i < pts.size(); i++) {
            double[] pt = pts.get(i);
            if (i % step == step - 1 || i == pts.size() - 1) {
                if (out.isEmpty() || out.get(out.size() - 1)[0] < pt[0]) {
                    out.add(pt);
                } else {
                    out.set(out.size() - 1, pt); // the same value: the higher fraction
                }
            }
        }
        return out.toArray(new double[0][]);
    }
}
