package io.ringside.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import io.ringside.core.util.AtomicFile;
import io.ringside.emulator.DeviceEmulator;
import io.ringside.emulator.Emulators;
import io.ringside.emulator.Fault;
import io.ringside.emulator.Workload;
import io.ringside.emulator.WorkloadReader;
import io.ringside.emulator.nvme.NvmeOptions;

/**
 * {@code ringside compare WORKLOAD --vary KEY=V1,V2 [--vary ...]}: runs the reference emulator over the
 * cross product of the varied settings, checks every run on the fly (no trace files), prints the cost of
 * each configuration per request side by side and optionally writes an SVG plot of it.
 */
final class CompareCommand implements Command {

    String workload;

    final List<String> vary = new ArrayList<>();

    Long requests;

    Long seed;

    String inject;

    Path plot;

    boolean json;

    @Override
    public void declare(Args a) {
        a.description("Run the emulator over the cross product of --vary settings and compare the cost per request:",
                "NVMe: MMIO doorbell exits, eventfd signals, shadow-only updates and interrupts per command;",
                "virtio: kicks and interrupts per request (sent and suppressed).");
        a.param("WORKLOAD", Args.STRING, v -> workload = v,
                "Workload JSON file, a sample name (samples/workloads/), or a device: nvme, virtio-blk.");
        a.option("--vary", "KEY=V1,V2,...", Args.STRING, vary::add,
                "A setting and its values (repeatable; runs the cross product).",
                "nvme: " + NvmeOptions.KEYS + ".",
                "virtio: layout, event-idx, in-order, indirect, queue-size, queue-depth, batch, completion, requests, seed.")
                .repeatable();
        a.option("--requests", "N", Args.LONG, v -> requests = v, "Requests per run (default: the workload's).");
        a.option("--seed", "N", Args.LONG, v -> seed = v, "Random seed of every run.");
        a.option("--inject", "FAULT", Args.STRING, v -> inject = v,
                "Plant a fault in every run (e.g. nvme-missing-cq-eventidx: QEMU 7.1's controller).");
        a.option("-o, --plot", "FILE.svg", Args.PATH, v -> plot = v, "Write an SVG plot of notifications per request.");
        a.flag("--json", v -> json = v, "Print the rows as JSON.");
    }

    /** One configuration's results. */
    record Row(String label, Map<String, String> settings, long requests, long violations, boolean stopped,
            Map<String, Double> perRequest, double iops) {
    }

