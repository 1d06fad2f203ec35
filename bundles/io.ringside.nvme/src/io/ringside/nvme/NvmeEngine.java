package io.ringside.nvme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.ringside.core.check.Rule;
import io.ringside.core.check.ViolationSink;
import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.engine.EngineLimitException;
import io.ringside.core.engine.NeedEvent;
import io.ringside.core.state.StateNode;
import io.ringside.core.state.StateNode.Detail;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.QueueInfo;
import io.ringside.core.trace.TraceEvent;
import io.ringside.nvme.internal.NvmeRules;

/**
 * The memory-level replay engine of one NVMe controller: rebuilds every SQ and CQ, the doorbell
 * registers, the shadow doorbell and EventIdx buffers from the events of a trace, checks rules N1-N8
 * ({@link NvmeRules}) and counts what each doorbell cost (MMIO exits, eventfd signals, shadow-only
 * updates, interrupts). Queue ids index the arrays; the admin queue is queue 0. The engine holds the
 * state, dispatches the events and checks what is left at the end of the trace; the ring rules (N1, N3,
 * N4) are in {@link NvmeRings}; the doorbell rules, the same for the SQ tail and the CQ head, are in
 * {@link NvmeDoorbells}; what admin commands do is in {@link NvmeAdmin}; the counters of {@code stats}
 * are summed by {@link NvmeStats}.
 */
public final class NvmeEngine implements DeviceEngine {

    /** Highest queue id accepted (the spec allows 65535; the bound keeps a hostile trace small). */
    public static final int MAX_QID = 4096;
    /** Largest queue size (entries): CAP.MQES is 16 bits, zero-based. */
    public static final int MAX_QUEUE_SIZE = 65536;
    /**
     * Most bytes the queues of one controller may hold (about 16 KiB per submission queue plus 7 to 9
     * bytes per entry): a hostile trace creating thousands of 64 Ki-entry queues must not exhaust memory,
     * and every checkpoint of the index copies this state. 32 MiB by default (over a thousand queues of
     * 1,024 entries); {@code -Dringside.nvme.maxQueueMiB=N} changes it.
     */
    public static final long MAX_QUEUE_BYTES = Math.max(1, Long.getLong("ringside.nvme.maxQueueMiB", 32)) << 20;

    private final int device;
    private final int dstrd;
    private final long pageSize;
    private final NeedEvent needEvent;
    private final boolean adminSetup;

    private final NvmeDoorbells doorbells = new NvmeDoorbells(this);
    private final NvmeRings rings = new NvmeRings(this, doorbells);
    private SubmissionQueue[] sqs;
    private CompletionQueue[] cqs;
    private boolean dbbufEnabled;
    private long dbsAddr;
    private long eisAddr;
    private long events;

    public NvmeEngine(DeviceInfo info, CheckOptions options) {
        this.device = info.id();
        this.dstrd = (int) Math.max(0, Math.min(15, info.prop(Nvme.P_DSTRD, 0)));
        this.pageSize = 4096L << Math.max(0, Math.min(15, info.prop(Nvme.P_MPS, 0)));
        this.needEvent = options.needEventFor(info);
        this.adminSetup = info.prop(Nvme.P_ADMIN_SETUP, 0) != 0;
        this.sqs = new SubmissionQueue[4];
        this.cqs = new CompletionQueue[4];
        long declared = 512;
        for (QueueInfo q : info.queues()) {
            int y = q.index();
            if (y > MAX_QID || q.size() < 2) {
                continue;
            }
            long cqProp = q.prop(Nvme.Q_CQ_SIZE, q.size());
            if (q.size() > MAX_QUEUE_SIZE || cqProp > MAX_QUEUE_SIZE || cqProp < 0) {
                // a hostile header must not make the engine allocate per declared size (NVMe: at most 64 Ki entries)
                throw new IllegalArgumentException("NVMe device " + info.id() + " queue " + y + ": "
                        + (q.size() > MAX_QUEUE_SIZE ? "submission queue size " + q.size()
                                : "completion queue size " + cqProp)
                        + " is out of range [2, " + MAX_QUEUE_SIZE + "]");
            }
            int cqSize = (int) cqProp;
            declared += SubmissionQueue.bytesFor(q.size()) + CompletionQueue.bytesFor(Math.max(2, cqSize));
            if (declared > MAX_QUEUE_BYTES) { // checked before allocating
                throw new IllegalArgumentException("NVMe device " + info.id() + ": its " + info.queues().size()
                        + " queues would hold more than Ringside replays (" + (MAX_QUEUE_BYTES >> 20)
                        + " MiB; -Dringside.nvme.maxQueueMiB raises it)");
            }
            CompletionQueue cq = new CompletionQueue(y, Math.max(2, cqSize), q.prop(Nvme.Q_CQ_ADDR, 0),
                    (int) q.prop(Nvme.Q_VECTOR, y));
            SubmissionQueue sq = new SubmissionQueue(y, q.size(), (int) q.prop(Nvme.Q_CQID, y), q.prop(Nvme.Q_SQ_ADDR, 0));
            boolean live = y == 0 || !adminSetup;
            cq.created = live;
            sq.created = live;
            putCq(cq);
            putSq(sq);
        }
        if (!adminSetup && info.props().containsKey(Nvme.P_DBS) && info.props().containsKey(Nvme.P_EIS)) {
            dbbufEnabled = true;
            dbsAddr = info.prop(Nvme.P_DBS, 0);
            eisAddr = info.prop(Nvme.P_EIS, 0);
        }
    }

