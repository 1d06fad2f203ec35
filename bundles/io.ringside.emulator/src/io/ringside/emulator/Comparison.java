package io.ringside.emulator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.ringside.core.check.ViolationSink;
import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.engine.Replay;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.util.ProgressMonitor;
import io.ringside.emulator.nvme.NvmeOptions;
import io.ringside.nvme.NvmeModel;
import io.ringside.virtio.VirtioModel;

/**
 * Runs the reference emulator over the cross product of varied settings ({@code KEY=V1,V2,...}), checks
 * every run on the fly (no trace files) and measures what each configuration costs per request:
 * NVMe MMIO doorbell exits, eventfd signals, shadow-only updates and interrupts per command, and the
 * simulated IOPS; virtio kicks and interrupts per request, sent and suppressed. The command line's
 * {@code compare} and the workbench's comparison both run it.
 */
public final class Comparison {

    /** At most this many configurations in one comparison. */
    public static final int MAX_RUNS = 256;

    /** The keys a virtio workload can vary. */
    public static final String VIRTIO_KEYS = "layout, event-idx, in-order, indirect, queue-size, queue-depth, batch, "
            + "completion, requests, seed";

    /** One configuration's results: per-request figures by {@link Metric#key()}. */
    public record Run(String label, Map<String, String> settings, long requests, long violations, boolean stopped,
            Map<String, Double> perRequest, double iops) {

        public double get(Metric m) {
            return perRequest.get(m.key());
        }
    }

    /** A figure per request: its key in {@link Run#perRequest()}, a short column head and a legend for plots. */
    public record Metric(String key, String head, String legend) {
    }

    private static final List<Metric> NVME = List.of(new Metric("mmioExits", "MMIO/cmd", "MMIO doorbell exits"),
            new Metric("mmioSq", "SQ MMIO", "SQ tail MMIO exits"), new Metric("mmioCq", "CQ MMIO", "CQ head MMIO exits"),
            new Metric("eventfdSignals", "eventfd", "eventfd signals"),
            new Metric("shadowOnly", "shadow-only", "shadow-only updates"), new Metric("interrupts", "irq/cmd", "interrupts"));
    private static final List<Metric> VIRTIO = List.of(new Metric("kicks", "kicks/req", "kicks"),
            new Metric("kicksSuppressed", "kicks suppr.", "kicks suppressed"),
            new Metric("interrupts", "irq/req", "interrupts"),
            new Metric("interruptsSuppressed", "irq suppr.", "interrupts suppressed"));

    private final Workload base;
    private final DeviceEmulator emulator;
    private final Fault fault;
    private final List<String> keys;
    private final List<List<String>> values;
    private final int size;

    private Comparison(Workload base, DeviceEmulator emulator, Fault fault, List<String> keys, List<List<String>> values,
            int size) {
        this.base = base;
        this.emulator = emulator;
        this.fault = fault;
        this.keys = keys;
        this.values = values;
        this.size = size;
    }

    /**
     * A comparison of {@code base} over the cross product of {@code vary} settings ({@code KEY=V1,V2,...}
     * each; none: the workload alone), every run with {@code faultName} planted (null or blank: none).
     * Every configuration is built here, so a bad key or value is an error before anything runs.
     *
     * @throws IllegalArgumentException with a user-readable message
     */
    public static Comparison of(Workload base, List<String> vary, String faultName) {
        DeviceEmulator em = Emulators.forDevice(base.device());
        if (em == null) {
            throw new IllegalArgumentException("no emulator for device '" + base.device() + "'");
        }
        Fault fault = null;
        if (faultName != null && !faultName.isBlank()) {
            fault = em.fault(faultName.trim());
            if (fault == null) {
                throw new IllegalArgumentException("unknown " + base.device() + " fault '" + faultName.trim()
                        + "' (see: ringside generate --list-faults)");
            }
        }
        List<String> keys = new ArrayList<>();
        List<List<String>> values = new ArrayList<>();
        for (String v : vary) {
            int eq = v.indexOf('=');
            if (eq <= 0 || eq == v.length() - 1) {
                throw new IllegalArgumentException("--vary takes KEY=V1,V2,... (for example shadow-doorbell=on,off), not '"
                        + v + "'");
            }
            keys.add(v.substring(0, eq).trim());
            List<String> vs = new ArrayList<>();
            for (String s : v.substring(eq + 1).split(",")) {
                if (!s.isBlank()) {
                    vs.add(s.trim());
                }
            }
            values.add(vs);
        }
        java.math.BigInteger total = java.math.BigInteger.ONE; // exact, however many values were given
        for (List<String> vs : values) {
            total = total.multiply(java.math.BigInteger.valueOf(vs.size()));
        }
        if (total.compareTo(java.math.BigInteger.valueOf(MAX_RUNS)) > 0) {
            throw new IllegalArgumentException("--vary makes " + total + " runs; at most " + MAX_RUNS);
        }
        Comparison c = new Comparison(base, em, fault, keys, values, total.intValue());
        for (int i = 0; i < c.size; i++) {
            c.workload(i); // every setting is checked before the first run
        }
        return c;
    }

