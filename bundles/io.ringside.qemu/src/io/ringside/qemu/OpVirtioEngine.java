package io.ringside.qemu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.ringside.core.check.ViolationSink;
import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.state.StateNode;
import io.ringside.core.state.StateNode.Detail;
import io.ringside.core.state.StateNode.Hint;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.QueueInfo;
import io.ringside.core.trace.TraceEvent;
import io.ringside.qemu.internal.ClosedEntries;
import io.ringside.qemu.internal.OpVirtioQueue;

/**
 * Replays operation-level virtio events of one device: per queue and epoch (between resets) the buffers
 * popped, filled and flushed, those in flight, kicks and interrupts, and the split ring indices QEMU
 * keeps ({@code last_avail_idx} = buffers popped, {@code used_idx} = sum of flush counts, both u16), as
 * {@code x-query-virtio-queue-status} reports them. Ring memory, queue sizes, descriptor chains and the
 * packed ring offsets are not in such a trace: they are reported as unknown, never guessed.
 */
public final class OpVirtioEngine implements DeviceEngine {

    /** QEMU's VIRTQUEUE_MAX_SIZE: no QEMU virtqueue is larger (used when the size is not known). */
    public static final int QEMU_MAX_QUEUE = 1024;
    /** Elements tracked per queue before tracking stops (bounded memory on hostile input). */
    static final int MAX_TRACKED = 1 << 16;

    private final DeviceInfo device;
    private OpVirtioQueue[] queues;
    private int epoch;
    private boolean dirty;
    private long status;
    private long resets;
    private ClosedEntries closed = ClosedEntries.NONE;

    public OpVirtioEngine(DeviceInfo device) {
        this.device = device;
        int max = -1;
        for (QueueInfo q : device.queues()) {
            max = Math.max(max, q.index());
        }
        queues = new OpVirtioQueue[max + 1];
        for (QueueInfo qi : device.queues()) {
            OpVirtioQueue q = new OpVirtioQueue(qi.index());
            q.size = qi.size();
            q.vqAddr = qi.prop("vqAddr", 0);
            queues[qi.index()] = q;
        }
        String roles = device.string("queueRoles", null); // virtio-net: 0=rx0,1=tx0,2=ctrl
        if (roles != null) {
            for (String r : roles.split(",")) {
                int eq = r.indexOf('=');
                try {
                    OpVirtioQueue q = eq > 0 ? queue(Integer.parseInt(r.substring(0, eq))) : null;
                    if (q != null) {
                        q.role = r.substring(eq + 1);
                    }
                } catch (NumberFormatException e) {
                    // a hand-written header: the role is only a name
                }
            }
        }
    }

    private OpVirtioEngine(OpVirtioEngine o) {
        this.device = o.device;
        this.queues = new OpVirtioQueue[o.queues.length];
        for (int i = 0; i < queues.length; i++) {
            queues[i] = o.queues[i] == null ? null : o.queues[i].copy();
        }
        this.epoch = o.epoch;
        this.dirty = o.dirty;
        this.status = o.status;
        this.resets = o.resets;
        this.closed = o.closed;
    }

    private OpVirtioQueue queue(int index) {
        if (index < 0 || index > 65535) {
            return null;
        }
        if (index >= queues.length) {
            OpVirtioQueue[] n = new OpVirtioQueue[Math.max(index + 1, queues.length * 2)];
            System.arraycopy(queues, 0, n, 0, queues.length);
            queues = n;
        }
        OpVirtioQueue q = queues[index];
        if (q == null) {
            q = new OpVirtioQueue(index);
            q.epoch = epoch;
            queues[index] = q;
        }
        if (q.epoch != epoch) {
            q.resetEpoch(epoch);
        }
        return q;
    }

    private void touch(OpVirtioQueue q, TraceEvent e) {
        if (!q.active) {
            q.active = true;
            q.firstEvent = e.seq();
        }
        dirty = true;
    }

