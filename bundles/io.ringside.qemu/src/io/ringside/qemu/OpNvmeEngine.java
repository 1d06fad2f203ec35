package io.ringside.qemu;

import java.util.List;
import java.util.Map;

import io.ringside.core.check.ViolationSink;
import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.engine.EngineLimitException;
import io.ringside.core.state.StateNode;
import io.ringside.core.state.StateNode.Detail;
import io.ringside.core.state.StateNode.Hint;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.TraceEvent;
import io.ringside.qemu.internal.ClosedEntries;
import io.ringside.qemu.internal.OpNvmeCq;
import io.ringside.qemu.internal.OpNvmeQueue;
import io.ringside.qemu.internal.OpNvmeQueues;
import io.ringside.qemu.internal.OpNvmeSq;
import io.ringside.qemu.internal.OpNvmeStats;

/**
 * Replays operation-level NVMe events of one controller: per enable period (epoch) the queues created
 * (sizes, SQ to CQ mapping), SQ tails and CQ heads as the doorbells (MMIO or shadow) set them, the SQ
 * head as the controller fetches commands, EventIdx writes, commands and completions by command id,
 * interrupts, and MMIO doorbell writes per command before and after Doorbell Buffer Config took effect.
 * SQ and CQ contents, phase tags and the CQ tail as posted are not in a QEMU log and are not guessed.
 * The queues are {@link OpNvmeQueues}; their statistics and state tree are {@link OpNvmeStats}'.
 */
public final class OpNvmeEngine implements DeviceEngine {

    static final int MAX_QID = OpNvmeQueues.MAX_QID;
    /**
     * Most bytes of queue state per controller, as the memory-level engine's budget
     * ({@code -Dringside.nvme.maxQueueMiB=N}, 32 MiB by default): a log that creates thousands of queues
     * must not exhaust memory, and every checkpoint of the index copies this state.
     */
    public static final long MAX_STATE_BYTES = Math.max(1, Long.getLong("ringside.nvme.maxQueueMiB", 32)) << 20;
    /** Queue entries of closed epochs and deleted queues kept for the statistics, at most. */
    public static final int MAX_CLOSED = 1 << 16;

    private final DeviceInfo device;
    /** Whether the log traces CQ EventIdx writes (QEMU 8.0+; 7.x never writes pci_nvme_eventidx_cq): rule Q8. */
    private final boolean cqEventIdxTraced;
    private OpNvmeQueues queues = new OpNvmeQueues();
    private boolean enabled;
    private boolean dbbuf;
    private boolean fatal;
    private boolean shutdown;
    private int epoch;
    private boolean dirty;
    private long unattributedIrqs;
    private ClosedEntries closed = ClosedEntries.NONE;

    public OpNvmeEngine(DeviceInfo device) {
        this.device = device;
        this.cqEventIdxTraced = !device.string("qemu.eventNames", "").startsWith("7.");
    }

    private OpNvmeEngine(OpNvmeEngine o) {
        device = o.device;
        cqEventIdxTraced = o.cqEventIdxTraced;
        queues = o.queues.copy();
        enabled = o.enabled;
        dbbuf = o.dbbuf;
        fatal = o.fatal;
        shutdown = o.shutdown;
        epoch = o.epoch;
        dirty = o.dirty;
        unattributedIrqs = o.unattributedIrqs;
        closed = o.closed;
    }

    private static String dbName(boolean sq, int q) {
        return (sq ? "SQ" : "CQ") + q + (sq ? " tail" : " head");
    }

    @Override
    public void apply(TraceEvent e, ViolationSink sink) {
        if (!(e.type() instanceof OpEvent t)) {
            return;
        }
        switch (t) {
            case NVME_ENABLE -> enable(e);
            case NVME_DISABLE -> {
                if (dirty) {
                    closeEpoch();
                }
                enabled = false;
            }
            case NVME_SHUTDOWN -> shutdown = true;
            case NVME_FATAL -> fatal = true;
            case NVME_DBBUF -> dbbuf = true;
            case NVME_CREATE_CQ -> createCq(e);
            case NVME_CREATE_SQ -> createSq(e);
            case NVME_DELETE_SQ -> {
                OpNvmeSq s = queues.sq(e.queue());
                if (s != null) {
                    closeQueue(s);
                    queues.deleteSq(e.queue());
                }
            }
            case NVME_DELETE_CQ -> {
                if (queues.cq(e.queue()) != null) {
                    queues.deleteCq(e.queue());
                }
            }
            case NVME_SQ_DOORBELL, NVME_SHADOW_SQ -> doorbell(e, sink, true, t == OpEvent.NVME_SQ_DOORBELL);
            case NVME_CQ_DOORBELL, NVME_SHADOW_CQ -> doorbell(e, sink, false, t == OpEvent.NVME_CQ_DOORBELL);
            case NVME_BAD_DOORBELL -> badDoorbell(e, sink);
            case NVME_EVENTIDX_SQ, NVME_EVENTIDX_CQ -> {
                OpNvmeQueue x = queues.side(t == OpEvent.NVME_EVENTIDX_SQ, e.queue());
                if (x != null) {
                    x.eventIdxWrites++;
                    x.eventIdx = (int) e.get(0);
                    if (x instanceof OpNvmeCq c) {
                        c.eventIdxSinceRead = true;
                    }
                }
            }
            case NVME_COMMAND -> command(e, sink);
            case NVME_COMPLETION -> completion(e, sink);
            case NVME_IRQ -> interrupt(e);
            default -> {
                // virtio events are not for this engine
            }
        }
    }

