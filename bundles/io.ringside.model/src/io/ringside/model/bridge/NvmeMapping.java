package io.ringside.model.bridge;

import static io.ringside.model.bridge.Fields.hex;
import static io.ringside.model.bridge.Fields.set;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.EList;

import io.ringside.core.state.StateNode;
import io.ringside.core.state.StateNode.Hint;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.model.nvme.BufferValue;
import io.ringside.model.nvme.CompletionEntry;
import io.ringside.model.nvme.CompletionQueue;
import io.ringside.model.nvme.Controller;
import io.ringside.model.nvme.DoorbellRegister;
import io.ringside.model.nvme.NvmeFactory;
import io.ringside.model.nvme.NvmePackage.Literals;
import io.ringside.model.nvme.QueuePair;
import io.ringside.model.nvme.SlotState;
import io.ringside.model.nvme.SubmissionEntry;
import io.ringside.model.nvme.SubmissionQueue;
import io.ringside.model.trace.Queue;
import io.ringside.model.trace.TracePackage;

/**
 * The EMF view of a memory-level NVMe controller, from its full state tree (the NVMe model's
 * {@code NvmeStateTree}: per queue pair an {@code sq} and a {@code cq} with their {@code slots} tables
 * and raw doorbell-buffer values; SQ slot states are {@link SlotState}'s values). Queue pairs come and go
 * with admin commands: they are matched by id.
 */
final class NvmeMapping {

    /** The NVMe model's name (io.ringside.nvme.NvmeModel), whose trees this mapping reads. */
    static final String MODEL = "nvme";

    /** First doorbell register (NVMe base specification, Controller Registers: 1000h). */
    private static final long DOORBELLS = 0x1000L;

    private NvmeMapping() {
    }

    static Controller create(DeviceInfo info) {
        Controller c = NvmeFactory.eINSTANCE.createController();
        ModelBridge.initDevice(c, info);
        c.setShadowBuffer(NvmeFactory.eINSTANCE.createShadowDoorbellBuffer());
        c.setEventIdxBuffer(NvmeFactory.eINSTANCE.createEventIdxBuffer());
        return c;
    }

    /** A doorbell (SQ tail: side 0, CQ head: side 1) and what was written to it and its buffer slots. */
    private record Doorbell(int qid, int side, long value, long writes, long skipped, long shadow, long eventIdx) {
    }

