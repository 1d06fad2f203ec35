package io.ringside.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.ringside.cli.args.Args;
import io.ringside.core.analysis.Metrics;
import io.ringside.core.analysis.RequestAnalysis;
import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.trace.DeviceInfo;

/**
 * {@code ringside stats [--json] [--verbose] [--window DURATION [--csv]] [--guest FTRACE] FILE}: per-queue
 * counters of the engines and the request analysis (latency, rates, depth, notifications and batching
 * per queue and epoch and for the whole trace), as a table, the full list or JSON; with a window, the
 * same metrics as a time series (and guest/host NVMe command matching with --guest).
 */
final class StatsCommand implements Command {

    Path file;

    boolean json;

    boolean verbose;

    boolean csv;

    String window;

    String needEvent;

    Path guest;

    @Override
    public void declare(Args a) {
        a.description("Per-queue metrics: requests, latency, IOPS, depth, kicks and interrupts (sent and suppressed),",
                "MMIO doorbells and batching per request, for each queue and epoch and the whole trace.");
        QemuLogOptions.declare(a);
        a.param("FILE", Args.PATH, v -> file = v, "Trace to replay; - for standard input (a pipe is copied to a "
                + "temporary file first).");
        a.flag("--json", v -> json = v,
                "Print JSON: {events, violations, totals, queues, overall}, and guest with --guest.");
        a.flag("--verbose", v -> verbose = v, "Print every counter of every queue instead of the table.");
        a.option("--window", "DURATION", Args.STRING, v -> window = v,
                "Print the metrics per time window (10ms, 1s, 500us...) as a series: a table, --json or --csv.");
        a.flag("--csv", v -> csv = v, "With --window: print the series as CSV, a row per window and queue.");
        a.option("--need-event", "linux|spdk", Args.STRING, v -> needEvent = v,
                "Notification formula to expect (default: the trace header's, else linux).");
        a.option("--guest", "FTRACE", Args.PATH, v -> guest = v, GuestSection.HELP);
    }

    @Override
    public Object input() {
        return file;
    }