    private void enable(TraceEvent e) {
        if (dirty) {
            closeEpoch();
        }
        enabled = true;
        dirty = true;
        OpNvmeSq s = queues.newSq(0);
        s.size = (int) e.get(0);
        s.cq = 0;
        s.created = e.seq();
        OpNvmeCq c = queues.newCq(0);
        c.size = (int) e.get(1);
        c.vector = 0;
    }

    private void createCq(TraceEvent e) {
        dirty = true;
        int q = e.queue();
        if (q < 0 || q > MAX_QID) {
            return;
        }
        if (queues.cq(q) == null) {
            checkBudget("completion queue " + q, 0);
        }
        OpNvmeCq c = queues.newCq(q);
        c.size = (int) e.get(0);
        c.vector = (int) e.get(1);
    }

    private void createSq(TraceEvent e) {
        dirty = true;
        int q = e.queue();
        if (q < 0 || q > MAX_QID) {
            return;
        }
        OpNvmeSq old = queues.sq(q);
        if (old != null) {
            closeQueue(old);
        } else {
            checkBudget("submission queue " + q, e.get(0));
        }
        OpNvmeSq s = queues.newSq(q);
        s.size = (int) e.get(0);
        s.cq = (int) e.get(1);
        s.created = e.seq();
    }

    /**
     * An SQ tail or CQ head doorbell, written to MMIO ({@code mmio}) or read from the shadow doorbell: rules
     * Q5A, Q5B (the queue and the value), Q8 (a CQ's EventIdx before a shadow read), then Q6A (the SQ tail
     * passing the head) or Q6B (the CQ head passing the completions queued).
     */
    private void doorbell(TraceEvent e, ViolationSink sink, boolean sqSide, boolean mmio) {
        int q = e.queue();
        int d = e.device();
        long seq = e.seq();
        int v = (int) e.get(0);
        OpNvmeQueue x = queues.side(sqSide, q);
        if (x == null) {
            sink.report(OpRules.Q5B.at(seq, d, q, (mmio ? "MMIO" : "shadow") + " doorbell of " + (sqSide ? "SQ" : "CQ") + q
                    + " (value " + v + "), which does not exist"));
            return;
        }
        x.countDoorbell(mmio, dbbuf);
        if (!mmio && x instanceof OpNvmeCq c) {
            if (dbbuf && cqEventIdxTraced && !c.eventIdxSinceRead && v != c.doorbell) {
                sink.report(OpRules.Q8.at(seq, d, q, "the controller read CQ" + q + "'s new head " + v + " (it knew "
                        + c.doorbell + ") from the shadow doorbell without writing the CQ's EventIdx since its last"
                        + " read: the host's need_event test sees a stale EventIdx and may stop ringing the CQ"
                        + " doorbell"));
            }
            c.eventIdxSinceRead = false;
        }
        if (x.size > 0 && v >= x.size) {
            sink.report(OpRules.Q5A.at(seq, d, q, (mmio ? "MMIO" : "shadow") + " " + dbName(sqSide, q) + " doorbell "
                    + v + " is not below the queue size " + x.size));
            return;
        }
        if (x.size > 0) {
            int delta = Math.floorMod(v - x.doorbell, x.size);
            if (x instanceof OpNvmeSq s) {
                if (s.pending + delta > s.size - 1) {
                    sink.report(OpRules.Q6A.at(seq, d, q, dbName(true, q) + " moved from " + s.doorbell + " to " + v
                            + " with " + s.pending + " entries not yet fetched: " + (s.pending + delta) + " entries would"
                            + " be in flight, more than size-1 = " + (s.size - 1) + " (the tail passed the head " + s.head
                            + ")"));
                    s.pending = (s.pending + delta) % s.size;
                } else {
                    s.pending += delta;
                }
            } else if (x instanceof OpNvmeCq c) {
                if (delta > c.queued) {
                    sink.report(OpRules.Q6B.at(seq, d, q, dbName(false, q) + " moved from " + c.doorbell + " to " + v
                            + " (" + delta + " entries) but only " + c.queued
                            + " completion(s) were queued and not yet consumed"));
                    c.queued = 0;
                } else {
                    c.queued -= delta;
                }
            }
        }
        x.setDoorbell(v, mmio);
    }