    private NvmeEngine(NvmeEngine o) {
        this.device = o.device;
        this.dstrd = o.dstrd;
        this.pageSize = o.pageSize;
        this.needEvent = o.needEvent;
        this.adminSetup = o.adminSetup;
        this.sqs = new SubmissionQueue[o.sqs.length];
        for (int i = 0; i < sqs.length; i++) {
            sqs[i] = o.sqs[i] == null ? null : o.sqs[i].copy();
        }
        this.cqs = new CompletionQueue[o.cqs.length];
        for (int i = 0; i < cqs.length; i++) {
            cqs[i] = o.cqs[i] == null ? null : o.cqs[i].copy();
        }
        this.dbbufEnabled = o.dbbufEnabled;
        this.dbsAddr = o.dbsAddr;
        this.eisAddr = o.eisAddr;
        this.events = o.events;
    }

    /** Refuses a queue (re)creation that would take the queues beyond {@link #MAX_QUEUE_BYTES}. */
    void checkQueueBytes(String what, int qsize, long oldBytes, long newBytes) {
        long after = stateBytes() - oldBytes + newBytes;
        if (after > MAX_QUEUE_BYTES) {
            throw new EngineLimitException("NVMe device " + device + ": creating " + what + " with " + qsize
                    + " entries would bring its queues to " + io.ringside.core.engine.Replay.mib(after) + ", more than Ringside replays ("
                    + (MAX_QUEUE_BYTES >> 20) + " MiB; -Dringside.nvme.maxQueueMiB raises it)");
        }
    }

    @Override
    public long stateBytes() {
        long b = 512 + 8L * (sqs.length + cqs.length);
        for (SubmissionQueue q : sqs) {
            b += q == null ? 0 : q.bytes();
        }
        for (CompletionQueue q : cqs) {
            b += q == null ? 0 : q.bytes();
        }
        return b;
    }

    void putSq(SubmissionQueue sq) {
        if (sq.qid >= sqs.length) {
            sqs = java.util.Arrays.copyOf(sqs, Math.max(sq.qid + 1, sqs.length * 2));
        }
        sqs[sq.qid] = sq;
    }

    void putCq(CompletionQueue cq) {
        if (cq.qid >= cqs.length) {
            cqs = java.util.Arrays.copyOf(cqs, Math.max(cq.qid + 1, cqs.length * 2));
        }
        cqs[cq.qid] = cq;
    }

    /** A successful Doorbell Buffer Config: the buffers' slots start unwritten. */
    void configureBuffers(long shadowBuffer, long eventIdxBuffer) {
        dbbufEnabled = true;
        dbsAddr = shadowBuffer;
        eisAddr = eventIdxBuffer;
        for (SubmissionQueue s : sqs) {
            if (s != null) {
                s.resetBuffers();
            }
        }
        for (CompletionQueue c : cqs) {
            if (c != null) {
                c.resetBuffers();
            }
        }
    }

    long pageSize() {
        return pageSize;
    }

    // ---------------------------------------------------------------- public state

    public int device() {
        return device;
    }

    public int dstrd() {
        return dstrd;
    }

    public NeedEvent needEvent() {
        return needEvent;
    }

    public boolean dbbufEnabled() {
        return dbbufEnabled;
    }

    /** Shadow doorbell buffer address (valid when {@link #dbbufEnabled()}). */
    public long shadowBuffer() {
        return dbsAddr;
    }

    /** EventIdx buffer address (valid when {@link #dbbufEnabled()}). */
    public long eventIdxBuffer() {
        return eisAddr;
    }

    /** The SQ with an id, or null. */
    public SubmissionQueue sq(int qid) {
        return qid >= 0 && qid < sqs.length ? sqs[qid] : null;
    }

    public CompletionQueue cq(int qid) {
        return qid >= 0 && qid < cqs.length ? cqs[qid] : null;
    }

