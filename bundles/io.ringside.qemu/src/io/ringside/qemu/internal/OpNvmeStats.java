package io.ringside.qemu.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.ringside.core.state.StateNode;
import io.ringside.core.state.StateNode.Hint;

/**
 * How an operation-level NVMe replay shows one SQ and its CQ: the statistics entry ({@code stats --json},
 * also kept for closed epochs and deleted queues) and the queue's part of the state tree
 * ({@code show --json}, the debugger's Variables). Formatting only: the engine keeps the state.
 */
public final class OpNvmeStats {

    private OpNvmeStats() {
    }

    private static Double ratio(long a, long b) {
        return b == 0 ? null : Math.round(1000.0 * a / b) / 1000.0;
    }

    /**
     * The statistics of SQ {@code s} in {@code epoch}, with the counters of its CQ {@code c} (null: not known)
     * when {@code owner} (the CQ's counters go to the lowest SQ id using it).
     */
    public static Map<String, Object> entry(OpNvmeSq s, OpNvmeCq c, boolean owner, int epoch) {
        long cqMmio = c != null && owner ? c.mmioDoorbells : 0;
        long cqBefore = c != null && owner ? c.mmioBefore : 0;
        long cqAfter = c != null && owner ? c.mmioAfter : 0;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("queue", s.id);
        m.put("layout", "nvme");
        m.put("epoch", epoch);
        m.put("size", (long) s.size);
        m.put("cq", (long) s.cq);
        m.put("cqSize", c == null ? "unknown" : (Object) (long) c.size);
        m.put("popped", s.commands);
        m.put("filled", s.completions);
        m.put("kicks", s.mmioDoorbells);
        m.put("interrupts", c != null && owner ? c.interrupts : 0L);
        m.put("ioCommands", s.ioCommands);
        m.put("outstanding", (long) s.outstanding.size());
        m.put("sqTail", (long) s.doorbell);
        m.put("sqHead", (long) s.head);
        m.put("cqHead", c == null ? "unknown" : (Object) (long) c.doorbell);
        m.put("mmioSqDoorbells", s.mmioDoorbells);
        m.put("mmioCqDoorbells", cqMmio);
        m.put("shadowSqReads", s.shadowReads);
        m.put("shadowCqReads", c != null && owner ? c.shadowReads : 0L);
        m.put("eventIdxWrites", s.eventIdxWrites + (c != null && owner ? c.eventIdxWrites : 0));
        m.put("commandsBeforeDbbuf", s.cmdsBefore);
        m.put("mmioDoorbellsBeforeDbbuf", s.mmioBefore + cqBefore);
        m.put("commandsAfterDbbuf", s.cmdsAfter);
        m.put("mmioDoorbellsAfterDbbuf", s.mmioAfter + cqAfter);
        Double r = ratio(s.mmioDoorbells + cqMmio, s.commands);
        if (r != null) {
            m.put("mmioDoorbellsPerCommand", r);
        }
        r = ratio(s.mmioBefore + cqBefore, s.cmdsBefore);
        if (r != null) {
            m.put("mmioDoorbellsPerCommandBeforeDbbuf", r);
        }
        r = ratio(s.mmioAfter + cqAfter, s.cmdsAfter);
        if (r != null) {
            m.put("mmioDoorbellsPerCommandAfterDbbuf", r);
        }
        m.put("lastAvailIdx", "n/a (NVMe: see sqHead)");
        m.put("usedIdx", "n/a (NVMe: CQ tail not in the log)");
        return m;
    }

    /**
     * Adds to the queue node {@code t} (its counters already there) what the SQ {@code s} holds beyond them:
     * the outstanding command ids and their slots, what the log cannot show ({@code unknown}), the doorbells
     * (MMIO, shadow, EventIdx) and its CQ {@code c} (null: not known) as a detail.
     */
    public static void details(StateNode t, OpNvmeSq s, OpNvmeCq c) {
        StateNode cids = t.list("outstandingCids"); // as virtio's inFlightElements: the first 64, in order
        StateNode slots = t.list("outstandingSlots"); // the SQ slot each of those was fetched from
        long[] out = s.outstanding.sorted();
        for (int i = 0; i < Math.min(out.length, 64); i++) {
            cids.add(out[i] - 1);
            int slot = s.slotOf((int) out[i] - 1);
            if (slot >= 0) {
                slots.add(slot);
            } else {
                slots.add(StateNode.UNKNOWN);
            }
        }
        for (String k : new String[] {"sqEntries", "cqEntries", "phase", "cqTail"}) {
            t.unknown(k, StateNode.UNKNOWN);
        }
        StateNode db = t.group("doorbells"); // beside the MMIO values, the shadow doorbells and EventIdx
        db.putOrUnknown("sqMmioTail", s.mmioValue >= 0, s.mmioValue);
        db.putOrUnknown("sqShadowTail", s.shadowValue >= 0, s.shadowValue);
        db.putOrUnknown("sqEventIdx", s.eventIdx >= 0, s.eventIdx);
        db.putOrUnknown("cqMmioHead", c != null && c.mmioValue >= 0, c == null ? 0 : c.mmioValue);
        db.putOrUnknown("cqShadowHead", c != null && c.shadowValue >= 0, c == null ? 0 : c.shadowValue);
        db.putOrUnknown("cqEventIdx", c != null && c.eventIdx >= 0, c == null ? 0 : c.eventIdx);
        if (c != null) {
            StateNode g = t.group("completionQueue").hint(Hint.DETAIL);
            g.put("id", c.id);
            g.put("size", c.size);
            g.put("vector", c.vector);
            g.put("head", c.doorbell);
            g.put("completions", c.completions);
            g.put("mmioDoorbells", c.mmioDoorbells);
            g.put("interrupts", c.interrupts);
        }
    }
}