    public Workload base() {
        return base;
    }

    public boolean nvme() {
        return base.device().equals("nvme");
    }

    /** Configurations to run. */
    public int size() {
        return size;
    }

    /** The figures per request of this device's runs, in table order. */
    public List<Metric> metrics() {
        return nvme() ? NVME : VIRTIO;
    }

    /** The settings of configuration {@code i}, in the order of the varied keys. */
    public Map<String, String> settings(int i) {
        Map<String, String> settings = new LinkedHashMap<>();
        int rest = i;
        String[] chosen = new String[keys.size()];
        for (int k = keys.size() - 1; k >= 0; k--) {
            List<String> vs = values.get(k);
            chosen[k] = vs.get(rest % vs.size());
            rest /= vs.size();
        }
        for (int k = 0; k < keys.size(); k++) {
            settings.put(keys.get(k), chosen[k]);
        }
        return settings;
    }

    private Workload workload(int i) {
        Workload w = base;
        for (Map.Entry<String, String> e : settings(i).entrySet()) {
            w = nvme() ? NvmeOptions.vary(w, e.getKey(), e.getValue()) : varyVirtio(w, e.getKey(), e.getValue());
        }
        return w;
    }

    /**
     * Runs every configuration in order; {@code monitor} counts configurations and can cancel between runs
     * and within one (the runs done so far are returned).
     */
    public List<Run> run(ProgressMonitor monitor) throws IOException {
        ProgressMonitor m = monitor == null ? ProgressMonitor.NULL : monitor;
        m.begin("comparing " + size + " configuration(s)", size);
        List<Run> runs = new ArrayList<>();
        try {
            for (int i = 0; i < size && !m.isCanceled(); i++) {
                Run r = run(workload(i), settings(i), m);
                if (m.isCanceled()) {
                    break;
                }
                runs.add(r);
                m.worked(i + 1);
            }
        } finally {
            m.done();
        }
        return runs;
    }

