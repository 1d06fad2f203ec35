package io.ringside.qemu.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.ringside.qemu.OpEvent;

/**
 * A virtqueue of an operation-level virtio replay in the current epoch (between resets): its counters, the
 * buffers in flight and their pop order, and the split ring indices QEMU keeps. A plain value:
 * {@link #copy()} clones it, {@link #same} compares it; {@link #stats()} is its statistics entry.
 */
public final class OpVirtioQueue implements Cloneable {
    public int index;
    /** virtio-net: rx0, tx0, ctrl (the header's queueRoles); null for other devices. */
    public String role;
    public int size; // 0 = unknown
    public int epoch;
    public int layout;
    public long vqAddr;
    public boolean active;
    public long firstEvent = -1;
    public long popped;
    public long filled;
    public long flushed;
    public long flushes;
    public long kicks;
    public long interrupts;
    public long irqfdSignals;
    public int pendingFills;
    public LongSet inFlight = new LongSet();
    public boolean overflow;
    /** VIRTIO_F_IN_ORDER and EVENT_IDX as the features given tell them: 1, 0, or -1 (not given). */
    public int inOrder = -1;
    public int eventIdx = -1;
    public PopOrder order = new PopOrder();
    /** Used buffers published at the last interrupt of the epoch (-1: none yet); the last overtaking fill. */
    public long publishedAtIrq = -1;
    public long overtaker;

    public OpVirtioQueue(int index) {
        this.index = index;
    }

    /** A deep copy. */
    public OpVirtioQueue copy() {
        try {
            OpVirtioQueue q = (OpVirtioQueue) clone();
            q.inFlight = inFlight.copy();
            q.order = order.copy();
            return q;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    public boolean same(OpVirtioQueue o) {
        return index == o.index && size == o.size && epoch == o.epoch && layout == o.layout && vqAddr == o.vqAddr
                && active == o.active && firstEvent == o.firstEvent && popped == o.popped && filled == o.filled
                && flushed == o.flushed && flushes == o.flushes && kicks == o.kicks && interrupts == o.interrupts
                && irqfdSignals == o.irqfdSignals && pendingFills == o.pendingFills && overflow == o.overflow && inFlight.sameMembers(o.inFlight)
                && inOrder == o.inOrder && eventIdx == o.eventIdx && order.same(o.order)
                && publishedAtIrq == o.publishedAtIrq && overtaker == o.overtaker;
    }

    public void resetEpoch(int newEpoch) {
        epoch = newEpoch;
        layout = OpEvent.LAYOUT_UNKNOWN;
        active = false;
        firstEvent = -1;
        popped = filled = flushed = flushes = kicks = interrupts = irqfdSignals = 0;
        pendingFills = 0;
        inFlight.clear();
        overflow = false;
        inOrder = -1;
        eventIdx = -1;
        order.clear();
        publishedAtIrq = -1;
        overtaker = 0;
    }

    /** Whether the ring is split with VIRTIO_F_IN_ORDER (as the features given tell). */
    public boolean splitInOrder() {
        return layout == OpEvent.LAYOUT_SPLIT && inOrder == 1;
    }

    /** Split ring: QEMU's last_avail_idx; -1 when the layout is not split (unknown). */
    public int lastAvailIdx() {
        return layout == OpEvent.LAYOUT_SPLIT ? (int) (popped & 0xffff) : -1;
    }

    /**
     * Split ring: QEMU's used_idx (with IN_ORDER, the used buffers published in order, else the sum of
     * the flushes); -1 when the layout is not split (unknown).
     */
    public int usedIdx() {
        return layout != OpEvent.LAYOUT_SPLIT ? -1 : (int) ((splitInOrder() ? order.published() : flushed) & 0xffff);
    }

    public Map<String, Object> stats() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("queue", index);
        if (role != null) {
            m.put("role", role);
        }
        m.put("layout", OpEvent.layoutName(layout));
        m.put("epoch", epoch);
        m.put("popped", popped);
        m.put("filled", filled);
        m.put("flushed", flushed);
        m.put("kicks", kicks);
        m.put("interrupts", interrupts);
        if (irqfdSignals > 0) { // QEMU 8.2+ with interrupts batched by an I/O thread
            m.put("irqfdSignals", irqfdSignals);
        }
        m.put("inFlight", (long) inFlight.size());
        if (layout == OpEvent.LAYOUT_PACKED_OR_IN_ORDER) { // the indices if split with IN_ORDER
            m.put("lastAvailIdx", Long.toString(popped & 0xffff).concat(" if split with IN_ORDER, unknown if packed"));
            m.put("usedIdx", Long.toString(order.published() & 0xffff).concat(" if split with IN_ORDER, unknown if packed"));
        } else {
            m.put("lastAvailIdx", layout == OpEvent.LAYOUT_SPLIT ? (Object) (long) lastAvailIdx() : "unknown");
            m.put("usedIdx", layout == OpEvent.LAYOUT_SPLIT ? (Object) (long) usedIdx() : "unknown");
        }
        if (inOrder >= 0) { // features given: IN_ORDER known, and how often completion overtook the pop order
            m.put("inOrder", inOrder == 1);
            m.put("overtakingFills", order.overtaking());
        }
        return m;
    }
}