    @Override
    public void apply(TraceEvent e, ViolationSink sink) {
        if (!(e.type() instanceof OpEvent t)) {
            return;
        }
        if (t == OpEvent.STATUS) {
            status = e.get(0);
            if (status == 0) {
                resets++;
                if (dirty) {
                    closeEpoch();
                }
            } else {
                dirty = true;
            }
            return;
        }
        OpVirtioQueue q = queue(e.queue());
        if (q == null) {
            return;
        }
        int d = e.device();
        switch (t) {
            case QUEUE -> {
                touch(q, e);
                q.layout = (int) e.get(0);
                if (e.has(1)) {
                    q.vqAddr = e.get(1);
                }
                if (e.has(3)) {
                    q.inOrder = (int) e.get(3);
                    q.eventIdx = e.has(4) ? (int) e.get(4) : -1;
                }
            }
            case KICK -> {
                touch(q, e);
                q.kicks++;
            }
            case INTERRUPT -> {
                touch(q, e);
                q.interrupts++;
                interruptInOrder(q, e, sink);
            }
            case IRQFD_SIGNAL -> {
                touch(q, e);
                q.irqfdSignals++;
            }
            case POP -> {
                touch(q, e);
                q.popped++;
                long elem = e.get(0);
                if (elem != 0 && !q.overflow) {
                    boolean again = !q.inFlight.add(elem);
                    q.order.pop(elem, again);
                    if (again) {
                        sink.report(OpRules.Q1B.at(e.seq(), d, q.index, "virtqueue_pop returned element 0x"
                                + Long.toHexString(elem) + " while it was still in flight (popped, never filled): the "
                                + "earlier buffer was dropped without a used element, or detached without a trace"));
                    }
                    if (q.inFlight.size() >= MAX_TRACKED) {
                        q.overflow = true;
                        q.inFlight.clear();
                    }
                }
                int limit = q.size > 0 ? q.size : QEMU_MAX_QUEUE;
                if (q.inFlight.size() > limit) {
                    sink.report(OpRules.Q3.at(e.seq(), d, q.index, q.inFlight.size() + " buffers in flight on queue "
                            + q.index + ", more than " + (q.size > 0 ? "its size " + q.size
                                    : "QEMU's largest queue (" + QEMU_MAX_QUEUE + "; the size is not in the log)")));
                }
            }
            case FILL -> {
                touch(q, e);
                q.filled++;
                long elem = e.get(0);
                if (!q.overflow && !q.inFlight.remove(elem)) {
                    sink.report(OpRules.Q1A.at(e.seq(), d, q.index, "virtqueue_fill of element 0x" + Long.toHexString(elem)
                            + ", which is not in flight on queue " + q.index + " (never popped in this epoch, or already filled)"));
                } else if (!q.overflow && q.order.fill(elem) == 1) {
                    q.overtaker = elem;
                }
                // the used slot of each fill of a batch: split rings without IN_ORDER (QEMU's other paths ignore idx)
                if (q.layout != OpEvent.LAYOUT_PACKED && q.layout != OpEvent.LAYOUT_PACKED_OR_IN_ORDER && !q.splitInOrder()) {
                    long idx = e.get(2);
                    if (e.has(2) && idx != q.pendingFills) {
                        sink.report(OpRules.Q2B.at(e.seq(), d, q.index, "virtqueue_fill idx " + idx + " but "
                                + q.pendingFills + " fill(s) since the last flush: used slot used_idx+" + idx
                                + (idx < q.pendingFills ? " is written twice" : " leaves a gap")));
                    }
                    q.pendingFills++;
                }
            }
            case FLUSH -> {
                touch(q, e);
                long count = e.get(0);
                q.flushes++;
                q.flushed += count;
                if (count > q.pendingFills) {
                    sink.report(OpRules.Q2A.at(e.seq(), d, q.index, "virtqueue_flush count " + count + " but only "
                            + q.pendingFills + " used element(s) filled since the last flush: used.idx moves to "
                            + (q.flushed & 0xffff) + " over entries never written"));
                    q.pendingFills = 0;
                } else {
                    q.pendingFills -= (int) count;
                }
                if (q.layout == OpEvent.LAYOUT_UNKNOWN) {
                    q.layout = OpEvent.LAYOUT_SPLIT; // only split rings trace virtqueue_flush
                }
            }
            default -> {
                // not a virtio operation
            }
        }
    }

    /**
     * Rule Q7 at an interrupt of a split ring with IN_ORDER and EVENT_IDX. QEMU then notifies only when
     * used.idx moved since the last notification (VIRTIO 1.3 §2.7.10, need_event of the old and new used
     * index), and in order it publishes only the filled prefix of the pop order: an interrupt while a fill
     * that overtook an earlier buffer waits, with nothing published since the last one, means the device
     * made that buffer used before the earlier one. The first interrupt of an epoch is not judged (QEMU
     * notifies then whatever the index).
     */
    private static void interruptInOrder(OpVirtioQueue q, TraceEvent e, ViolationSink sink) {
        if (!q.splitInOrder() || q.eventIdx != 1 || q.order.lost()) {
            return;
        }
        long published = q.order.published();
        if (q.publishedAtIrq >= 0 && published == q.publishedAtIrq && q.order.heldBack()) {
            sink.report(OpRules.Q7.at(e.seq(), e.device(), q.index, "interrupt while element 0x"
                    + Long.toHexString(q.overtaker) + " waits behind element 0x" + Long.toHexString(q.order.oldestUnfilled())
                    + ", which was popped before it and is not filled: with IN_ORDER nothing can be published in order"
                    + " since the last interrupt, and with EVENT_IDX the device notifies only after moving used.idx, so 0x"
                    + Long.toHexString(q.overtaker) + " was used before 0x" + Long.toHexString(q.order.oldestUnfilled())));
        }
        q.publishedAtIrq = published;
    }