    private Run run(Workload w, Map<String, String> settings, ProgressMonitor outer) throws IOException {
        TraceHeader h = emulator.header(w, fault, null);
        Replay replay = Replay.of(h, List.of(new VirtioModel(), NvmeModel.INSTANCE), CheckOptions.DEFAULT);
        long[] count = { 0 };
        long[] violations = { 0 };
        long[] ioSpan = { -1, 0 }; // simulated time of the first I/O-queue event and of the last event
        ViolationSink sink = v -> violations[0]++;
        DeviceEmulator.Result res = emulator.run(w, fault, e -> {
            e.seq(count[0]++);
            if (ioSpan[0] < 0 && e.queue() > 0) {
                ioSpan[0] = e.time();
            }
            ioSpan[1] = Math.max(ioSpan[1], e.time());
            replay.apply(e, sink);
        }, cancelOnly(outer));
        replay.finish(Math.max(0, count[0] - 1), sink);
        Map<String, Long> t = new TreeMap<>();
        for (DeviceEngine en : replay.engines()) {
            en.addTotals(t);
        }
        Map<String, Double> per = new LinkedHashMap<>();
        long n;
        if (nvme()) {
            n = t.getOrDefault("ioCommands", 0L);
            double d = Math.max(1, n);
            long sq = t.getOrDefault("mmioSqDoorbells", 0L);
            long cq = t.getOrDefault("mmioCqDoorbells", 0L);
            per.put("mmioExits", (sq + cq) / d);
            per.put("mmioSq", sq / d);
            per.put("mmioCq", cq / d);
            per.put("eventfdSignals", t.getOrDefault("eventfdSignals", 0L) / d);
            per.put("shadowOnly", t.getOrDefault("skippedDoorbells", 0L) / d);
            per.put("interrupts", t.getOrDefault("interrupts", 0L) / d);
        } else {
            n = t.getOrDefault("buffers", 0L);
            double d = Math.max(1, n);
            per.put("kicks", t.getOrDefault("kicks", 0L) / d);
            per.put("kicksSuppressed", t.getOrDefault("kicksSuppressed", 0L) / d);
            per.put("interrupts", t.getOrDefault("interrupts", 0L) / d);
            per.put("interruptsSuppressed", t.getOrDefault("interruptsSuppressed", 0L) / d);
        }
        StringBuilder label = new StringBuilder();
        for (Map.Entry<String, String> e : settings.entrySet()) {
            if (label.length() > 0) {
                label.append(' ');
            }
            label.append(e.getKey()).append('=').append(e.getValue());
        }
        // simulated IOPS: I/O commands per simulated second, from the first I/O-queue event to the end
        double span = ioSpan[0] < 0 ? 0 : ioSpan[1] - ioSpan[0];
        double iops = nvme() && span > 0 ? n * 1e9 / span : Double.NaN;
        return new Run(label.length() == 0 ? "(workload)" : label.toString(), settings, n, violations[0], res.stopped(),
                per, iops);
    }

    /** The outer monitor's cancellation for one run, without its own begin/worked (the outer counts runs). */
    private static ProgressMonitor cancelOnly(ProgressMonitor outer) {
        return new ProgressMonitor() {
            @Override
            public void begin(String task, long total) {
            }

            @Override
            public void worked(long done) {
            }

            @Override
            public boolean isCanceled() {
                return outer.isCanceled();
            }

            @Override
            public void done() {
            }
        };
    }

    static Workload varyVirtio(Workload w, String key, String value) {
        Workload.Virtio v = w.virtio();
        return switch (key) {
            case "layout" -> {
                if (!value.equals("split") && !value.equals("packed")) {
                    throw new IllegalArgumentException("layout must be split or packed, not '" + value + "'");
                }
                yield w.withVirtio(v.withLayout(value));
            }
            case "event-idx" -> w.withVirtio(v.withEventIdx(Workload.onOff(key, value)));
            case "in-order" -> w.withVirtio(v.withInOrder(Workload.onOff(key, value)));
            case "indirect" -> w.withVirtio(v.withIndirect(Workload.onOff(key, value)));
            case "queue-size" -> w.withVirtio(v.withQueueSize(number(key, value)));
            case "queue-depth" -> w.withQueueDepth(number(key, value));
            case "batch" -> w.withBatch(number(key, value));
            case "completion" -> w.withCompletion(value);
            case "requests" -> w.withRequests(number(key, value));
            case "seed" -> w.withSeed(number(key, value));
            default -> throw new IllegalArgumentException("cannot vary '" + key + "' for virtio (keys: " + VIRTIO_KEYS + ")");
        };
    }

