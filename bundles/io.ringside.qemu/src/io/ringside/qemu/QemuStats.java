package io.ringside.qemu;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.engine.Replay;
import io.ringside.core.index.PrefetchSource;
import io.ringside.core.trace.TraceEvent;

/**
 * Replays a QEMU log with the operation-level engines and returns per-queue entries, totals and the
 * violation count: what {@code ringside stats}/{@code check} compute, callable without the command line
 * (benchmarks, tests). {@code java -cp ... io.ringside.qemu.QemuStats LOG} prints a summary.
 */
public final class QemuStats {

    private QemuStats() {
    }

    public record Result(List<Map<String, Object>> queues, Map<String, Long> totals, long events, long violations) {
    }

    public static Result run(Path log, boolean lenient) throws IOException {
        DeviceModels models = new DeviceModels(List.of(new OpVirtioModel(), new OpNvmeModel()));
        try (QemuLogSource src = QemuLogSource.open(log, lenient)) {
            Replay rp = models.replay(src.header(), CheckOptions.DEFAULT);
            Replay.Collector col = new Replay.Collector(0);
            long n = 0;
            try (PrefetchSource in = new PrefetchSource(src)) { // as the command line replays
                TraceEvent e;
                while ((e = in.advance()) != null) {
                    rp.apply(e, col);
                    n++;
                }
            }
            rp.finish(n, col);
            List<Map<String, Object>> queues = new java.util.ArrayList<>();
            Map<String, Long> totals = new LinkedHashMap<>();
            for (DeviceEngine en : rp.engines()) {
                queues.addAll(en.queueStats());
                en.addTotals(totals);
            }
            return new Result(queues, totals, n, col.count());
        }
    }

    public static void main(String[] args) throws IOException {
        java.io.PrintStream o = System.out;
        for (String a : args) {
            Result r = run(Path.of(a), false);
            o.print(a);
            o.print(": ");
            o.print(r.events());
            o.print(" operation-level events, ");
            o.print(r.violations());
            o.println(" violation(s)");
            for (Map<String, Object> q : r.queues()) {
                o.print("  ");
                o.println(q);
            }
            o.print("  totals ");
            o.println(r.totals());
        }
    }
}