    private static void badDoorbell(TraceEvent e, ViolationSink sink) {
        int q = e.queue();
        long kind = e.get(1);
        long v = e.get(0);
        if (kind == 0 || kind == 1) {
            sink.report(OpRules.Q5A.at(e.seq(), e.device(), q, "the controller ignored a " + dbName(kind == 0, q)
                    + " doorbell write of " + v + ": beyond the queue size"));
        } else {
            sink.report(OpRules.Q5B.at(e.seq(), e.device(), q, "the controller ignored a doorbell write for "
                    + (kind == 2 ? "SQ" : "CQ") + q + ", which does not exist"));
        }
    }

    /** A command fetched at an SQ's head: rules Q5B, Q6C (the SQ empty), Q4B (its id reused), Q6D (its CQ full). */
    private void command(TraceEvent e, ViolationSink sink) {
        dirty = true;
        int q = e.queue();
        int d = e.device();
        long seq = e.seq();
        OpNvmeSq s = queues.sq(q);
        int cid = (int) (e.get(0) & 0xffff);
        if (s == null) {
            sink.report(OpRules.Q5B.at(seq, d, q, "command cid " + cid + " fetched from SQ" + q + ", which does not exist"));
            return;
        }
        s.commands++;
        if (e.get(2) == 0) {
            s.ioCommands++;
        }
        if (dbbuf) {
            s.cmdsAfter++;
        } else {
            s.cmdsBefore++;
        }
        if (s.size > 0) {
            if (s.pending == 0) {
                sink.report(OpRules.Q6C.at(seq, d, q, "command cid " + cid + " fetched from SQ" + q + " at head "
                        + s.head + " although the tail the host published is " + s.doorbell + " (queue empty)"));
            } else {
                s.pending--;
            }
            s.fetched(cid);
        }
        if (s.has(cid)) {
            sink.report(OpRules.Q4B.at(seq, d, q, "command id " + cid + " fetched from SQ" + q
                    + " while a command with that id is still outstanding there"));
        } else {
            s.outstanding.add(cid + 1L);
        }
        OpNvmeCq c = queues.cq(s.cq);
        if (c != null && c.size > 0) {
            int total = queues.outstandingOn(s.cq);
            if (total > c.size - 1) {
                sink.report(OpRules.Q6D.at(seq, d, q, total + " commands outstanding on the SQs of CQ" + s.cq
                        + ", more than its size-1 = " + (c.size - 1) + ": the CQ can fill up"));
            }
        }
    }

    /** A completion posted to a CQ: rule Q4A (no SQ of that CQ has the command outstanding). */
    private void completion(TraceEvent e, ViolationSink sink) {
        int q = e.queue();
        int cid = (int) (e.get(0) & 0xffff);
        OpNvmeSq match = queues.holder(q, cid);
        if (match == null) {
            sink.report(OpRules.Q4A.at(e.seq(), e.device(), q, "completion on CQ" + q + " for command id " + cid
                    + ", which no SQ of that CQ has outstanding"));
        } else {
            match.outstanding.remove(cid + 1L);
            match.completions++;
        }
        OpNvmeCq c = queues.cq(q);
        if (c != null) {
            c.completions++;
            c.queued++;
            c.lastCompletion = e.seq();
        }
    }

    /** An interrupt raised (not masked): counted on its CQ, or the CQ of its vector that completed last. */
    private void interrupt(TraceEvent e) {
        int kind = (int) e.get(1);
        if (kind == 2) {
            return; // masked: not raised
        }
        int vector = kind == 1 ? 0 : (int) e.get(0);
        OpNvmeCq best = e.queue() >= 0 ? queues.cq(e.queue()) : queues.lastCompletedOn(vector);
        if (best != null) {
            best.interrupts++;
        } else {
            unattributedIrqs++;
        }
    }

    /**
     * Refuses a queue (of {@code entries} slots, each keeping the id of the command last fetched there) that
     * would take the state beyond {@link #MAX_STATE_BYTES}.
     */
    private void checkBudget(String what, long entries) {
        long after = stateBytes() + OpNvmeQueues.sqBytes(entries);
        if (after > MAX_STATE_BYTES) {
            throw new EngineLimitException("NVMe device " + device.id() + ": creating " + what
                    + " would bring its queue state beyond what Ringside replays (" + (MAX_STATE_BYTES >> 20)
                    + " MiB; -Dringside.nvme.maxQueueMiB raises it)");
        }
    }

    @Override
    public long stateBytes() {
        return queues.bytes();
    }