    private void closeEpoch() {
        for (OpVirtioQueue q : queues) {
            if (q != null && q.epoch == epoch && q.active) {
                if (closed.count() >= OpNvmeEngine.MAX_CLOSED) {
                    throw new io.ringside.core.engine.EngineLimitException("virtio device " + device.id() + ": more than "
                            + OpNvmeEngine.MAX_CLOSED + " queue epochs closed by resets: too many statistics entries to keep");
                }
                closed = closed.with(q.stats());
            }
        }
        epoch++;
        dirty = false;
    }

    @Override
    public DeviceEngine copy() {
        return new OpVirtioEngine(this);
    }

    @Override
    public boolean stateEquals(DeviceEngine other) {
        if (!(other instanceof OpVirtioEngine o)) {
            return false;
        }
        if (epoch != o.epoch || dirty != o.dirty || status != o.status || resets != o.resets
                || closed.count() != o.closed.count()) {
            return false;
        }
        int n = Math.max(queues.length, o.queues.length);
        for (int i = 0; i < n; i++) {
            OpVirtioQueue a = i < queues.length ? queues[i] : null;
            OpVirtioQueue b = i < o.queues.length ? o.queues[i] : null;
            boolean aLive = a != null && a.epoch == epoch && a.active;
            boolean bLive = b != null && b.epoch == o.epoch && b.active;
            if (aLive != bLive || aLive && !a.same(b)) {
                return false;
            }
        }
        return true;
    }

    /** Entries of closed epochs in trace order, then the current epoch's active queues. */
    @Override
    public List<Map<String, Object>> queueStats() {
        List<Map<String, Object>> out = closed.list();
        for (OpVirtioQueue q : queues) {
            if (q != null && q.epoch == epoch && q.active) {
                out.add(q.stats());
            }
        }
        // one entry per queue and epoch, in trace order (epoch, then queue)
        out.sort(StatsOrder.BY_EPOCH_THEN_QUEUE);
        return out;
    }

    @Override
    public void addTotals(Map<String, Long> totals) {
        for (Map<String, Object> m : queueStats()) {
            for (String k : new String[] {"popped", "filled", "flushed", "kicks", "interrupts"}) {
                StatsOrder.add(totals, k, (Long) m.get(k));
            }
            if (m.containsKey("irqfdSignals")) {
                StatsOrder.add(totals, "irqfdSignals", (Long) m.get("irqfdSignals"));
            }
        }
    }

    /** Current device status byte. */
    public long status() {
        return status;
    }

    /** Current epoch (resets after activity so far). */
    public int epoch() {
        return epoch;
    }

    /** The queues active in the current epoch. */
    private List<OpVirtioQueue> queues() {
        List<OpVirtioQueue> l = new ArrayList<>();
        for (OpVirtioQueue q : queues) {
            if (q != null && q.epoch == epoch && q.active) {
                l.add(q);
            }
        }
        return l;
    }

    /**
     * Keys as {@code show --json} prints them: the device's status and epoch, then per live queue its
     * counters and what the log cannot show ({@code unknown}); {@code show}'s text is {@link OpText}'s.
     */
    @Override
    public StateNode state(Detail detail) {
        StateNode m = OpText.root(device, epoch, queueStats(), "kicks", "filled", "inFlight");
        m.put("status", status);
        m.put("epoch", epoch);
        m.put("closedEpochEntries", closed.count());
        StateNode qs = m.list("queues");
        for (OpVirtioQueue q : queues()) {
            StateNode t = qs.add(null, OpText.counters(q.stats(), "kicks", "filled", "inFlight")).hint(Hint.QUEUE);
            if (q.vqAddr == 0) {
                t.unknown("vqAddr", StateNode.UNKNOWN);
            } else {
                t.put("vqAddr", "0x" + Long.toHexString(q.vqAddr));
            }
            t.putOrUnknown("size", q.size > 0, q.size);
            if (!q.overflow) {
                StateNode elems = t.list("inFlightElements");
                long[] s = q.inFlight.sorted();
                for (int i = 0; i < Math.min(s.length, 64); i++) {
                    elems.add("0x" + Long.toHexString(s[i]));
                }
            } else {
                t.unknown("inFlightElements", StateNode.UNKNOWN);
            }
            for (String k : new String[] {"ring", "descriptors", "indirect", "availIdx"}) {
                t.unknown(k, StateNode.UNKNOWN);
            }
            if (q.layout == OpEvent.LAYOUT_PACKED) {
                t.unknown("wrapCounters", StateNode.UNKNOWN);
            }
        }
        return m;
    }
}