    private static int number(String key, String v) {
        try {
            int n = Integer.parseInt(v);
            if (n < 1) {
                throw new IllegalArgumentException(key + " must be at least 1, not " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, not '" + v + "'");
        }
    }

    /** The figures a plot shows: NVMe doorbell exits by queue, eventfd signals and interrupts; virtio kicks and interrupts. */
    public List<Metric> plotted() {
        return nvme() ? List.of(NVME.get(1), NVME.get(2), NVME.get(3), NVME.get(5)) : List.of(VIRTIO.get(0), VIRTIO.get(2));
    }

    /** The plot's title and subtitle. */
    public String[] titles() {
        return new String[] {
                base.device() + ": " + (nvme() ? "doorbell exits, eventfd signals and interrupts per command"
                        : "kicks and interrupts per request"),
                "workload " + base.name() + ", " + base.requests() + " requests per run, seed " + base.seed() };
    }

    /** The plot's colours, one per {@link #plotted()} figure, as #rrggbb. */
    public static final String[] COLORS = { "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728" };

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A grouped bar chart of {@link #plotted()} figures, one group per configuration, as SVG written by hand. */
    public String svg(List<Run> runs) {
        List<Metric> cols = plotted();
        double max = 0.1;
        for (Run r : runs) {
            for (Metric c : cols) {
                max = Math.max(max, r.get(c));
            }
        }
        double top = Math.ceil(max * 4) / 4;
        int left = 70, right = 20, plotTop = 60, plotH = 300, barW = 14, gap = 26;
        int groupW = cols.size() * barW + gap;
        int width = Math.max(520, left + right + runs.size() * groupW + gap);
        int height = plotTop + plotH + 150;
        String[] titles = titles();
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        s.append("<text x=\"").append(left).append("\" y=\"24\" font-size=\"15\" font-weight=\"bold\">")
                .append(esc(titles[0])).append("</text>\n");
        s.append("<text x=\"").append(left).append("\" y=\"42\" fill=\"#555\">").append(esc(titles[1])).append("</text>\n");
        // grid and axis
        int ticks = 4;
        for (int i = 0; i <= ticks; i++) {
            double v = top * i / ticks;
            int y = plotTop + plotH - (int) Math.round(plotH * v / top);
            s.append("<line x1=\"").append(left).append("\" x2=\"").append(width - right).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#ddd\"/>\n");
            s.append("<text x=\"").append(left - 6).append("\" y=\"").append(y + 4).append("\" text-anchor=\"end\">")
                    .append(String.format(Locale.ROOT, "%.2f", v)).append("</text>\n");
        }
        s.append("<line x1=\"").append(left).append("\" x2=\"").append(left).append("\" y1=\"").append(plotTop)
                .append("\" y2=\"").append(plotTop + plotH).append("\" stroke=\"black\"/>\n");
        s.append("<text transform=\"translate(18,").append(plotTop + plotH / 2).append(") rotate(-90)\" text-anchor=\"middle\">")
                .append(nvme() ? "per command" : "per request").append("</text>\n");
        for (int g = 0; g < runs.size(); g++) {
            Run r = runs.get(g);
            int x0 = left + gap + g * groupW;
            for (int c = 0; c < cols.size(); c++) {
                double v = r.get(cols.get(c));
                int h = (int) Math.round(plotH * v / top);
                int x = x0 + c * barW;
                s.append("<rect x=\"").append(x).append("\" y=\"").append(plotTop + plotH - h).append("\" width=\"")
                        .append(barW - 2).append("\" height=\"").append(h).append("\" fill=\"").append(COLORS[c])
                        .append("\"><title>").append(esc(r.label() + ": " + cols.get(c).legend() + " "
                                + String.format(Locale.ROOT, "%.3f", v)))
                        .append("</title></rect>\n");
            }
            int cx = x0 + cols.size() * barW / 2;
            s.append("<text transform=\"translate(").append(cx).append(',').append(plotTop + plotH + 10)
                    .append(") rotate(40)\" font-size=\"11\">").append(esc(r.label())).append("</text>\n");
        }
        int ly = height - 24;
        int lx = left;
        for (int c = 0; c < cols.size(); c++) {
            String name = cols.get(c).legend();
            s.append("<rect x=\"").append(lx).append("\" y=\"").append(ly - 10).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(COLORS[c]).append("\"/>\n");
            s.append("<text x=\"").append(lx + 16).append("\" y=\"").append(ly).append("\">").append(esc(name))
                    .append("</text>\n");
            lx += 24 + name.length() * 7;
        }
        s.append("</svg>\n");
        return s.toString();
    }
}
