package io.ringside.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import io.ringside.core.analysis.LatencyHistogram;
import io.ringside.core.analysis.LifecycleSink;
import io.ringside.core.analysis.Metrics;
import io.ringside.core.analysis.RequestAnalysis;

/**
 * {@code stats --window}: writes each window's metrics as the analysis ends it (a table, a JSON document
 * or CSV), so a series of any length is never held in memory: per window a row for every queue active in
 * it and one for the whole trace.
 */
final class SeriesWriter implements RequestAnalysis.WindowListener {

    enum Format {
        TEXT, JSON, CSV
    }

    private static final String[] CSV_HEAD = { "start_ns", "end_ns", "device", "queue", "epoch", "requests", "fetched",
            "iops", "bytes", "depth_mean", "depth_max", "device_p50_ns", "device_p90_ns", "device_p99_ns",
            "device_max_ns", "kicks", "kicks_suppressed", "mmio_sq_doorbells", "mmio_cq_doorbells", "eventfd_signals",
            "interrupts", "interrupts_suppressed", "kicks_per_request", "interrupts_per_request", "requests_per_kick",
            "completions_per_interrupt", "out_of_order" };

    private final PrintWriter out;
    private final Path file;
    private final long windowNs;
    private final Format format;
    private final String nl = System.lineSeparator();
    private final StringBuilder sb = new StringBuilder(4096);
    private JsonGenerator g;
    private final List<Object> queues = new ArrayList<>();
    private List<MetricsTable.Column> cols;
    private boolean started;

    private SeriesWriter(PrintWriter out, Path file, long windowNs, Format format) {
        this.out = out;
        this.file = file;
        this.windowNs = windowNs;
        this.format = format;
    }

    static SeriesWriter of(PrintWriter out, Path file, long windowNs, Format format) {
        return new SeriesWriter(out, file, windowNs, format);
    }

    private void start(RequestAnalysis a) throws IOException {
        started = true;
        switch (format) {
            case JSON -> {
                g = Json.generator(out, true);
                g.writeStartObject();
                g.writeStringField("file", file.toString());
                g.writeNumberField("windowNs", windowNs);
                g.writeNumberField("firstEventNs", a.start());
                g.writeArrayFieldStart("windows");
            }
            case CSV -> {
                sb.append(String.join(",", CSV_HEAD)).append(nl);
            }
            case TEXT -> {
                cols = List.of(MetricsTable.REQUESTS, MetricsTable.IOPS, MetricsTable.DEPTH, MetricsTable.DEPTH_MAX,
                        MetricsTable.latency("p50 us", 50, a.quantum(), a.timed()),
                        MetricsTable.latency("p99 us", 99, a.quantum(), a.timed()), MetricsTable.KICKS, MetricsTable.IRQS,
                        MetricsTable.PER_KICK, MetricsTable.PER_IRQ);
                sb.append(file).append(": windows of ").append(windowNs).append(" ns from the first event (t = ")
                        .append(a.start()).append(" ns)").append(nl);
                MetricsTable.cell(sb, "start ms", 11, false);
                MetricsTable.cell(sb, "dev", 3, false);
                MetricsTable.cell(sb, "queue", 5, false);
                MetricsTable.cell(sb, "epoch", 5, false);
                MetricsTable.head(sb, cols);
                MetricsTable.end(sb, nl);
            }
        }
    }

    @Override
    public void window(RequestAnalysis a, long start, Metrics m) throws IOException {
        if (!started) {
            start(a);
        }
        boolean all = m.queue() < 0;
        switch (format) {
            case JSON -> {
                if (!all) {
                    Map<String, Object> q = new LinkedHashMap<>();
                    q.put("device", m.device());
                    q.put("queue", m.queue());
                    q.put("epoch", m.epoch());
                    q.putAll(a.toMap(m));
                    queues.add(q);
                    return;
                }
                g.writeStartObject();
                g.writeNumberField("start", start);
                g.writeNumberField("end", start + windowNs);
                g.writeFieldName("queues");
                Json.value(g, queues);
                g.writeFieldName("overall");
                Json.value(g, a.toMap(m));
                g.writeEndObject();
                queues.clear();
            }
            case CSV -> csv(a, start, m, all);
            case TEXT -> {
                MetricsTable.cell(sb, MetricsTable.num(start / 1e6, 3), 11, false);
                MetricsTable.cell(sb, all ? "all" : Integer.toString(m.device()), 3, false);
                MetricsTable.cell(sb, all ? "" : Integer.toString(m.queue()), 5, false);
                MetricsTable.cell(sb, all ? "" : Integer.toString(m.epoch()), 5, false);
                MetricsTable.row(sb, cols, m);
                MetricsTable.end(sb, nl);
            }
        }
        if (sb.length() > 32 * 1024) {
            out.write(sb.toString());
            sb.setLength(0);
        }
    }

    private void csv(RequestAnalysis a, long start, Metrics m, boolean all) {
        sb.append(start).append(',').append(start + windowNs).append(',');
        sb.append(all ? "all" : Integer.toString(m.device())).append(',');
        sb.append(all ? "" : Integer.toString(m.queue())).append(',');
        sb.append(all ? "" : Integer.toString(m.epoch())).append(',');
        sb.append(m.requests()).append(',').append(m.fetched()).append(',');
        sb.append(a.timed() ? MetricsTable.num(m.iops(), 1) : "").append(',');
        sb.append(m.sized() > 0 ? Long.toString(m.bytes()) : "").append(',');
        LatencyHistogram h = m.latency(Metrics.Latency.DEVICE);
        boolean depth = h != null;
        sb.append(depth && a.timed() ? MetricsTable.num(m.depthMean(), 3) : "").append(',');
        sb.append(depth ? Integer.toString(m.depthMax()) : "").append(',');
        boolean lat = h != null && h.count() > 0 && a.timed();
        for (double p : new double[] { 50, 90, 99 }) {
            sb.append(lat ? Long.toString(h.percentile(p, a.quantum())) : "").append(',');
        }
        sb.append(lat ? Long.toString(h.max()) : "").append(',');
        for (int k = LifecycleSink.KICK; k <= LifecycleSink.EVENTFD; k++) {
            sb.append(m.notifications(k)).append(',');
        }
        sb.append(m.interrupts()).append(',').append(m.interruptsSuppressed()).append(',');
        sb.append(csvRatio(m.kicks() + m.notifications(LifecycleSink.MMIO_CQ), m.requests())).append(',');
        sb.append(csvRatio(m.interrupts(), m.requests())).append(',');
        sb.append(csvRatio(m.fetched(), m.kicks())).append(',');
        sb.append(csvRatio(m.requests(), m.interrupts())).append(',');
        sb.append(depth ? Long.toString(m.outOfOrder()) : "").append(nl);
    }

    private static String csvRatio(long a, long b) {
        return b == 0 ? "" : MetricsTable.num((double) a / b, 3);
    }

    /** Ends the document (the analysis has reported its last window). */
    void finish(RequestAnalysis a) throws IOException {
        if (!started) {
            start(a); // a trace without events: an empty series
        }
        if (format == Format.JSON) {
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
            out.write(nl);
        }
        out.write(sb.toString());
        sb.setLength(0);
    }
}