    /** Every queue id known (declared or created), ascending. */
    public List<Integer> queueIds() {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < Math.max(sqs.length, cqs.length); i++) {
            if (sq(i) != null || cq(i) != null) {
                ids.add(i);
            }
        }
        return ids;
    }

    // ---------------------------------------------------------------- replay

    /** The queue of a side an event names, or null (N2E) when the trace never declared or created it. */
    DoorbellQueue queueFor(DoorbellSide side, TraceEvent e, ViolationSink sink) {
        DoorbellQueue q = side == DoorbellSide.SQ ? sq(e.queue()) : cq(e.queue());
        if (q == null || !q.created) {
            report(sink, NvmeRules.N2E, e, e.type().id() + " names " + side + " " + e.queue() + ", which "
                    + (q == null ? "the trace never declares or creates"
                            : "has not been created (no successful Create I/O " + side + " yet)"));
            return null;
        }
        return q;
    }

    void report(ViolationSink sink, Rule rule, TraceEvent e, String msg) {
        sink.report(rule.at(e.seq(), device, e.queue(), msg));
    }

    @Override
    public void apply(TraceEvent e, ViolationSink sink) {
        events++;
        if (!(e.type() instanceof NvmeEvent t)) {
            return;
        }
        switch (t) {
            case SQE -> rings.sqe(e, sink);
            case SQ_DB -> doorbells.doorbell(DoorbellSide.SQ, e, sink);
            case CQ_DB -> doorbells.doorbell(DoorbellSide.CQ, e, sink);
            case SQ_SHADOW -> doorbells.shadow(DoorbellSide.SQ, e, sink);
            case CQ_SHADOW -> doorbells.shadow(DoorbellSide.CQ, e, sink);
            case SQ_EI_READ -> doorbells.eventIdxRead(DoorbellSide.SQ, e, sink);
            case CQ_EI_READ -> doorbells.eventIdxRead(DoorbellSide.CQ, e, sink);
            case SQ_FETCH -> rings.fetch(e, sink);
            case CQE -> rings.cqe(e, sink);
            case CQ_CONSUME -> rings.consume(e, sink);
            case SQ_SHADOW_READ -> doorbells.shadowRead(DoorbellSide.SQ, e, sink);
            case CQ_SHADOW_READ -> doorbells.shadowRead(DoorbellSide.CQ, e, sink);
            case SQ_EVENTIDX -> doorbells.eventIdx(DoorbellSide.SQ, e, sink);
            case CQ_EVENTIDX -> doorbells.eventIdx(DoorbellSide.CQ, e, sink);
            case IRQ -> rings.interrupt(e, sink);
        }
    }

    @Override
    public void finish(long lastEvent, ViolationSink sink) {
        for (SubmissionQueue sq : sqs) {
            if (sq != null) {
                doorbells.finishPending(sq, lastEvent, sink);
            }
        }
        boolean[] stalled = new boolean[cqs.length];
        for (CompletionQueue cq : cqs) {
            if (cq == null) {
                continue;
            }
            doorbells.finishPending(cq, lastEvent, sink);
            int waiting = 0;
            for (SubmissionQueue sq : sqs) {
                if (sq != null && sq.cqid == cq.qid) {
                    waiting += sq.submittedCount;
                }
            }
            if (waiting > 0 && cq.fullForController() && cq.unconsumed() == 0 && cq.pub != cq.ctrl) {
                stalled[cq.qid] = true;
                sink.report(NvmeRules.N7D.at(lastEvent, device, cq.qid, "stall: " + waiting
                        + " command(s) never completed; the controller sees CQ " + cq.qid + " full (head " + cq.ctrl
                        + " as it last learned it, tail " + cq.tail + ", size " + cq.size
                        + ") while the host has consumed every entry and published head " + cq.pub
                        + " only in the shadow doorbell: with CQ EventIdx " + cq.eventIdx
                        + " need_event was false, so no CQ head doorbell woke the controller"));
            }
        }
        for (SubmissionQueue sq : sqs) {
            if (sq == null || sq.submittedCount == 0) {
                continue;
            }
            if (sq.cqid < stalled.length && stalled[sq.cqid]) {
                continue;
            }
            sink.report(NvmeRules.N4E.at(lastEvent, device, sq.qid, sq.submittedCount + " command(s) submitted on SQ "
                    + sq.qid + " never completed (" + sq.outstandingCount + " fetched by the controller, "
                    + (sq.submittedCount - sq.outstandingCount) + " never fetched; controller head " + sq.head
                    + ", tail it knows " + sq.ctrl + ", host tail " + sq.pub + ")"));
        }
    }

    @Override
    public DeviceEngine copy() {
        return new NvmeEngine(this);
    }

    @Override
    public boolean stateEquals(DeviceEngine other) {
        if (!(other instanceof NvmeEngine o)) {
            return false;
        }
        if (dbbufEnabled != o.dbbufEnabled || dbsAddr != o.dbsAddr || eisAddr != o.eisAddr || events != o.events) {
            return false;
        }
        int n = Math.max(sqs.length, o.sqs.length);
        for (int i = 0; i < n; i++) {
            SubmissionQueue a = sq(i);
            SubmissionQueue b = o.sq(i);
            if (a == null ? b != null : b == null || !a.sameState(b)) {
                return false;
            }
        }
        n = Math.max(cqs.length, o.cqs.length);
        for (int i = 0; i < n; i++) {
            CompletionQueue a = cq(i);
            CompletionQueue b = o.cq(i);
            if (a == null ? b != null : b == null || !a.sameState(b)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- metrics and views

    @Override
    public List<Map<String, Object>> queueStats() {
        return NvmeStats.queueStats(this);
    }

    @Override
    public void addTotals(Map<String, Long> totals) {
        NvmeStats.addTotals(this, totals);
    }

    @Override
    public StateNode state(Detail detail) {
        return NvmeStateTree.device(this, detail);
    }
}
