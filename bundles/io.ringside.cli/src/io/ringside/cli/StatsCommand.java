package io.ringside.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import io.ringside.core.engine.DeviceEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ringside stats [--json] FILE}: per-queue metrics. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Per-queue metrics: buffers, kicks and interrupts sent and suppressed, per request, IN_ORDER batches.")
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LenientOption lenient;

    @Parameters(paramLabel = "FILE", description = "Trace to replay.")
    Path file;

    @Option(names = "--json", description = "Print JSON: {events, violations, totals, queues}.")
    boolean json;

    @Option(names = "--need-event", paramLabel = "linux|spdk", description = "Notification formula to expect (default linux).")
    String needEvent;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
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
            Json.write(out, m, true);
            return 0;
        }
        out.println(file + ": " + r.events + " events, " + r.violations.count() + " violation(s)");
        for (Map<String, Object> q : queues) {
            out.println("queue " + q.get("queue") + (q.containsKey("device") ? " (device " + q.get("device") + ")" : "")
                    + ", " + q.get("layout") + ":");
            for (Map.Entry<String, Object> e : q.entrySet()) {
                if (!e.getKey().equals("queue") && !e.getKey().equals("layout") && !e.getKey().equals("device")) {
                    out.printf("  %-22s %s%n", e.getKey(), e.getValue());
                }
            }
        }
        Long ioCmds = totals.get("ioCommands");
        if (ioCmds != null && ioCmds > 0) {
            long mmio = totals.getOrDefault("mmioSqDoorbells", 0L) + totals.getOrDefault("mmioCqDoorbells", 0L);
            out.printf("mmioDoorbellsPerCommand %.3f%n", mmio / (double) ioCmds);
        }
        out.println("totals:");
        for (Map.Entry<String, Long> e : totals.entrySet()) {
            out.printf("  %-22s %d%n", e.getKey(), e.getValue());
        }
        out.flush();
        return 0;
    }
}
