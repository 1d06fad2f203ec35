package io.ringside.cli;

import java.util.List;
import java.util.function.Function;

import io.ringside.core.analysis.LatencyHistogram;
import io.ringside.core.analysis.LifecycleSink;
import io.ringside.core.analysis.Metrics;

/**
 * Request metrics as a text table of fixed-width columns (stats, stats --window, compare): a row per
 * queue and epoch or per trace, every figure a {@link Metrics} getter. Unknown figures print as "-".
 * Built with a StringBuilder, no java.util.Formatter (start-up time of a short command).
 */
final class MetricsTable {

    /** A column: its head, width and the text of a row. */
    record Column(String head, int width, Function<Metrics, String> value) {
    }

    private MetricsTable() {
    }

    static final Column REQUESTS = new Column("requests", 8, m -> Long.toString(m.requests()));
    static final Column IOPS = new Column("IOPS", 8, m -> num(m.iops(), m.iops() < 100 ? 1 : 0));
    static final Column DEPTH = new Column("depth", 6, m -> fetchAndComplete(m) ? num(m.depthMean(), 2) : "-");
    static final Column DEPTH_MAX = new Column("max", 4, m -> fetchAndComplete(m) ? Integer.toString(m.depthMax()) : "-");
    /** Notifications per request: kicks (virtio), MMIO SQ and CQ doorbells and eventfd signals (NVMe). */
    static final Column KICKS = new Column("kick/req", 8, m -> ratio(m.kicks() + m.notifications(LifecycleSink.MMIO_CQ), m.requests()));
    static final Column IRQS = new Column("irq/req", 7, m -> ratio(m.interrupts(), m.requests()));
    static final Column PER_KICK = new Column("req/kick", 8, m -> ratio(m.fetched(), m.kicks()));
    static final Column PER_IRQ = new Column("cpl/irq", 7, m -> ratio(m.requests(), m.interrupts()));
    static final Column OOO = new Column("ooo", 5, m -> fetchAndComplete(m) ? Long.toString(m.outOfOrder()) : "-");

    /** Device latency percentile p in microseconds (100: the maximum); quantum as {@link LatencyHistogram#percentile}. */
    static Column latency(String head, double p, long quantum, boolean timed) {
        return new Column(head, 8, m -> timed ? micros(m, p, quantum) : "-");
    }

    /**
     * The columns of the stats table after the queue's own (device, queue, epoch, layout); latencies "-"
     * when the trace has no times.
     */
    static List<Column> stats(long quantum, boolean timed) {
        return List.of(REQUESTS, IOPS, DEPTH, DEPTH_MAX, latency("p50 us", 50, quantum, timed),
                latency("p99 us", 99, quantum, timed), latency("max us", 100, quantum, timed), KICKS, IRQS, PER_KICK,
                PER_IRQ, OOO);
    }

    private static boolean fetchAndComplete(Metrics m) {
        return m.latency(Metrics.Latency.DEVICE) != null;
    }

    private static String micros(Metrics m, double p, long quantum) {
        LatencyHistogram h = m.latency(Metrics.Latency.DEVICE);
        if (h == null || h.count() == 0) {
            return "-";
        }
        long ns = p >= 100 ? h.max() : h.percentile(p, quantum);
        return num(ns / 1000.0, 1);
    }

    static String ratio(long a, long b) {
        return b == 0 ? "-" : num((double) a / b, 2);
    }

    /** {@code v} with {@code decimals} decimals (half up), "-" for NaN. */
    static String num(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "-";
        }
        long scale = decimals == 0 ? 1 : decimals == 1 ? 10 : decimals == 2 ? 100 : 1000;
        long r = Math.round(Math.abs(v) * scale);
        StringBuilder sb = new StringBuilder();
        if (v < 0 && r != 0) {
            sb.append('-');
        }
        sb.append(r / scale);
        if (decimals > 0) {
            String frac = Long.toString(r % scale);
            sb.append('.');
            for (int i = frac.length(); i < decimals; i++) {
                sb.append('0');
            }
            sb.append(frac);
        }
        return sb.toString();
    }

    /** Appends {@code s} right-aligned in {@code width} (left-aligned when {@code left}), then a space. */
    static StringBuilder cell(StringBuilder sb, String s, int width, boolean left) {
        if (left) {
            sb.append(s);
        }
        for (int i = s.length(); i < width; i++) {
            sb.append(' ');
        }
        if (!left) {
            sb.append(s);
        }
        return sb.append(' ');
    }

    static void head(StringBuilder sb, List<Column> cols) {
        for (Column c : cols) {
            cell(sb, c.head(), c.width(), false);
        }
    }

    static void row(StringBuilder sb, List<Column> cols, Metrics m) {
        for (Column c : cols) {
            cell(sb, c.value().apply(m), c.width(), false);
        }
    }

    /** Removes the trailing space of the line being built and ends it. */
    static void end(StringBuilder sb, String nl) {
        int n = sb.length();
        while (n > 0 && sb.charAt(n - 1) == ' ') {
            n--;
        }
        sb.setLength(n);
        sb.append(nl);
    }
}
