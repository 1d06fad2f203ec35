package io.ringside.emulator.internal.nvme;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.Replay;
import io.ringside.core.trace.TraceHeader;
import io.ringside.nvme.NvmeModel;

/** Runs the emulator straight into the checker (no file) for tests. */
final class NvmeRuns {

    record Checked(NvmeEmulator.Result result, Replay.Collector violations, Map<String, Long> totals) {
        double perCommand(String key) {
            return totals.get(key) / (double) Math.max(1, totals.get("ioCommands"));
        }
    }

    static Checked check(NvmeConfig c) {
        NvmeEmulator em = new NvmeEmulator(c, null);
        TraceHeader h = em.header(null);
        Replay r = Replay.of(h, List.of(NvmeModel.INSTANCE), CheckOptions.DEFAULT);
        Replay.Collector col = new Replay.Collector(50);
        long[] n = { 0 };
        NvmeEmulator.Result res = new NvmeEmulator(c, e -> {
            e.seq(n[0]++);
            r.apply(e, col);
        }).run();
        r.finish(Math.max(0, n[0] - 1), col);
        Map<String, Long> t = new TreeMap<>();
        r.engines().get(0).addTotals(t);
        return new Checked(res, col, t);
    }

    private NvmeRuns() {
    }
}
