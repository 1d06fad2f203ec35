package io.ringside.nvme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counters of an {@link NvmeEngine} as {@code stats} reports them: per queue pair
 * ({@link io.ringside.core.engine.DeviceEngine#queueStats()}) and summed over the I/O queues of the
 * controller ({@link io.ringside.core.engine.DeviceEngine#addTotals(Map)}), what each doorbell cost.
 */
final class NvmeStats {

    private NvmeStats() {
    }

    static List<Map<String, Object>> queueStats(NvmeEngine en) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int y : en.queueIds()) {
            SubmissionQueue sq = en.sq(y);
            CompletionQueue cq = en.cq(y);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("queue", y);
            m.put("layout", Nvme.LAYOUT);
            m.put("size", sq != null ? sq.size : cq.size);
            m.put("admin", y == 0);
            long sqMmio = sq == null ? 0 : sq.mmioDoorbells;
            long cqMmio = cq == null ? 0 : cq.mmioDoorbells;
            m.put("commands", sq == null ? 0L : sq.commands);
            m.put("completions", cq == null ? 0L : cq.completions);
            m.put("mmioDoorbells", sqMmio + cqMmio);
            m.put("mmioSqDoorbells", sqMmio);
            m.put("mmioCqDoorbells", cqMmio);
            m.put("shadowUpdates", (sq == null ? 0 : sq.shadowUpdates) + (cq == null ? 0 : cq.shadowUpdates));
            m.put("skippedDoorbells", (sq == null ? 0 : sq.skippedDoorbells) + (cq == null ? 0 : cq.skippedDoorbells));
            m.put("eventfdSignals", sq == null ? 0L : sq.eventfdSignals);
            m.put("interrupts", cq == null ? 0L : cq.interrupts);
            long cmds = sq == null ? 0 : sq.commands;
            if (cmds > 0) {
                m.put("mmioDoorbellsPerCommand", round((sqMmio + cqMmio) / (double) cmds));
                m.put("interruptsPerCommand", round((cq == null ? 0 : cq.interrupts) / (double) cmds));
            }
            out.add(m);
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    static void addTotals(NvmeEngine en, Map<String, Long> totals) {
        long io = 0, ioDone = 0, sqMmio = 0, cqMmio = 0, efd = 0, shadow = 0, skipped = 0, irqs = 0, admin = 0,
                adminDb = 0;
        for (int y : en.queueIds()) {
            SubmissionQueue sq = en.sq(y);
            CompletionQueue cq = en.cq(y);
            if (y == 0) {
                admin += sq == null ? 0 : sq.commands;
                adminDb += (sq == null ? 0 : sq.mmioDoorbells) + (cq == null ? 0 : cq.mmioDoorbells);
                continue;
            }
            if (sq != null) {
                io += sq.commands;
                sqMmio += sq.mmioDoorbells;
                efd += sq.eventfdSignals;
                shadow += sq.shadowUpdates;
                skipped += sq.skippedDoorbells;
            }
            if (cq != null) {
                ioDone += cq.completions;
                cqMmio += cq.mmioDoorbells;
                shadow += cq.shadowUpdates;
                skipped += cq.skippedDoorbells;
                irqs += cq.interrupts;
            }
        }
        totals.merge("ioCommands", io, Long::sum);
        totals.merge("ioCompletions", ioDone, Long::sum);
        totals.merge("mmioSqDoorbells", sqMmio, Long::sum);
        totals.merge("mmioCqDoorbells", cqMmio, Long::sum);
        totals.merge("eventfdSignals", efd, Long::sum);
        totals.merge("shadowUpdates", shadow, Long::sum);
        totals.merge("skippedDoorbells", skipped, Long::sum);
        totals.merge("interrupts", irqs, Long::sum);
        totals.merge("adminCommands", admin, Long::sum);
        totals.merge("adminDoorbells", adminDb, Long::sum);
    }
}
