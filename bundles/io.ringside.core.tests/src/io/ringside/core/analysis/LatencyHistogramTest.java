package io.ringside.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Percentiles against a sorted-array nearest-rank reference; exactness on microsecond values. */
class LatencyHistogramTest {

    /** Nearest rank: the smallest value with at least p % of the values at or below it. */
    static long nearestRank(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(1, rank) - 1];
    }

    @Test
    void percentilesWithinATenthOfAPercentOfTheNearestRank() {
        Random r = new Random(7);
        for (int round = 0; round < 20; round++) {
            int n = 1 + r.nextInt(5000);
            long[] v = new long[n];
            LatencyHistogram h = new LatencyHistogram();
            for (int i = 0; i < n; i++) {
                // a long tail: mostly microseconds, sometimes milliseconds to seconds
                v[i] = r.nextInt(10) == 0 ? (long) (r.nextDouble() * 2e9) : 1000 + r.nextInt(200_000);
                h.record(v[i]);
            }
            long[] s = v.clone();
            Arrays.sort(s);
            for (double p : new double[] { 0.1, 50, 90, 99, 99.9, 100 }) {
                long want = nearestRank(s, p);
                long got = h.percentile(p, 1);
                assertTrue(Math.abs(got - want) <= want / 1000, "p" + p + " of " + n + ": " + got + " vs " + want);
            }
            assertEquals(s[0], h.min());
            assertEquals(s[n - 1], h.max());
            assertEquals(n, h.count());
            assertEquals(Arrays.stream(v).sum() / (double) n, h.mean(), 1e-6);
            // summarized, it answers the same for its percentiles
            LatencyHistogram c = h.copy();
            c.summarize(1);
            for (double p : LatencyHistogram.PERCENTILES) {
                assertEquals(h.percentile(p, 1), c.percentile(p, 1), "p" + p);
            }
            assertEquals(h.percentile(90, 1), c.percentile(60, 1)); // the next percentile kept
            assertEquals(h.max(), c.percentile(99.99, 1));
            assertEquals(h.count(), c.count());
            assertEquals(h.max(), c.max());
            assertEquals(h.mean(), c.mean());
            assertEquals(0, c.footprint());
        }
    }

    @Test
    void exactForWholeMicrosecondsBelowAMillisecond() {
        Random r = new Random(11);
        long[] v = new long[3000];
        LatencyHistogram h = new LatencyHistogram();
        for (int i = 0; i < v.length; i++) {
            v[i] = 1000L * (1 + r.nextInt(1000)); // 1 us .. 1 ms, as a QEMU log's microsecond times give
            h.record(v[i]);
        }
        Arrays.sort(v);
        for (double p : new double[] { 50, 90, 99, 99.9 }) {
            assertEquals(nearestRank(v, p), h.percentile(p, 1000), "p" + p);
        }
        // above, whole microseconds still, within 0.1 %
        LatencyHistogram big = new LatencyHistogram();
        long[] w = new long[2000];
        for (int i = 0; i < w.length; i++) {
            w[i] = 1000L * (1000 + r.nextInt(5_000_000)); // 1 ms .. 5 s
            big.record(w[i]);
        }
        Arrays.sort(w);
        for (double p : new double[] { 50, 90, 99, 99.9 }) {
            long got = big.percentile(p, 1000);
            assertEquals(0, got % 1000, "p" + p + " " + got);
            assertTrue(Math.abs(got - nearestRank(w, p)) <= nearestRank(w, p) / 1000, "p" + p);
        }
    }

    @Test
    void addResetSummarizeAndCdf() {
        LatencyHistogram a = new LatencyHistogram();
        LatencyHistogram b = new LatencyHistogram();
        for (int i = 1; i <= 100; i++) {
            a.record(i * 1000L);
            b.record(i * 1000L + 500_000);
        }
        a.add(b);
        assertEquals(200, a.count());
        assertEquals(1000, a.min());
        assertEquals(600_000, a.max());
        assertEquals(100_000, a.percentile(50, 1000));
        double[][] cdf = a.cdf(10);
        assertTrue(cdf.length <= 10 && cdf.length > 0);
        assertEquals(1.0, cdf[cdf.length - 1][1], 1e-12);
        assertEquals(600_000, cdf[cdf.length - 1][0], 600);
        for (int i = 1; i < cdf.length; i++) {
            assertTrue(cdf[i][0] > cdf[i - 1][0] && cdf[i][1] > cdf[i - 1][1]);
        }
        a.summarize(1000);
        assertEquals(100_000, a.percentile(50, 1000));
        assertEquals(600_000, a.max());
        double[][] summary = a.cdf(10); // p50, p90, p99 and p99.9 = max here
        assertEquals(4, summary.length);
        assertEquals(600_000, summary[3][0]);
        assertEquals(1.0, summary[3][1]);
        b.reset();
        assertEquals(0, b.count());
        assertEquals(0, b.max());
        b.record(-5); // time ran backwards: counts as 0
        assertEquals(0, b.max());
        assertEquals(1, b.count());
    }

    @Test
    void theFirstValuesAreKeptExactlyThenCounted() {
        LatencyHistogram few = new LatencyHistogram();
        long[] v = { 123_457, 5, 77_777_777, 3_001, 42 };
        for (long x : v) {
            few.record(x);
        }
        long[] s = v.clone();
        Arrays.sort(s);
        for (double p : new double[] { 1, 20, 50, 60, 99, 100 }) {
            assertEquals(nearestRank(s, p), few.percentile(p, 1), "p" + p); // exact, whatever the value
        }
        assertEquals(8 * LatencyHistogram.FEW, few.footprint());
        // past FEW values the counts take over with what was kept; adding mixes both kinds
        LatencyHistogram many = new LatencyHistogram();
        long[] w = new long[LatencyHistogram.FEW + 10];
        for (int i = 0; i < w.length; i++) {
            w[i] = 1000L * (i + 1);
            many.record(w[i]);
        }
        assertTrue(many.footprint() > 8 * LatencyHistogram.FEW);
        assertEquals(w.length, many.count());
        assertEquals(nearestRank(w, 50), many.percentile(50, 1000));
        LatencyHistogram both = new LatencyHistogram();
        both.add(few);
        both.add(many);
        long[] all = new long[v.length + w.length];
        System.arraycopy(v, 0, all, 0, v.length);
        System.arraycopy(w, 0, all, v.length, w.length);
        Arrays.sort(all);
        assertEquals(all.length, both.count());
        assertEquals(77_777_777, both.max());
        assertEquals(5, both.min());
        assertTrue(Math.abs(nearestRank(all, 50) - both.percentile(50, 1)) <= nearestRank(all, 50) / 1000);
        few.add(many); // a few-values one gets counts
        assertEquals(all.length, few.count());
        assertTrue(Math.abs(nearestRank(all, 90) - few.percentile(90, 1)) <= nearestRank(all, 90) / 1000);
    }
}