    static void update(Controller c, StateNode tree) {
        NvmeFactory f = NvmeFactory.eINSTANCE;
        int dstrd = (int) tree.number("dstrd", 0);
        boolean dbbuf = tree.bool("shadowDoorbell", false);
        set(c, Literals.CONTROLLER__DSTRD, dstrd);
        set(c, Literals.CONTROLLER__SHADOW_DOORBELLS, dbbuf);
        List<StateNode> pairs = tree.get("queues").children();
        EList<Queue> qs = c.getQueues();
        // reconcile queue pairs by id (queues are created and deleted by admin commands)
        for (int k = 0; k < pairs.size(); k++) {
            int qid = (int) pairs.get(k).number("queue", 0);
            if (k < qs.size() && qs.get(k).getIndex() == qid) {
                continue;
            }
            QueuePair p = f.createQueuePair();
            p.setIndex(qid);
            p.setLayout("nvme");
            p.setSq(f.createSubmissionQueue());
            p.setCq(f.createCompletionQueue());
            if (k < qs.size() && qs.get(k).getIndex() > qid) {
                qs.add(k, p);
            } else if (k < qs.size()) {
                qs.set(k, p);
            } else {
                qs.add(p);
            }
        }
        while (qs.size() > pairs.size()) {
            qs.remove(qs.size() - 1);
        }
        int stride = 4 << dstrd;
        List<Doorbell> dbs = new ArrayList<>();
        for (int k = 0; k < qs.size(); k++) {
            QueuePair p = (QueuePair) qs.get(k);
            StateNode pair = pairs.get(k);
            int qid = p.getIndex();
            StateNode sq = pair.get("sq");
            StateNode cq = pair.get("cq");
            updateSq(p.getSq(), sq, qid);
            updateCq(p.getCq(), cq, qid);
            int size = (int) (sq != null ? sq.number("size", 0) : cq != null ? cq.number("size", 0) : 0);
            set(p, TracePackage.Literals.QUEUE__SIZE, size);
            set(p, TracePackage.Literals.QUEUE__OUTSTANDING, (int) pair.total(Hint.OUTSTANDING));
            set(p, TracePackage.Literals.QUEUE__NOTIFICATIONS, pair.total(Hint.NOTIFICATIONS));
            set(p, TracePackage.Literals.QUEUE__INTERRUPTS, pair.total(Hint.INTERRUPTS));
            set(p, TracePackage.Literals.QUEUE__REQUESTS, pair.total(Hint.COMPLETED));
            set(p, TracePackage.Literals.QUEUE__LABEL, (qid == 0 ? "admin " : "I/O ") + "queue " + qid + " size " + size
                    + ": " + p.getOutstanding() + " outstanding, " + p.getRequests() + " completed, "
                    + p.getNotifications() + " MMIO doorbells");
            if (sq != null) {
                dbs.add(doorbell(qid, 0, sq));
            }
            if (cq != null) {
                dbs.add(doorbell(qid, 1, cq));
            }
        }
        Fields.resize(c.getDoorbells(), dbs.size(), k -> f.createDoorbellRegister());
        for (int k = 0; k < dbs.size(); k++) {
            Doorbell d = dbs.get(k);
            DoorbellRegister r = c.getDoorbells().get(k);
            String kind = d.side() == 0 ? "SQ tail" : "CQ head";
            long offset = DOORBELLS + (2L * d.qid() + d.side()) * stride;
            set(r, Literals.DOORBELL_REGISTER__QID, d.qid());
            set(r, Literals.DOORBELL_REGISTER__KIND, kind);
            set(r, Literals.DOORBELL_REGISTER__OFFSET, offset);
            set(r, Literals.DOORBELL_REGISTER__VALUE, (int) d.value());
            set(r, Literals.DOORBELL_REGISTER__WRITES, d.writes());
            set(r, Literals.DOORBELL_REGISTER__SKIPPED, d.skipped());
            set(r, Literals.DOORBELL_REGISTER__LABEL, (d.side() == 0 ? "SQ" : "CQ") + d.qid()
                    + (d.side() == 0 ? "TDBL" : "HDBL") + " @" + hex(offset) + " = "
                    + (d.value() < 0 ? "never written" : d.value()) + " (" + d.writes() + " writes, " + d.skipped()
                    + " skipped)");
        }
        long shadowAddr = tree.number("shadowBuffer", 0);
        long eventIdxAddr = tree.number("eventIdxBuffer", 0);
        var sb = c.getShadowBuffer();
        set(sb, Literals.SHADOW_DOORBELL_BUFFER__ENABLED, dbbuf);
        set(sb, Literals.SHADOW_DOORBELL_BUFFER__ADDRESS, dbbuf ? shadowAddr : 0L);
        set(sb, Literals.SHADOW_DOORBELL_BUFFER__LABEL, dbbuf ? "shadow doorbells at " + hex(shadowAddr)
                : "shadow doorbells not configured");
        updateBufferValues(sb.getValues(), dbs, true);
        var eb = c.getEventIdxBuffer();
        set(eb, Literals.EVENT_IDX_BUFFER__ENABLED, dbbuf);
        set(eb, Literals.EVENT_IDX_BUFFER__ADDRESS, dbbuf ? eventIdxAddr : 0L);
        set(eb, Literals.EVENT_IDX_BUFFER__LABEL, dbbuf ? "EventIdx buffer at " + hex(eventIdxAddr)
                : "EventIdx buffer not configured");
        updateBufferValues(eb.getValues(), dbs, false);
    }

    private static Doorbell doorbell(int qid, int side, StateNode q) {
        return new Doorbell(qid, side, q.number("doorbell", -1), q.number("mmioDoorbells", 0),
                q.number("skippedDoorbells", 0), q.number("shadowValue", -1), q.number("eventIdxValue", 0));
    }

    /** The shadow doorbell buffer's values ({@code shadow}) or the EventIdx buffer's. */
    private static void updateBufferValues(EList<BufferValue> list, List<Doorbell> dbs, boolean shadow) {
        Fields.resize(list, dbs.size(), k -> NvmeFactory.eINSTANCE.createBufferValue());
        for (int k = 0; k < dbs.size(); k++) {
            Doorbell d = dbs.get(k);
            long v = shadow ? d.shadow() : d.eventIdx();
            BufferValue b = list.get(k);
            String kind = d.side() == 0 ? "SQ tail" : "CQ head";
            set(b, Literals.BUFFER_VALUE__QID, d.qid());
            set(b, Literals.BUFFER_VALUE__KIND, kind);
            set(b, Literals.BUFFER_VALUE__VALUE, (int) v);
            set(b, Literals.BUFFER_VALUE__LABEL, (d.side() == 0 ? "SQ" : "CQ") + d.qid() + " " + kind + " = "
                    + (v < 0 ? "never written" : v));
        }
    }