    private void closeQueue(OpNvmeSq s) {
        if (closed.count() >= MAX_CLOSED) {
            throw new EngineLimitException("NVMe device " + device.id() + ": more than " + MAX_CLOSED
                    + " queues deleted or closed by resets: too many statistics entries to keep");
        }
        closed = closed.with(stats(s));
    }

    private void closeEpoch() {
        for (OpNvmeSq s : queues.sqs()) {
            if (s != null) {
                closeQueue(s);
            }
        }
        queues.clear();
        dbbuf = false;
        shutdown = false;
        epoch++;
        dirty = false;
    }

    private Map<String, Object> stats(OpNvmeSq s) {
        return OpNvmeStats.entry(s, queues.cq(s.cq), queues.ownsCq(s), epoch);
    }

    @Override
    public DeviceEngine copy() {
        return new OpNvmeEngine(this);
    }

    @Override
    public boolean stateEquals(DeviceEngine other) {
        return other instanceof OpNvmeEngine o && enabled == o.enabled && dbbuf == o.dbbuf && fatal == o.fatal
                && shutdown == o.shutdown && epoch == o.epoch && dirty == o.dirty
                && unattributedIrqs == o.unattributedIrqs && closed.count() == o.closed.count()
                && queues.same(o.queues);
    }

    @Override
    public List<Map<String, Object>> queueStats() {
        List<Map<String, Object>> out = closed.list();
        for (OpNvmeSq s : queues.sqs()) {
            if (s != null) {
                out.add(stats(s));
            }
        }
        // one entry per queue and epoch, in trace order (epoch, then queue)
        out.sort(StatsOrder.BY_EPOCH_THEN_QUEUE);
        return out;
    }

    private static final String[] TOTAL_KEYS = {"popped", "filled", "interrupts", "ioCommands", "mmioSqDoorbells",
            "mmioCqDoorbells", "shadowSqReads", "shadowCqReads", "eventIdxWrites", "commandsBeforeDbbuf",
            "mmioDoorbellsBeforeDbbuf", "commandsAfterDbbuf", "mmioDoorbellsAfterDbbuf"};

    @Override
    public void addTotals(Map<String, Long> totals) {
        long ioBefore = 0;
        long ioAfter = 0;
        long ioCmdBefore = 0;
        long ioCmdAfter = 0;
        for (Map<String, Object> m : queueStats()) {
            for (String k : TOTAL_KEYS) {
                StatsOrder.add(totals, k, (Long) m.get(k));
            }
            if (((Integer) m.get("queue")) != 0) {
                ioBefore += (Long) m.get("mmioDoorbellsBeforeDbbuf");
                ioAfter += (Long) m.get("mmioDoorbellsAfterDbbuf");
                ioCmdBefore += (Long) m.get("commandsBeforeDbbuf");
                ioCmdAfter += (Long) m.get("commandsAfterDbbuf");
            }
        }
        StatsOrder.add(totals, "ioQueueCommandsBeforeDbbuf", ioCmdBefore);
        StatsOrder.add(totals, "ioQueueMmioDoorbellsBeforeDbbuf", ioBefore);
        StatsOrder.add(totals, "ioQueueCommandsAfterDbbuf", ioCmdAfter);
        StatsOrder.add(totals, "ioQueueMmioDoorbellsAfterDbbuf", ioAfter);
    }

    public boolean enabled() {
        return enabled;
    }

    /** Whether Doorbell Buffer Config is in effect (shadow doorbells and EventIdx). */
    public boolean shadowDoorbells() {
        return dbbuf;
    }

    public int epoch() {
        return epoch;
    }

    /**
     * Keys as {@code show --json} prints them: the controller's state, then per SQ its counters (with its
     * CQ's, counted once) and what the log cannot show ({@code unknown}). Details: the SQ's EventIdx and
     * its CQ as the log shows it (group {@code completionQueue}), whether a shutdown was notified; for
     * {@link OpText}.
     */
    @Override
    public StateNode state(Detail detail) {
        StateNode m = OpText.root(device, epoch, queueStats(), "kicks", "filled", "outstanding");
        m.put("enabled", enabled);
        m.put("epoch", epoch);
        m.put("shadowDoorbells", dbbuf);
        m.put("fatal", fatal);
        StateNode qs = m.list("queues");
        for (OpNvmeSq s : queues.sqs()) {
            if (s != null) {
                StateNode t = qs.add(null, OpText.counters(stats(s), "kicks", "filled", "outstanding")).hint(Hint.QUEUE);
                OpNvmeStats.details(t, s, queues.cq(s.cq));
            }
        }
        m.put("unattributedInterrupts", unattributedIrqs);
        m.put("shutdown", shutdown).hint(Hint.DETAIL);
        return m;
    }
}