    @Override
    public int run(Invocation inv) throws Exception {
        file = inv.input(file);
        guest = guest == null ? null : inv.input(guest);
        PrintWriter out = inv.out();
        PrintWriter err = inv.err();
        if (csv && window == null) {
            throw new CliException("--csv prints the series of --window: give a window (for example --window 10ms)");
        }
        if (csv && json) {
            throw new CliException("--csv and --json: choose one");
        }
        if (window != null) {
            if (guest != null) {
                throw new CliException("--guest and --window: the guest matching is not a series; run them separately");
            }
            return series(out, err, Durations.parseNs("--window", window));
        }
        GuestSection g = guest == null ? null : GuestSection.read(guest, file); // a bad guest file fails before the replay
        ReplayRun r = ReplayRun.run(file, ReplayRun.options(needEvent),
                new ConsoleProgress(err, ConsoleProgress.stderrIsTerminal()), -1, 0, new ReplayRun.Analysis(0, null));
        for (String w : r.warnings) {
            err.println("warning: " + w);
        }
        RequestAnalysis an = r.analysis;
        Map<String, Long> totals = new TreeMap<>();
        List<Map<String, Object>> queues = new ArrayList<>();
        List<Metrics> rows = new ArrayList<>();
        List<DeviceInfo> devices = r.header.devices();
        List<DeviceEngine> engines = r.replay.engines();
        for (int i = 0; i < engines.size(); i++) {
            DeviceEngine en = engines.get(i);
            en.addTotals(totals);
            List<Map<String, Object>> entries = en.queueStats();
            List<Metrics> ms = an.matching(devices.get(i).id(), entries);
            for (int k = 0; k < entries.size(); k++) {
                // the engine's entry, then the request analysis of that queue and epoch
                Map<String, Object> entry = new LinkedHashMap<>(entries.get(k));
                Metrics m = ms.get(k);
                if (m != null) {
                    entry.putAll(an.toMap(m));
                }
                queues.add(entry);
                rows.add(m);
            }
        }
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("events", r.events);
            m.put("violations", r.violations.count());
            Long io = totals.get("ioCommands");
            if (io != null && io > 0) { // NVMe: MMIO doorbell writes (SQ tail + CQ head) per I/O command
                long mmio = totals.getOrDefault("mmioSqDoorbells", 0L) + totals.getOrDefault("mmioCqDoorbells", 0L);
                m.put("mmioDoorbellsPerCommand", Math.round(mmio * 1000.0 / io) / 1000.0);
            }
            m.put("totals", totals);
            m.put("queues", queues);
            m.put("overall", an.toMap(an.overall()));
            if (g != null) {
                m.put("guest", g.match(file).toMap());
            }
            Json.write(out, m, true);
            return 0;
        }
        // the report is built in one StringBuilder and written at once: ~1,800 lines for a large QEMU log,
        // which through println (lock, buffer, encoder per line, in cold code) took 8-10 ms
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append(file).append(": ").append(r.events).append(" events, ").append(r.violations.count())
                .append(" violation(s)").append(nl);
        if (verbose) {
            for (Map<String, Object> q : queues) {
                sb.append("queue ").append(q.get("queue"));
                if (q.containsKey("device")) {
                    sb.append(" (device ").append(q.get("device")).append(')');
                }
                sb.append(", ").append(q.get("layout")).append(':').append(nl);
                for (Map.Entry<String, Object> e : q.entrySet()) {
                    String k = e.getKey();
                    if (!k.equals("queue") && !k.equals("layout") && !k.equals("device")) {
                        rows(sb, k, e.getValue(), nl);
                    }
                }
            }
            sb.append("overall:").append(nl);
            for (Map.Entry<String, Object> e : an.toMap(an.overall()).entrySet()) {
                rows(sb, e.getKey(), e.getValue(), nl);
            }
        } else {
            table(sb, queues, rows, an, nl);
        }
        Long ioCmds = totals.get("ioCommands");
        if (ioCmds != null && ioCmds > 0) {
            long mmio = totals.getOrDefault("mmioSqDoorbells", 0L) + totals.getOrDefault("mmioCqDoorbells", 0L);
            sb.append("mmioDoorbellsPerCommand ").append(thousandths(mmio, ioCmds)).append(nl);
        }
        if (verbose) {
            sb.append("totals:").append(nl);
            for (Map.Entry<String, Long> e : totals.entrySet()) {
                row(sb, e.getKey(), e.getValue()).append(nl);
            }
        } else {
            wrapped(sb, "totals:", totals, nl);
        }
        out.write(sb.toString());
        if (g != null) {
            GuestSection.print(out, g.match(file));
        }
        out.flush();
        return 0;
    }

    /** The table: a row per queue and epoch (device, queue, epoch, layout, then {@link MetricsTable#stats}) and the whole trace. */
    private static void table(StringBuilder sb, List<Map<String, Object>> queues, List<Metrics> rows, RequestAnalysis an,
            String nl) {
        List<MetricsTable.Column> cols = MetricsTable.stats(an.quantum(), an.timed());
        MetricsTable.cell(sb, "dev", 3, false);
        MetricsTable.cell(sb, "queue", 5, false);
        MetricsTable.cell(sb, "epoch", 5, false);
        MetricsTable.cell(sb, "layout", 7, true);
        MetricsTable.head(sb, cols);
        MetricsTable.end(sb, nl);
        for (int i = 0; i < queues.size(); i++) {
            Map<String, Object> q = queues.get(i);
            Metrics m = rows.get(i);
            MetricsTable.cell(sb, m == null ? "-" : Integer.toString(m.device()), 3, false);
            MetricsTable.cell(sb, String.valueOf(q.get("queue")), 5, false);
            MetricsTable.cell(sb, String.valueOf(q.getOrDefault("epoch", "-")), 5, false);
            MetricsTable.cell(sb, String.valueOf(q.get("layout")), 7, true);
            if (m == null) {
                sb.append("(no request lifecycle for this device)");
            } else {
                MetricsTable.row(sb, cols, m);
            }
            MetricsTable.end(sb, nl);
        }
        MetricsTable.cell(sb, "all", 3, false);
        MetricsTable.cell(sb, "", 5, false);
        MetricsTable.cell(sb, "", 5, false);
        MetricsTable.cell(sb, "", 7, true);
        MetricsTable.row(sb, cols, an.overall());
        MetricsTable.end(sb, nl);
    }

    /** {@code title k v, k v, ...} wrapped before 120 columns, continuation lines indented. */
    private static void wrapped(StringBuilder sb, String title, Map<String, Long> values, String nl) {
        StringBuilder line = new StringBuilder(title);
        boolean first = true;
        for (Map.Entry<String, Long> e : values.entrySet()) {
            String item = e.getKey() + " " + e.getValue();
            if (!first && line.length() + item.length() + 2 > 120) {
                sb.append(line).append(',').append(nl);
                line.setLength(0);
                line.append("  ").append(item);
            } else {
                line.append(first ? " " : ", ").append(item);
            }
            first = false;
        }
        sb.append(line).append(nl);
    }

    /** Rows of a value: nested maps (the analysis' latency, depth...) as dotted keys. */
    private static void rows(StringBuilder sb, String key, Object value, String nl) {
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                rows(sb, key + "." + e.getKey(), e.getValue(), nl);
            }
        } else {
            row(sb, key, value).append(nl);
        }
    }

    /** The series of {@code --window}: a table, JSON or CSV, written window by window. */
    private int series(PrintWriter out, PrintWriter err, long windowNs) throws Exception {
        SeriesWriter w = SeriesWriter.of(out, file, windowNs, json ? SeriesWriter.Format.JSON
                : csv ? SeriesWriter.Format.CSV : SeriesWriter.Format.TEXT);
        ReplayRun r = ReplayRun.run(file, ReplayRun.options(needEvent),
                new ConsoleProgress(err, ConsoleProgress.stderrIsTerminal()), -1, 0, new ReplayRun.Analysis(windowNs, w));
        for (String warning : r.warnings) {
            err.println("warning: " + warning);
        }
        w.finish(r.analysis);
        out.flush();
        return 0;
    }

    /**
     * {@code num / den} with three decimals, rounded half up on the exact ratio (integer arithmetic:
     * BigDecimal ran its arithmetic interpreted at the end of every run, about 5 ms).
     */
    static String thousandths(long num, long den) {
        long milli = (num * 2000 + den) / (2 * den);
        long frac = milli % 1000;
        return milli / 1000 + (frac < 10 ? ".00" : frac < 100 ? ".0" : ".") + frac;
    }

    /** Appends {@code "  %-22s %s"} (without java.util.Formatter, which costs start-up time). */
    private static StringBuilder row(StringBuilder sb, String key, Object value) {
        sb.append("  ").append(key);
        for (int pad = 22 - key.length(); pad > 0; pad--) {
            sb.append(' ');
        }
        return sb.append(' ').append(value);
    }

    /** {@code "  %-22s %s"} as a string (the guest section's rows). */
    static String row(String key, String value) {
        return row(new StringBuilder(26 + key.length() + value.length()), key, value).toString();
    }
}
