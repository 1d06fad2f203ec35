package io.ringside.core.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.TraceHeader;

/**
 * Runs of the same workload side by side (feature off, feature on): the request analyses of two or more
 * traces of the same device kind, the whole trace's metrics and each queue's (over its epochs) matched by
 * device type, role and index, each figure with its ratio to the first run's, and an SVG plot of the
 * device latency distributions and of IOPS, exits and interrupts per request over time. The command
 * line's {@code compare A B} prints it; a workbench reads {@link #sections()}.
 */
public final class RunComparison {

    /** One run: a name (its file), its trace header and its finished analysis. */
    public record Run(String name, TraceHeader header, RequestAnalysis analysis) {
    }

    /** A figure of the table: its name and how to read it from metrics (NaN: unknown). */
    public record Figure(String name, ToDoubleFunction<Metrics> value, int decimals) {
    }

    /** A part of the table: the whole trace or one queue, with each run's metrics (null: the run has no such queue). */
    public record Section(String title, List<Metrics> metrics) {
    }

    private final List<Run> runs;
    private final List<Section> sections;
    private final List<Figure> figures;

    private RunComparison(List<Run> runs, List<Section> sections, List<Figure> figures) {
        this.runs = runs;
        this.sections = sections;
        this.figures = figures;
    }

    /** The device types of a trace, in header order (for example [nvme] or [virtio-blk]). */
    public static List<String> kinds(TraceHeader h) {
        List<String> k = new ArrayList<>();
        for (DeviceInfo d : h.devices()) {
            k.add(d.type());
        }
        return k;
    }