    @Override
    public int run(Invocation inv) throws Exception {
        PrintWriter out = inv.out();
        PrintWriter err = inv.err();
        Workload base = load(workload);
        if (requests != null) {
            if (requests < 1) {
                throw new CliException("--requests must be at least 1");
            }
            base = base.withRequests(requests);
        }
        if (seed != null) {
            base = base.withSeed(seed);
        }
        DeviceEmulator em = Emulators.forDevice(base.device());
        if (em == null) {
            throw new CliException("no emulator for device '" + base.device() + "'");
        }
        Fault fault = null;
        if (inject != null) {
            fault = em.fault(inject);
            if (fault == null) {
                throw new CliException("unknown " + base.device() + " fault '" + inject + "' (see: ringside generate --list-faults)");
            }
        }
        List<String> keys = new ArrayList<>();
        List<List<String>> values = new ArrayList<>();
        for (String v : vary) {
            int eq = v.indexOf('=');
            if (eq <= 0 || eq == v.length() - 1) {
                throw new CliException("--vary takes KEY=V1,V2,... (for example shadow-doorbell=on,off), not '" + v + "'");
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
        boolean nvme = base.device().equals("nvme");
        List<Row> rows = new ArrayList<>();
        int total = 1;
        for (List<String> vs : values) {
            total *= vs.size();
        }
        if (total > 256) {
            throw new CliException("--vary makes " + total + " runs; at most 256");
        }
        for (int i = 0; i < total; i++) {
            Map<String, String> settings = new LinkedHashMap<>();
            Workload w = base;
            int rest = i;
            for (int k = keys.size() - 1; k >= 0; k--) {
                List<String> vs = values.get(k);
                settings.put(keys.get(k), vs.get(rest % vs.size()));
                rest /= vs.size();
            }
            Map<String, String> ordered = new LinkedHashMap<>();
            for (String k : keys) {
                ordered.put(k, settings.get(k));
                w = nvme ? NvmeOptions.vary(w, k, settings.get(k)) : varyVirtio(w, k, settings.get(k));
            }
            rows.add(run(em, w, fault, ordered, nvme));
        }
        if (json) {
            List<Object> l = new ArrayList<>();
            for (Row r : rows) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("settings", r.settings());
                m.put("requests", r.requests());
                m.put("violations", r.violations());
                m.put("stopped", r.stopped());
                m.put("perRequest", r.perRequest());
                if (nvme) {
                    m.put("iops", Math.round(r.iops()));
                }
                l.add(m);
            }
            Json.write(out, Map.of("device", base.device(), "workload", base.name(), "runs", l), true);
        } else {
            printTable(out, base, rows, nvme);
        }
        out.flush();
        if (plot != null) {
            AtomicFile.write(plot, svg(base, rows, nvme).getBytes(StandardCharsets.UTF_8));
            err.println("wrote " + plot);
            err.flush();
        }
        return 0;
    }

    private static Workload load(String name) throws IOException {
        Path p = Tools.sample("workloads", name, ".json");
        if (p != null) {
            return WorkloadReader.read(p);
        }
        if (Emulators.forDevice(name) != null) {
            return Workload.defaults(name);
        }
        throw new CliException("no workload file or sample named '" + name + "' (or a device: "
                + String.join(", ", Emulators.devices()) + ")");
    }

    static Workload varyVirtio(Workload w, String key, String value) {
        Workload.Virtio v = w.virtio();
        return switch (key) {
            case "layout" -> {
                if (!value.equals("split") && !value.equals("packed")) {
                    throw new CliException("layout must be split or packed, not '" + value + "'");
                }
                yield w.withVirtio(v.withLayout(value));
            }
            case "event-idx" -> w.withVirtio(v.withEventIdx(onOff(key, value)));
            case "in-order" -> w.withVirtio(v.withInOrder(onOff(key, value)));
            case "indirect" -> w.withVirtio(v.withIndirect(onOff(key, value)));
            case "queue-size" -> w.withVirtio(v.withQueueSize(number(key, value)));
            case "queue-depth" -> w.withQueueDepth(number(key, value));
            case "batch" -> w.withBatch(number(key, value));
            case "completion" -> w.withCompletion(value);
            case "requests" -> w.withRequests(number(key, value));
            case "seed" -> w.withSeed(number(key, value));
            default -> throw new CliException("cannot vary '" + key + "' for virtio (keys: layout, event-idx, in-order, "
                    + "indirect, queue-size, queue-depth, batch, completion, requests, seed)");
        };
    }

    private static boolean onOff(String key, String v) {
        return switch (v) {
            case "on", "true", "yes", "1" -> true;
            case "off", "false", "no", "0" -> false;
            default -> throw new CliException(key + " must be on or off, not '" + v + "'");
        };
    }

    private static int number(String key, String v) {
        try {
            int n = Integer.parseInt(v);
            if (n < 1) {
                throw new CliException(key + " must be at least 1, not " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new CliException(key + " must be a number, not '" + v + "'");
        }
    }

    private static Row run(DeviceEmulator em, Workload w, Fault fault, Map<String, String> settings, boolean nvme)
            throws IOException {
        TraceHeader h = em.header(w, fault, null);
        Replay replay = Replay.of(h, Tools.modelList(), CheckOptions.DEFAULT);
        long[] count = { 0 };
        long[] violations = { 0 };
        long[] ioSpan = { -1, 0 }; // simulated time of the first I/O-queue event and of the last event
        ViolationSink sink = v -> violations[0]++;
        DeviceEmulator.Result res = em.run(w, fault, e -> {
            e.seq(count[0]++);
            if (ioSpan[0] < 0 && e.queue() > 0) {
                ioSpan[0] = e.time();
            }
            ioSpan[1] = Math.max(ioSpan[1], e.time());
            replay.apply(e, sink);
        }, null);
        replay.finish(Math.max(0, count[0] - 1), sink);
        Map<String, Long> t = new TreeMap<>();
        for (DeviceEngine en : replay.engines()) {
            en.addTotals(t);
        }
        Map<String, Double> per = new LinkedHashMap<>();
        long n;
        if (nvme) {
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
        double iops = nvme && span > 0 ? n * 1e9 / span : Double.NaN;
        return new Row(label.length() == 0 ? "(workload)" : label.toString(), settings, n, violations[0], res.stopped(),
                per, iops);
    }

    private static final String[] NVME_COLS = { "mmioExits", "mmioSq", "mmioCq", "eventfdSignals", "shadowOnly", "interrupts" };
    private static final String[] NVME_HEAD = { "MMIO/cmd", "SQ MMIO", "CQ MMIO", "eventfd", "shadow-only", "irq/cmd" };
    private static final String[] VIRTIO_COLS = { "kicks", "kicksSuppressed", "interrupts", "interruptsSuppressed" };
    private static final String[] VIRTIO_HEAD = { "kicks/req", "kicks suppr.", "irq/req", "irq suppr." };

    private static void printTable(PrintWriter out, Workload base, List<Row> rows, boolean nvme) {
        String[] cols = nvme ? NVME_COLS : VIRTIO_COLS;
        String[] head = nvme ? NVME_HEAD : VIRTIO_HEAD;
        int lw = 14;
        for (Row r : rows) {
            lw = Math.max(lw, r.label().length());
        }
        out.println(base.device() + " workload '" + base.name() + "', " + base.requests() + " requests per run, seed " + base.seed()
                + (nvme ? " (per command; exits = trapped MMIO doorbell writes; kIOPS = thousands of commands per"
                        + " simulated second)" : " (per request)"));
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-" + lw + "s", "configuration"));
        for (String h : head) {
            sb.append(String.format(Locale.ROOT, " %11s", h));
        }
        if (nvme) {
            sb.append(String.format(Locale.ROOT, " %8s", "kIOPS"));
        }
        sb.append(String.format(Locale.ROOT, " %10s", "violations"));
        out.println(sb);
        for (Row r : rows) {
            sb = new StringBuilder(String.format(Locale.ROOT, "%-" + lw + "s", r.label()));
            for (String c : cols) {
                sb.append(String.format(Locale.ROOT, " %11.3f", r.perRequest().get(c)));
            }
            if (nvme) {
                sb.append(String.format(Locale.ROOT, " %8.1f", r.iops() / 1000));
            }
            sb.append(String.format(Locale.ROOT, " %10d", r.violations()));
            if (r.stopped()) {
                sb.append("  (stopped early)");
            }
            out.println(sb);
        }
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A grouped bar chart, one group per configuration, written by hand (no library). */
    static String svg(Workload base, List<Row> rows, boolean nvme) {
        String[] cols = nvme ? new String[] { "mmioSq", "mmioCq", "eventfdSignals", "interrupts" }
                : new String[] { "kicks", "interrupts" };
        String[] names = nvme ? new String[] { "SQ tail MMIO exits", "CQ head MMIO exits", "eventfd signals", "interrupts" }
                : new String[] { "kicks", "interrupts" };
        String[] colors = { "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728" };
        double max = 0.1;
        for (Row r : rows) {
            for (String c : cols) {
                max = Math.max(max, r.perRequest().get(c));
            }
        }
        double top = Math.ceil(max * 4) / 4;
        int left = 70, right = 20, plotTop = 60, plotH = 300, barW = 14, gap = 26;
        int groupW = cols.length * barW + gap;
        int width = Math.max(520, left + right + rows.size() * groupW + gap);
        int height = plotTop + plotH + 150;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        s.append("<text x=\"").append(left).append("\" y=\"24\" font-size=\"15\" font-weight=\"bold\">")
                .append(esc(base.device() + ": " + (nvme ? "doorbell exits, eventfd signals and interrupts per command"
                        : "kicks and interrupts per request")))
                .append("</text>\n");
        s.append("<text x=\"").append(left).append("\" y=\"42\" fill=\"#555\">")
                .append(esc("workload " + base.name() + ", " + base.requests() + " requests per run, seed " + base.seed()))
                .append("</text>\n");
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
                .append(nvme ? "per command" : "per request").append("</text>\n");
        for (int g = 0; g < rows.size(); g++) {
            Row r = rows.get(g);
            int x0 = left + gap + g * groupW;
            for (int c = 0; c < cols.length; c++) {
                double v = r.perRequest().get(cols[c]);
                int h = (int) Math.round(plotH * v / top);
                int x = x0 + c * barW;
                s.append("<rect x=\"").append(x).append("\" y=\"").append(plotTop + plotH - h).append("\" width=\"")
                        .append(barW - 2).append("\" height=\"").append(h).append("\" fill=\"").append(colors[c])
                        .append("\"><title>").append(esc(r.label() + ": " + names[c] + " "
                                + String.format(Locale.ROOT, "%.3f", v)))
                        .append("</title></rect>\n");
            }
            int cx = x0 + cols.length * barW / 2;
            s.append("<text transform=\"translate(").append(cx).append(',').append(plotTop + plotH + 10)
                    .append(") rotate(40)\" font-size=\"11\">").append(esc(r.label())).append("</text>\n");
        }
        int ly = height - 24;
        int lx = left;
        for (int c = 0; c < cols.length; c++) {
            s.append("<rect x=\"").append(lx).append("\" y=\"").append(ly - 10).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(colors[c]).append("\"/>\n");
            s.append("<text x=\"").append(lx + 16).append("\" y=\"").append(ly).append("\">").append(esc(names[c]))
                    .append("</text>\n");
            lx += 24 + names[c].length() * 7;
        }
        s.append("</svg>\n");
        return s.toString();
    }
}
