package io.ringside.nvme;

import io.ringside.core.state.StateNode;
import io.ringside.core.state.StateNode.Detail;
import io.ringside.core.state.StateNode.Hint;

/**
 * The state tree of a memory-level NVMe controller ({@link NvmeEngine#state}): one group per queue pair
 * with its SQ and CQ, keys and order as {@code show --json} prints them. The details hold the raw
 * doorbell-buffer values ({@code shadowValue}, {@code eventIdxValue}: -1 when never written) and the
 * counters the views plot; {@link Detail#FULL} adds every SQ and CQ slot ({@code slots} tables: SQ
 * {@code cid}, {@code opcode}, {@code state} ({@link SubmissionQueue#FREE}...), CQ {@code cid},
 * {@code sqid}, {@code phase}; -1 where never written).
 */
final class NvmeStateTree {

    /** Pending SQ entries listed (the summary's bound). */
    private static final int LISTED = 1024;

    private NvmeStateTree() {
    }

    static StateNode device(NvmeEngine en, Detail detail) {
        boolean dbbuf = en.dbbufEnabled();
        StateNode m = StateNode.root();
        m.put("device", en.device());
        m.put("type", Nvme.DEVICE_TYPE);
        m.put("dstrd", en.dstrd());
        m.put("needEvent", en.needEvent().id());
        m.put("shadowDoorbell", dbbuf);
        if (dbbuf) {
            m.put("shadowBuffer", en.shadowBuffer()).hint(Hint.HEX);
            m.put("eventIdxBuffer", en.eventIdxBuffer()).hint(Hint.HEX);
        }
        StateNode qs = m.list("queues");
        for (int y : en.queueIds()) {
            StateNode q = qs.addGroup().hint(Hint.QUEUE);
            q.put("queue", y);
            SubmissionQueue sq = en.sq(y);
            if (sq != null) {
                sq(q.group("sq"), sq, dbbuf, detail);
            }
            CompletionQueue cq = en.cq(y);
            if (cq != null) {
                cq(q.group("cq"), cq, dbbuf, detail);
            }
        }
        return m;
    }

    private static void sq(StateNode s, SubmissionQueue sq, boolean dbbuf, Detail detail) {
        s.put("created", sq.created);
        s.put("size", sq.size);
        s.put("address", sq.addr).hint(Hint.HEX);
        s.put("cqid", sq.cqid);
        s.put("hostTail", sq.hostTail);
        s.put("publishedTail", sq.pub);
        doorbells(s, sq.db, sq.shadow, sq.eventIdx, dbbuf);
        s.put("controllerTail", sq.ctrl);
        s.put("head", sq.head);
        s.put("outstanding", sq.outstandingCount).hint(Hint.OUTSTANDING);
        s.put("skippedDoorbells", sq.skippedDoorbells);
        StateNode entries = s.list("pendingEntries");
        for (int i = 0; i < sq.size && i < LISTED; i++) {
            if (sq.slotState[i] == SubmissionQueue.WRITTEN || sq.slotState[i] == SubmissionQueue.PUBLISHED) {
                StateNode e = entries.addGroup();
                e.put("slot", i);
                e.put("cid", sq.slotCid[i]);
                e.put("opc", sq.slotOpc[i]);
                e.put("state", sq.slotState[i] == SubmissionQueue.WRITTEN ? "written" : "published");
            }
        }
        raw(s, sq.shadow, sq.eventIdx);
        s.put("pending", sq.pending()).hint(Hint.DETAIL);
        s.put("commands", sq.commands).hint(Hint.DETAIL);
        s.put("mmioDoorbells", sq.mmioDoorbells).hint(Hint.DETAIL, Hint.NOTIFICATIONS, Hint.EXITS);
        s.put("shadowUpdates", sq.shadowUpdates).hint(Hint.DETAIL);
        if (detail == Detail.FULL) {
            StateNode t = s.table("slots", sq.size, "cid", "opcode", "state");
            long[] cid = t.column("cid");
            long[] opc = t.column("opcode");
            long[] st = t.column("state");
            for (int i = 0; i < sq.size; i++) {
                cid[i] = sq.slotCid[i];
                opc[i] = sq.slotOpc[i];
                st[i] = sq.slotState[i];
            }
        }
    }

    /**
     * A side's doorbell register (unknown until written) and its shadow doorbell and EventIdx slots
     * (unknown while the buffers are off; a shadow slot never written reads 0).
     */
    private static void doorbells(StateNode n, int doorbell, int shadow, int eventIdx, boolean dbbuf) {
        n.putOrUnknown("doorbell", doorbell >= 0, doorbell);
        n.putOrUnknown("shadow", dbbuf, Math.max(0, shadow));
        n.putOrUnknown("eventIdx", dbbuf, eventIdx);
    }

    /** The buffers' slots as written (-1: never), for the views. */
    private static void raw(StateNode n, int shadow, int eventIdx) {
        n.put("shadowValue", shadow).hint(Hint.DETAIL);
        n.put("eventIdxValue", eventIdx).hint(Hint.DETAIL);
    }

    private static void cq(StateNode c, CompletionQueue cq, boolean dbbuf, Detail detail) {
        c.put("created", cq.created);
        c.put("size", cq.size);
        c.put("address", cq.addr).hint(Hint.HEX);
        c.put("vector", cq.vector);
        c.put("tail", cq.tail);
        c.put("phase", cq.phase);
        c.put("hostHead", cq.hostHead);
        c.put("hostPhase", cq.hostPhase);
        c.put("publishedHead", cq.pub);
        doorbells(c, cq.db, cq.shadow, cq.eventIdx, dbbuf);
        c.put("controllerHead", cq.ctrl);
        c.put("unconsumed", cq.unconsumed());
        c.put("skippedDoorbells", cq.skippedDoorbells);
        raw(c, cq.shadow, cq.eventIdx);
        c.put("completions", cq.completions).hint(Hint.DETAIL, Hint.COMPLETED);
        c.put("mmioDoorbells", cq.mmioDoorbells).hint(Hint.DETAIL, Hint.EXITS);
        c.put("shadowUpdates", cq.shadowUpdates).hint(Hint.DETAIL);
        c.put("interrupts", cq.interrupts).hint(Hint.DETAIL, Hint.INTERRUPTS);
        if (detail == Detail.FULL) {
            StateNode t = c.table("slots", cq.size, "cid", "sqid", "phase");
            long[] cid = t.column("cid");
            long[] sqid = t.column("sqid");
            long[] ph = t.column("phase");
            for (int i = 0; i < cq.size; i++) {
                cid[i] = cq.slotCid[i];
                sqid[i] = cq.slotSqid[i];
                ph[i] = cq.slotPhase[i];
            }
        }
    }
}