    private static void updateSq(SubmissionQueue m, StateNode sq, int qid) {
        if (sq == null) {
            set(m, Literals.SUBMISSION_QUEUE__QID, qid);
            set(m, Literals.SUBMISSION_QUEUE__CREATED, false);
            set(m, Literals.SUBMISSION_QUEUE__LABEL, "SQ " + qid + ": not declared");
            return;
        }
        int n = (int) sq.number("size", 0);
        Fields.copyValues(m, sq); // the tree's SQ values have the model's attribute names
        set(m, Literals.SUBMISSION_QUEUE__QID, qid);
        set(m, Literals.SUBMISSION_QUEUE__LABEL, "SQ " + qid + " → CQ " + sq.number("cqid", 0) + ": head "
                + sq.number("head", 0) + ", tail " + sq.number("hostTail", 0) + " (published "
                + sq.number("publishedTail", 0) + "), " + sq.number("pending", 0) + " pending");
        Fields.resize(m.getEntries(), n, k -> {
            SubmissionEntry e = NvmeFactory.eINSTANCE.createSubmissionEntry();
            e.setSlot(k);
            return e;
        });
        StateNode slots = sq.get("slots");
        long[] cids = slots.column("cid");
        long[] opcodes = slots.column("opcode");
        long[] states = slots.column("state");
        for (int s = 0; s < n; s++) {
            SubmissionEntry e = m.getEntries().get(s);
            SlotState st = SlotState.get((int) states[s]);
            int cid = (int) cids[s];
            int opcode = (int) opcodes[s];
            set(e, Literals.SUBMISSION_ENTRY__CID, cid);
            set(e, Literals.SUBMISSION_ENTRY__OPCODE, opcode);
            set(e, Literals.SUBMISSION_ENTRY__STATE, st);
            set(e, Literals.SUBMISSION_ENTRY__LABEL, "[" + s + "] " + (cid < 0 ? "never written"
                    : "cid " + cid + " opcode " + hex(opcode) + ", " + st.getLiteral()));
        }
    }

    private static void updateCq(CompletionQueue m, StateNode cq, int qid) {
        if (cq == null) {
            set(m, Literals.COMPLETION_QUEUE__QID, qid);
            set(m, Literals.COMPLETION_QUEUE__CREATED, false);
            set(m, Literals.COMPLETION_QUEUE__LABEL, "CQ " + qid + ": not declared");
            return;
        }
        int n = (int) cq.number("size", 0);
        int head = (int) cq.number("hostHead", 0);
        int unconsumed = (int) cq.number("unconsumed", 0);
        Fields.copyValues(m, cq); // the tree's CQ values have the model's attribute names
        set(m, Literals.COMPLETION_QUEUE__QID, qid);
        set(m, Literals.COMPLETION_QUEUE__LABEL, "CQ " + qid + ": tail " + cq.number("tail", 0) + " phase "
                + cq.number("phase", 0) + ", host head " + head + " phase " + cq.number("hostPhase", 0) + ", "
                + unconsumed + " unconsumed");
        Fields.resize(m.getEntries(), n, k -> {
            CompletionEntry e = NvmeFactory.eINSTANCE.createCompletionEntry();
            e.setSlot(k);
            return e;
        });
        StateNode slots = cq.get("slots");
        long[] cids = slots.column("cid");
        long[] sqids = slots.column("sqid");
        long[] phases = slots.column("phase");
        for (int s = 0; s < n; s++) {
            CompletionEntry e = m.getEntries().get(s);
            int cid = (int) cids[s];
            boolean pending = Math.floorMod(s - head, n) < unconsumed;
            set(e, Literals.COMPLETION_ENTRY__CID, cid);
            set(e, Literals.COMPLETION_ENTRY__SQID, (int) sqids[s]);
            set(e, Literals.COMPLETION_ENTRY__PHASE, (int) phases[s]);
            set(e, Literals.COMPLETION_ENTRY__CONSUMED, !pending);
            set(e, Literals.COMPLETION_ENTRY__LABEL, "[" + s + "] " + (cid < 0 ? "never written"
                    : "cid " + cid + " sq " + sqids[s] + " phase " + phases[s] + (pending ? ", not consumed yet" : "")));
        }
    }
}
