package io.ringside.core.analysis;

/**
 * The whole trace over time at a resolution that adapts to its length: at most {@link #MAX} buckets of
 * equal width from the first event, the width a power of two nanoseconds (from 1024 ns), doubled (two
 * buckets merged into one) whenever the trace outgrows them. What a plot or a timeline overview needs
 * without knowing the trace's length in advance, in bounded memory: per bucket the completed requests,
 * the sum and count of their known device latencies, the notifications that reached the device (kicks, MMIO SQ doorbells,
 * eventfd signals), MMIO CQ doorbells and interrupts. {@link RequestAnalysis#series()} is one.
 */
public final class Series {

    /** Most buckets. */
    public static final int MAX = 512;
    /** The counts per bucket, by index into {@link #counts}. */
    public static final int REQUESTS = 0;
    public static final int LATENCY_SUM = 1;
    public static final int KICKS = 2;
    public static final int MMIO_CQ = 3;
    public static final int INTERRUPTS = 4;
    /** Requests whose device latency is known (fetched in the trace), of {@link #LATENCY_SUM}. */
    public static final int LATENCY_COUNT = 5;
    private static final int KINDS = 6;

    private final long[][] counts = new long[KINDS][MAX];
    private long start = -1;
    private int shift = 10;
    private int used;

    void add(long t, int kind, long n) {
        if (start < 0) {
            start = t;
        }
        long i = (t - start) >>> shift;
        while (i >= MAX) {
            for (long[] c : counts) {
                for (int k = 0; k < MAX / 2; k++) {
                    c[k] = c[2 * k] + c[2 * k + 1];
                }
                java.util.Arrays.fill(c, MAX / 2, MAX, 0);
            }
            used = (used + 1) / 2;
            shift++;
            i >>>= 1;
        }
        counts[kind][(int) i] += n;
        if (i >= used) {
            used = (int) i + 1;
        }
    }

    /** Time of the first step counted, -1 before any. */
    public long start() {
        return start;
    }

    /** Width of a bucket in nanoseconds. */
    public long width() {
        return 1L << shift;
    }

    /** Buckets from the first to the last one counted into. */
    public int size() {
        return used;
    }

    /** The count of a kind ({@link #REQUESTS}...) in bucket i. */
    public long get(int kind, int i) {
        return counts[kind][i];
    }

    /** Requests per second in bucket i. */
    public double iops(int i) {
        return counts[REQUESTS][i] * 1e9 / width();
    }

    /** Kicks, MMIO doorbells and eventfd signals per request in bucket i, NaN without requests. */
    public double exitsPerRequest(int i) {
        long n = counts[REQUESTS][i];
        return n == 0 ? Double.NaN : (double) (counts[KICKS][i] + counts[MMIO_CQ][i]) / n;
    }

    /** Interrupts per request in bucket i, NaN without requests. */
    public double interruptsPerRequest(int i) {
        long n = counts[REQUESTS][i];
        return n == 0 ? Double.NaN : (double) counts[INTERRUPTS][i] / n;
    }

    /** Mean device latency (ns) of the requests completed in bucket i, NaN without requests. */
    public double meanLatency(int i) {
        long n = counts[LATENCY_COUNT][i];
        return n == 0 ? Double.NaN : (double) counts[LATENCY_SUM][i] / n;
    }
}
