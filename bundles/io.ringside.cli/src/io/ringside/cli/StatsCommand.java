package io.ringside.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.ringside.core.engine.DeviceEngine;

/** {@code ringside stats [--json] [--guest FTRACE] FILE}: per-queue metrics (and guest/host NVMe command matching). */
final class StatsCommand implements Command {

    Path file;

    boolean json;

    String needEvent;

    Path guest;

    @Override
    public void declare(Args a) {
        a.description("Per-queue metrics: buffers, kicks and interrupts sent and suppressed, per request, IN_ORDER batches.");
        QemuLogOptions.declare(a);
        a.param("FILE", Args.PATH, v -> file = v, "Trace to replay.");
        a.flag("--json", v -> json = v, "Print JSON: {events, violations, totals, queues}, and guest with --guest.");
        a.option("--need-event", "linux|spdk", Args.STRING, v -> needEvent = v,
                "Notification formula to expect (default linux).");
        a.option("--guest", "FTRACE", Args.PATH, v -> guest = v, GuestSection.HELP);
    }

    @Override
    public int run(Invocation inv) throws Exception {
        PrintWriter out = inv.out();
        PrintWriter err = inv.err();
        GuestSection g = guest == null ? null : GuestSection.read(guest, file); // a bad guest file fails before the replay
        ReplayRun r = ReplayRun.run(file, ReplayRun.options(needEvent),
                new ConsoleProgress(err, ConsoleProgress.stderrIsTerminal()), -1, 0);
        for (String w : r.warnings) {
            err.println("warning: " + w);
        }
        Map<String, Long> totals = new TreeMap<>();
        List<Map<String, Object>> queues = new ArrayList<>();
        for (DeviceEngine en : r.replay.engines()) {
            en.addTotals(totals);
            queues.addAll(en.queueStats());
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
        for (Map<String, Object> q : queues) {
            sb.append("queue ").append(q.get("queue"));
            if (q.containsKey("device")) {
                sb.append(" (device ").append(q.get("device")).append(')');
            }
            sb.append(", ").append(q.get("layout")).append(':').append(nl);
            for (Map.Entry<String, Object> e : q.entrySet()) {
                String k = e.getKey();
                if (!k.equals("queue") && !k.equals("layout") && !k.equals("device")) {
                    row(sb, k, e.getValue()).append(nl);
                }
            }
        }
        Long ioCmds = totals.get("ioCommands");
        if (ioCmds != null && ioCmds > 0) {
            long mmio = totals.getOrDefault("mmioSqDoorbells", 0L) + totals.getOrDefault("mmioCqDoorbells", 0L);
            sb.append("mmioDoorbellsPerCommand ").append(thousandths(mmio, ioCmds)).append(nl);
        }
        sb.append("totals:").append(nl);
        for (Map.Entry<String, Long> e : totals.entrySet()) {
            row(sb, e.getKey(), e.getValue()).append(nl);
        }
        out.write(sb.toString());
        if (g != null) {
            GuestSection.print(out, g.match(file));
        }
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