    /**
     * A comparison of finished analyses.
     *
     * @throws IllegalArgumentException when fewer than two runs are given or their device kinds differ
     *             (the message names both files and kinds)
     */
    public static RunComparison of(List<Run> runs) {
        if (runs.size() < 2) {
            throw new IllegalArgumentException("a comparison needs two traces or more");
        }
        List<String> first = kinds(runs.get(0).header());
        for (Run r : runs.subList(1, runs.size())) {
            List<String> k = kinds(r.header());
            if (!new TreeSet<>(k).equals(new TreeSet<>(first))) {
                throw new IllegalArgumentException(r.name() + " has " + String.join(", ", k) + " but " + runs.get(0).name()
                        + " has " + String.join(", ", first) + ": compare traces of the same device kind");
            }
        }
        List<Section> sections = new ArrayList<>();
        List<Metrics> all = new ArrayList<>();
        for (Run r : runs) {
            all.add(r.analysis().overall());
        }
        sections.add(new Section("whole trace", all));
        Map<String, Metrics[]> queues = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            for (Metrics m : r.analysis().queueTotals()) {
                queues.computeIfAbsent(queueKey(r.header(), m), k -> new Metrics[runs.size()])[i] = m;
            }
        }
        for (Map.Entry<String, Metrics[]> e : queues.entrySet()) {
            sections.add(new Section(e.getKey(), java.util.Arrays.asList(e.getValue())));
        }
        return new RunComparison(List.copyOf(runs), sections, figures(runs));
    }

    /**
     * How queues of different runs are matched: the device's type (with its rank among devices of that
     * type when there are several), the queue's role and its index: {@code nvme io queue 1},
     * {@code virtio-blk queue 0}.
     */
    static String queueKey(TraceHeader h, Metrics m) {
        String type = "?";
        int rank = 0;
        for (DeviceInfo d : h.devices()) {
            if (d.id() == m.device()) {
                type = d.type();
                break;
            }
        }
        for (DeviceInfo d : h.devices()) {
            if (d.id() == m.device()) {
                break;
            }
            if (d.type().equals(type)) {
                rank++;
            }
        }
        String role = type.equals("nvme") ? (m.queue() == 0 ? " admin" : " io") : "";
        return type + (rank > 0 ? " #" + (rank + 1) : "") + role + " queue " + m.queue();
    }

    private static double latency(Metrics m, Metrics.Latency kind, double p, long quantum) {
        LatencyHistogram h = m.latency(kind);
        if (h == null || h.count() == 0) {
            return Double.NaN;
        }
        return (p >= 100 ? h.max() : h.percentile(p, quantum)) / 1000.0;
    }

    private static double per(long a, long b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }

    /** The figures the runs' traces show (a latency kind no run shows is left out). */
    private static List<Figure> figures(List<Run> runs) {
        int steps = 0;
        int kinds = 0;
        long quantum = 1000;
        boolean sized = false;
        for (Run r : runs) {
            Metrics o = r.analysis().overall();
            steps |= o.steps();
            kinds |= o.kinds;
            sized |= o.sized() > 0;
            quantum = Math.min(quantum, r.analysis().quantum());
        }
        long q = quantum;
        List<Figure> f = new ArrayList<>();
        f.add(new Figure("requests", m -> m.requests(), 0));
        f.add(new Figure("IOPS", Metrics::iops, 1));
        if (sized) {
            f.add(new Figure("bytes/s", m -> m.sized() == 0 || m.span() <= 0 ? Double.NaN : m.bytes() * 1e9 / m.span(), 0));
        }
        if (Metrics.Latency.DEVICE.shownBy(steps)) {
            f.add(new Figure("depth (mean)", Metrics::depthMean, 3));
            f.add(new Figure("depth (max)", m -> m.depthMax(), 0));
        }
        String[] names = { "device", "submit>fetch", "complete>irq", "complete>consume", "submit>consume" };
        for (Metrics.Latency l : Metrics.Latency.values()) {
            if (!l.shownBy(steps)) {
                continue;
            }
            String n = names[l.ordinal()];
            f.add(new Figure(n + " p50 us", m -> latency(m, l, 50, q), 1));
            f.add(new Figure(n + " p90 us", m -> latency(m, l, 90, q), 1));
            f.add(new Figure(n + " p99 us", m -> latency(m, l, 99, q), 1));
            if (l == Metrics.Latency.DEVICE) {
                f.add(new Figure(n + " p99.9 us", m -> latency(m, l, 99.9, q), 1));
                f.add(new Figure(n + " max us", m -> latency(m, l, 100, q), 1));
            }
        }
        String[] per = { "kicks/req", "kicks suppressed/req", "MMIO SQ/req", "MMIO CQ/req", "eventfd/req" };
        for (int k = 0; k < per.length; k++) {
            int kind = k;
            if ((kinds & 1 << k) != 0) {
                f.add(new Figure(per[k], m -> per(m.notifications(kind), m.requests()), 3));
            }
        }
        if ((steps & Step.INTERRUPT.bit()) != 0) {
            f.add(new Figure("interrupts/req", m -> per(m.interrupts(), m.requests()), 3));
            if ((kinds & 1 << LifecycleSink.KICK_SUPPRESSED) != 0) { // a trace of notification decisions
                f.add(new Figure("irq suppressed/req", m -> per(m.interruptsSuppressed(), m.requests()), 3));
            }
            f.add(new Figure("completions/irq", m -> per(m.requests(), m.interrupts()), 3));
        }
        f.add(new Figure("requests/kick", m -> per(m.fetched(), m.kicks()), 3));
        if (Metrics.Latency.DEVICE.shownBy(steps)) {
            f.add(new Figure("out of order", m -> m.outOfOrder(), 0));
        }
        return f;
    }

    public List<Run> runs() {
        return runs;
    }

    /** The whole trace, then each queue matched across runs, in the first run's order. */
    public List<Section> sections() {
        return sections;
    }

    public List<Figure> figures() {
        return figures;
    }

    /** A figure of one run's metrics (NaN when unknown, or the run has no such queue). */
    public static double value(Figure f, Metrics m) {
        return m == null ? Double.NaN : f.value().applyAsDouble(m);
    }

    /** {@code value / first}, NaN when either is unknown or the first is 0. */
    public static double ratio(double value, double first) {
        return Double.isNaN(value) || Double.isNaN(first) || first == 0 ? Double.NaN : value / first;
    }

    /**
     * The comparison as JSON-friendly maps: {@code runs} (file and devices), then per section its
     * {@code title} and per figure the runs' values and their ratios to the first (null: unknown).
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> rs = new ArrayList<>();
        for (Run r : runs) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("file", r.name());
            x.put("devices", kinds(r.header()));
            rs.add(x);
        }
        m.put("runs", rs);
        List<Object> ss = new ArrayList<>();
        for (Section s : sections) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("title", s.title());
            Map<String, Object> fs = new LinkedHashMap<>();
            for (Figure f : figures) {
                List<Object> values = new ArrayList<>();
                List<Object> ratios = new ArrayList<>();
                double first = value(f, s.metrics().get(0));
                for (Metrics mm : s.metrics()) {
                    double v = value(f, mm);
                    values.add(Double.isNaN(v) ? null : round(v, f.decimals()));
                    double r = ratio(v, first);
                    ratios.add(Double.isNaN(r) ? null : round(r, 3));
                }
                Map<String, Object> fig = new LinkedHashMap<>();
                fig.put("values", values);
                fig.put("ratios", ratios);
                fs.put(f.name(), fig);
            }
            x.put("figures", fs);
            ss.add(x);
        }
        m.put("sections", ss);
        return m;
    }

    private static Object round(double v, int decimals) {
        if (decimals == 0) {
            return Math.round(v);
        }
        double s = Math.pow(10, decimals);
        return Math.round(v * s) / s;
    }

    // ---------------------------------------------------------------- the plot

    /** Colours of the runs in the plot, as #rrggbb (repeated beyond eight runs). */
    public static final String[] COLORS = { "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
            "#7f7f7f" };

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A nice round step for an axis up to {@code max} with about {@code ticks} ticks. */
    private static double step(double max, int ticks) {
        double raw = max / ticks;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double n = raw / mag;
        return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * mag;
    }

    /**
     * The plot, as SVG written by hand: the whole trace's device latency distributions (cumulative, a
     * logarithmic time axis), then over time (from each run's first event) its IOPS and its exits (kicks,
     * MMIO doorbells, eventfd signals) and interrupts per request; a colour per run.
     */
    public String svg() {
        int w = 900;
        int left = 80;
        int right = 30;
        int panelH = 220;
        int gap = 80;
        int top = 70;
        int height = top + 3 * (panelH + gap) + 20 + 18 * runs.size();
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w).append("\" height=\"").append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        s.append("<text x=\"").append(left).append("\" y=\"24\" font-size=\"15\" font-weight=\"bold\">")
                .append(esc("Runs compared: " + String.join(" vs ", kinds(runs.get(0).header()))))
                .append("</text>\n");
        s.append("<text x=\"").append(left).append("\" y=\"42\" fill=\"#555\">")
                .append("device latency (fetch to completion), IOPS, exits and interrupts per request</text>\n");
        int y0 = top;
        latencyPanel(s, left, y0, w - left - right, panelH);
        y0 += panelH + gap;
        seriesPanel(s, left, y0, w - left - right, panelH, "IOPS", false);
        y0 += panelH + gap;
        seriesPanel(s, left, y0, w - left - right, panelH, "per request: exits (solid), interrupts (dashed)", true);
        y0 += panelH + gap - 30;
        for (int i = 0; i < runs.size(); i++) {
            int ly = y0 + 18 * i;
            s.append("<rect x=\"").append(left).append("\" y=\"").append(ly - 10).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(COLORS[i % COLORS.length]).append("\"/>\n");
            s.append("<text x=\"").append(left + 18).append("\" y=\"").append(ly).append("\">")
                    .append(esc((char) ('A' + i) + "  " + runs.get(i).name())).append("</text>\n");
        }
        s.append("</svg>\n");
        return s.toString();
    }

    private static void frame(StringBuilder s, int x, int y, int w, int h, String title) {
        s.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(w).append("\" height=\"")
                .append(h).append("\" fill=\"none\" stroke=\"#999\"/>\n");
        s.append("<text x=\"").append(x).append("\" y=\"").append(y - 8).append("\" font-weight=\"bold\">").append(esc(title))
                .append("</text>\n");
    }

    private static void tick(StringBuilder s, int x1, int y1, int x2, int y2, int tx, int ty, String anchor, String label) {
        s.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2).append("\" y2=\"")
                .append(y2).append("\" stroke=\"#e4e4e4\"/>\n");
        s.append("<text x=\"").append(tx).append("\" y=\"").append(ty).append("\" text-anchor=\"").append(anchor).append("\">")
                .append(esc(label)).append("</text>\n");
    }

    private void latencyPanel(StringBuilder s, int x, int y, int w, int h) {
        frame(s, x, y, w, h, "device latency, cumulative (whole trace)");
        List<double[][]> cdfs = new ArrayList<>();
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (Run r : runs) {
            LatencyHistogram lh = r.analysis().overall().latency(Metrics.Latency.DEVICE);
            double[][] c = lh == null ? new double[0][] : lh.cdf(300);
            cdfs.add(c);
            for (double[] p : c) {
                lo = Math.min(lo, Math.max(1, p[0]));
                hi = Math.max(hi, p[0]);
            }
        }
        if (hi == 0) {
            s.append("<text x=\"").append(x + 10).append("\" y=\"").append(y + 20).append("\">no device latencies</text>\n");
            return;
        }
        double l0 = Math.floor(Math.log10(lo));
        double l1 = Math.max(l0 + 1, Math.ceil(Math.log10(hi)));
        for (double d = l0; d <= l1; d++) {
            int tx = x + (int) Math.round(w * (d - l0) / (l1 - l0));
            tick(s, tx, y, tx, y + h, tx, y + h + 16, "middle", us(Math.pow(10, d)));
        }
        for (int i = 0; i <= 4; i++) {
            int ty = y + h - h * i / 4;
            tick(s, x, ty, x + w, ty, x - 6, ty + 4, "end", (25 * i) + " %");
        }
        for (int i = 0; i < cdfs.size(); i++) {
            StringBuilder pts = new StringBuilder();
            double prevY = 0;
            for (double[] p : cdfs.get(i)) {
                double lx = (Math.log10(Math.max(1, p[0])) - l0) / (l1 - l0);
                int px = x + (int) Math.round(w * lx);
                pts.append(px).append(',').append(y + h - (int) Math.round(h * prevY)).append(' ');
                pts.append(px).append(',').append(y + h - (int) Math.round(h * p[1])).append(' ');
                prevY = p[1];
            }
            s.append("<polyline fill=\"none\" stroke=\"").append(COLORS[i % COLORS.length])
                    .append("\" stroke-width=\"1.5\" points=\"").append(pts.toString().trim()).append("\"/>\n");
        }
    }

    /** A time as us or ms for an axis label. */
    private static String us(double ns) {
        return ns >= 1e6 ? fmt(ns / 1e6).replace(".0", "") + " ms" : ns >= 1e3 ? fmt(ns / 1e3).replace(".0", "") + " us"
                : fmt(ns).replace(".0", "") + " ns";
    }

    private void seriesPanel(StringBuilder s, int x, int y, int w, int h, String title, boolean perRequest) {
        frame(s, x, y, w, h, title + " over time (from each run's first event)");
        double tMax = 0;
        double vMax = 0;
        for (Run r : runs) {
            Series se = r.analysis().series();
            tMax = Math.max(tMax, (double) se.size() * se.width());
            for (int i = 0; i < se.size(); i++) {
                if (perRequest) {
                    vMax = Math.max(vMax, nz(se.exitsPerRequest(i)));
                    vMax = Math.max(vMax, nz(se.interruptsPerRequest(i)));
                } else {
                    vMax = Math.max(vMax, se.iops(i));
                }
            }
        }
        if (tMax == 0 || vMax == 0) {
            s.append("<text x=\"").append(x + 10).append("\" y=\"").append(y + 20).append("\">no requests</text>\n");
            return;
        }
        double vs = step(vMax, 4);
        double vTop = Math.ceil(vMax / vs) * vs;
        for (double v = 0; v <= vTop + vs / 2; v += vs) {
            int ty = y + h - (int) Math.round(h * v / vTop);
            tick(s, x, ty, x + w, ty, x - 6, ty + 4, "end", perRequest ? String.format(Locale.ROOT, "%.2f", v)
                    : String.format(Locale.ROOT, "%.0f", v));
        }
        double ts = step(tMax / 1e9, 6);
        for (double t = 0; t <= tMax / 1e9 + ts / 2; t += ts) {
            int tx = x + (int) Math.round(w * t * 1e9 / tMax);
            if (tx <= x + w) {
                tick(s, tx, y, tx, y + h, tx, y + h + 16, "middle", String.format(Locale.ROOT, "%.3g s", t));
            }
        }
        for (int k = 0; k < (perRequest ? 2 : 1); k++) {
            for (int i = 0; i < runs.size(); i++) {
                Series se = runs.get(i).analysis().series();
                StringBuilder pts = new StringBuilder();
                for (int b = 0; b <= se.size(); b++) {
                    double v = b == se.size() ? Double.NaN
                            : perRequest ? (k == 0 ? se.exitsPerRequest(b) : se.interruptsPerRequest(b)) : se.iops(b);
                    if (Double.isNaN(v)) { // no requests in this bucket: the line stops here
                        if (pts.length() > 0) {
                            s.append("<polyline fill=\"none\" stroke=\"").append(COLORS[i % COLORS.length])
                                    .append("\" stroke-width=\"1.2\"").append(k == 1 ? " stroke-dasharray=\"4 3\"" : "")
                                    .append(" points=\"").append(pts.toString().trim()).append("\"/>\n");
                            pts.setLength(0);
                        }
                        continue;
                    }
                    int px = x + (int) Math.round(w * (b + 0.5) * se.width() / tMax);
                    pts.append(px).append(',').append(y + h - (int) Math.round(h * v / vTop)).append(' ');
                }
            }
        }
    }

    private static double nz(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
