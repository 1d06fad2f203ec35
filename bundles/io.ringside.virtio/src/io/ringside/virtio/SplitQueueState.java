package io.ringside.virtio;

import static io.ringside.virtio.VirtioEvent.*;

import java.util.Arrays;

import io.ringside.core.check.Rule;
import io.ringside.core.engine.NeedEvent;
import io.ringside.core.trace.TraceEvent;
import io.ringside.virtio.internal.VirtioRules;

/**
 * Replay state of a split virtqueue (VIRTIO 1.3 §2.7): the descriptor table, available and used rings as
 * the trace wrote them, which chains each descriptor belongs to, both indices, the device's read
 * position and the notification state. Chain walks are bounded by the queue size.
 */
public final class SplitQueueState extends QueueState {

    public static final int F_NEXT = 1, F_WRITE = 2, F_INDIRECT = 4;

    int[] dNext;
    /**
     * Head of the last chain validated through each descriptor, or -1, with that walk's stamp: the
     * descriptor belongs to the chain while the head's {@code headStamp} is still that stamp and the head is
     * outstanding ({@link #ownerOf}). So releasing a chain costs nothing, and a chain made available again
     * unchanged ({@code chainClean}) is not walked again: a 32,768-descriptor chain made available 100,000
     * times costs its one walk.
     */
    int[] owner;
    int[] ownerStamp;
    int[] headStamp;
    /** The head's chain was walked without a fault (and without an indirect table) and none of it was written since. */
    boolean[] chainClean;
    int stamp;
    int[] availRing;
    /** Written by the driver since avail.idx last passed the entry (§2.7.13.2: a head is placed, then exposed). */
    boolean[] availFresh;
    long[] usedId;
    long[] usedLen;
    boolean[] usedFresh;
    int availIdx, usedIdx, lastAvail, availFlags, usedFlags, usedEvent, availEvent, inOrderNext;

    public SplitQueueState(int device, int index, RingLayout layout, long features, NeedEvent needEvent) {
        super(device, index, layout, features, needEvent);
        int n = size;
        dNext = new int[n];
        owner = new int[n];
        Arrays.fill(owner, -1);
        ownerStamp = new int[n];
        headStamp = new int[n];
        chainClean = new boolean[n];
        availRing = new int[n];
        availFresh = new boolean[n];
        usedId = new long[n];
        usedLen = new long[n];
        usedFresh = new boolean[n];
    }

    private SplitQueueState(SplitQueueState o) {
        super(o);
        dNext = o.dNext.clone();
        owner = o.owner.clone();
        ownerStamp = o.ownerStamp.clone();
        headStamp = o.headStamp.clone();
        chainClean = o.chainClean.clone();
        stamp = o.stamp;
        availRing = o.availRing.clone();
        availFresh = o.availFresh.clone();
        usedId = o.usedId.clone();
        usedLen = o.usedLen.clone();
        usedFresh = o.usedFresh.clone();
        availIdx = o.availIdx;
        usedIdx = o.usedIdx;
        lastAvail = o.lastAvail;
        availFlags = o.availFlags;
        usedFlags = o.usedFlags;
        usedEvent = o.usedEvent;
        availEvent = o.availEvent;
        inOrderNext = o.inOrderNext;
    }

    @Override
    public SplitQueueState copy() {
        return new SplitQueueState(this);
    }

    @Override
    void doApply(VirtioEvent type, TraceEvent e) {
        switch (type) {
            case DESC -> desc(e);
            case AVAIL_RING -> {
                long slot = e.get(SLOT);
                if (slot < 0 || slot >= size) {
                    report(VirtioRules.T2, "avail.ring slot " + slot + " is outside the ring (queue size " + size + ")");
                    return;
                }
                int w = (availIdx - lastAvail) & 0xffff;
                if (w > 0 && w <= size && Math.floorMod((int) slot - lastAvail, size) < w) {
                    report(VirtioRules.S2A, "driver rewrote avail.ring[" + slot + "] (now " + e.get(RING_ID)
                            + "), which is published (avail.idx " + availIdx + ") and not read by the device yet");
                }
                availRing[(int) slot] = (int) (e.get(RING_ID) & 0xffff);
                availFresh[(int) slot] = true;
            }
            case AVAIL_IDX -> publishAvail((int) (e.get(VALUE) & 0xffff));
            case AVAIL_FLAGS -> {
                int v = (int) (e.get(VALUE) & 0xffff);
                checkFlags(v, "avail.flags", "NO_INTERRUPT");
                availFlags = v;
            }
            case USED_EVENT -> usedEvent = (int) (e.get(VALUE) & 0xffff);
            case USED_RING -> {
                long slot = e.get(SLOT);
                if (slot < 0 || slot >= size) {
                    report(VirtioRules.T2, "used.ring slot " + slot + " is outside the ring (queue size " + size + ")");
                    return;
                }
                usedId[(int) slot] = e.get(RING_ID) & 0xffffffffL;
                usedLen[(int) slot] = e.get(RING_LEN) & 0xffffffffL;
                usedFresh[(int) slot] = true;
            }
            case USED_IDX -> publishUsed((int) (e.get(VALUE) & 0xffff));
            case USED_FLAGS -> {
                int v = (int) (e.get(VALUE) & 0xffff);
                checkFlags(v, "used.flags", "NO_NOTIFY");
                usedFlags = v;
            }
            case AVAIL_EVENT -> availEvent = (int) (e.get(VALUE) & 0xffff);
            case FETCH -> fetch(e);
            case BUF_WRITE -> bufWrite(e);
            case KICK, KICK_SKIP -> kick(type == KICK, e);
            case IRQ, IRQ_SKIP -> irq(type == IRQ);
            default -> wrongLayout(type);
        }
    }

    private void checkFlags(int v, String what, String name) {
        if (eventIdx && v != 0) {
            report(VirtioRules.S3A, what + " = " + v + " but EVENT_IDX is negotiated: flags must be 0 (use "
                    + (what.startsWith("avail") ? "used_event" : "avail_event") + ")");
        } else if (!eventIdx && (v & ~1) != 0) {
            report(VirtioRules.S3A, what + " = " + v + ": only 0 or 1 (" + name + ") is allowed");
        }
    }

    private void desc(TraceEvent e) {
        int d = descIndex(e, DESC_NEXT);
        if (d < 0) {
            return;
        }
        int o = ownerOf(d);
        if (o >= 0) {
            report(VirtioRules.S6C, "driver rewrote descriptor " + d + ", part of the chain of head " + o
                    + " that the device still holds (" + stateOf(o) + ")");
        }
        if (owner[d] >= 0 && ownerStamp[d] == headStamp[owner[d]]) {
            chainClean[owner[d]] = false; // that head's chain changed: walk it again when it is made available
        }
        dAddr[d] = e.get(DESC_ADDR);
        dLen[d] = e.get(DESC_LEN) & 0xffffffffL;
        dFlags[d] = (int) (e.get(DESC_FLAGS) & 0xffff);
        dNext[d] = (int) (e.get(DESC_NEXT) & 0xffff);
    }

    private void publishAvail(int nv) {
        int old = availIdx;
        int d = (nv - old) & 0xffff;
        if (d == 0) {
            return;
        }
        if (d > 0x8000) {
            report(VirtioRules.S2A, "avail.idx moved backwards from " + old + " to " + nv);
            return;
        }
        int outstanding = (nv - usedIdx) & 0xffff;
        if (outstanding > size) {
            report(VirtioRules.S2A, "avail.idx " + old + " -> " + nv + " puts " + outstanding
                    + " buffers ahead of used.idx " + usedIdx + ", more than the queue size " + size);
            return;
        }
        int stale = 0;
        int firstStale = 0;
        for (int k = 0; k < d; k++) {
            int idx = (old + k) & 0xffff;
            int slot = idx % size;
            if (!availFresh[slot]) { // nothing was made available there: the device will read a stale head
                if (stale++ == 0) {
                    firstStale = idx;
                }
                continue;
            }
            availFresh[slot] = false;
            makeAvailable(availRing[slot], idx);
        }
        if (stale > 0) {
            report(VirtioRules.S2D, "avail.idx " + old + " -> " + nv + " exposes " + stale + " available ring entr"
                    + (stale == 1 ? "y" : "ies") + " the driver did not write since avail.idx last passed "
                    + (stale == 1 ? "it" : "them") + " (the first: avail idx " + firstStale + ", avail.ring["
                    + firstStale % size + "], which holds a stale " + availRing[firstStale % size] + ")");
        }
        availIdx = nv;
        buffers += d;
    }

    private void makeAvailable(int head, int idx) {
        if (head >= size) {
            report(VirtioRules.S6B, "avail.ring[" + (idx % size) + "] (avail idx " + idx + ") holds " + head
                    + ", not a descriptor index (queue size " + size + ")");
            return;
        }
        if (idState[head] == AVAILABLE || idState[head] == IN_FLIGHT) {
            report(VirtioRules.S6B, "avail idx " + idx + " makes head " + head
                    + " available again, but it is still outstanding (" + stateOf(head) + ")");
            return;
        }
        if (inOrder && head != inOrderNext) {
            report(VirtioRules.I2, "IN_ORDER: avail idx " + idx + " makes head " + head
                    + " available, but the next descriptor in ring order is " + inOrderNext);
        }
        int len = chainClean[head] ? idChainLen[head] : SplitChains.walk(this, head);
        if (inOrder) {
            inOrderNext = (head + len) % size;
        }
        idState[head] = AVAILABLE;
        idChainLen[head] = len;
        idHeadPos[head] = idx;
        if (inOrder) {
            order.push(head);
        }
    }

    /** The head of the outstanding chain descriptor {@code d} belongs to, or -1. */
    int ownerOf(int d) {
        int h = owner[d];
        return h >= 0 && ownerStamp[d] == headStamp[h] && (idState[h] == AVAILABLE || idState[h] == IN_FLIGHT) ? h : -1;
    }

    private void fetch(TraceEvent e) {
        int idx = (int) (e.get(FETCH_IDX) & 0xffff);
        if (idx != lastAvail) {
            report(VirtioRules.S2C, "device read the available ring at avail idx " + idx + ", but its next one is "
                    + lastAvail + " (the ring is read in order)");
        }
        int ahead = (availIdx - idx) & 0xffff;
        lastAvail = (idx + 1) & 0xffff;
        if (ahead == 0 || ahead > size) {
            report(VirtioRules.S2C, "device read avail idx " + idx + ", which the driver has not published (avail.idx is "
                    + availIdx + ")");
            return;
        }
        int h = availRing[idx % size];
        if (e.get(FETCH_HEAD) != h) {
            report(VirtioRules.S2C, "device took head " + e.get(FETCH_HEAD) + " at avail idx " + idx + ", but avail.ring["
                    + (idx % size) + "] holds " + h);
        }
        if (h >= size) {
            return; // reported when published
        }
        if (idState[h] != AVAILABLE) {
            report(VirtioRules.S6A, "device took head " + h + " at avail idx " + idx + ", which is " + stateOf(h));
            return;
        }
        idState[h] = IN_FLIGHT;
        popped++;
    }

    private void publishUsed(int nv) {
        int old = usedIdx;
        int d = (nv - old) & 0xffff;
        if (d == 0) {
            return;
        }
        if (d > 0x8000) {
            report(VirtioRules.S2B, "used.idx moved backwards from " + old + " to " + nv);
            return;
        }
        int pending = (availIdx - old) & 0xffff;
        if (d > pending) {
            report(VirtioRules.S2B, "used.idx " + old + " -> " + nv + " passes avail.idx " + availIdx + " (only " + pending
                    + " buffer(s) were outstanding)");
            return;
        }
        int k = 0;
        while (k < d) {
            int uidx = (old + k) & 0xffff;
            int slot = uidx % size;
            if (!usedFresh[slot]) {
                if (inOrder) {
                    report(VirtioRules.I3, "used.idx " + old + " -> " + nv + " passes used.ring[" + slot + "] (used idx " + uidx
                            + "), which no batch entry covers and which was not written");
                } else {
                    report(VirtioRules.S5B, "used.idx " + old + " -> " + nv + " publishes used.ring[" + slot + "] (used idx "
                            + uidx + "), which was not written since it was last published");
                }
                k++;
                continue;
            }
            usedFresh[slot] = false;
            usedEntries++;
            long id = usedId[slot];
            long len = usedLen[slot];
            if (id >= size) {
                report(VirtioRules.S6A, "used.ring[" + slot + "] returns id " + id + ", not a descriptor index (queue size "
                        + size + ")");
                k++;
                continue;
            }
            int h = (int) id;
            if (inOrder) {
                int p = order.indexOf(h);
                if (p < 0) {
                    badUse(h, slot);
                    k++;
                    continue;
                }
                if (k + p + 1 > d) {
                    report(VirtioRules.I1, "IN_ORDER: used.ring[" + slot + "] returns head " + h + ", but head " + order.at(0)
                            + (p > 1 ? " and " + (p - 1) + " more" : "") + " were made available before it; used.idx "
                            + old + " -> " + nv + " leaves room for " + (d - k) + " buffer(s), so this is not a batch");
                    order.removeAt(p);
                    use(h, len, FREE, slot);
                    k++;
                    continue;
                }
                for (int q = 0; q < p; q++) {
                    int s = order.at(0);
                    order.removeAt(0);
                    use(s, -1, SKIPPED, slot);
                }
                order.removeAt(0);
                use(h, len, FREE, slot);
                countBatch(p + 1);
                k += p + 1;
            } else {
                byte st = idState[h];
                if (st != AVAILABLE && st != IN_FLIGHT) {
                    badUse(h, slot);
                    k++;
                    continue;
                }
                use(h, len, FREE, slot);
                k++;
            }
        }
        usedIdx = nv;
    }

    private void badUse(int h, int slot) {
        if (idState[h] == SKIPPED) {
            report(VirtioRules.I1, "IN_ORDER: used.ring[" + slot + "] returns head " + h
                    + ", which an earlier batch entry already used (the device used it out of order)");
        } else {
            report(VirtioRules.S6A, "used.ring[" + slot + "] returns head " + h + ", which is " + stateOf(h)
                    + (idState[h] == FREE ? " (double use, or an id never made available)" : ""));
        }
    }

    private void use(int h, long len, byte newState, int slot) {
        if (len >= 0 && len > writable.total[h] && writable.checked(h)) {
            report(VirtioRules.S5C, "used.ring[" + slot + "] says " + len + " bytes were written to head " + h
                    + ", but its chain has only " + writable.total[h] + " device-writable bytes");
        }
        idState[h] = newState;
        filled++;
    }

    @Override
    long kickMark() {
        return availIdx;
    }

    @Override
    long irqMark() {
        return usedIdx;
    }

    @Override
    boolean kickNeeded() {
        if (availIdx == kickOld) {
            return false;
        }
        if (eventIdx) {
            return needEvent.needEvent(availEvent, availIdx, (int) kickOld);
        }
        return (usedFlags & 1) == 0;
    }

    @Override
    boolean irqNeeded() {
        if (usedIdx == irqOld) {
            return false;
        }
        if (eventIdx) {
            return needEvent.needEvent(usedEvent, usedIdx, (int) irqOld);
        }
        return (availFlags & 1) == 0;
    }

    @Override
    void checkKickData(long data) {
        if ((data & 0xffff) != index || ((data >>> 16) & 0xffff) != availIdx) {
            report(VirtioRules.S3D, "notification data 0x" + Long.toHexString(data) + " should be 0x"
                    + Long.toHexString(((long) availIdx << 16) | index) + " (avail.idx " + availIdx + ", queue " + index + ")");
        }
    }

    @Override
    Rule kickRule() {
        return VirtioRules.S3B;
    }

    @Override
    String missedKick() {
        return "driver did not notify after avail.idx " + kickOld + " -> " + availIdx + (eventIdx
                ? ", which crosses avail_event " + availEvent + " (" + needEvent.id() + " need_event)"
                : " while used.flags is " + usedFlags + " (notifications enabled)");
    }

    @Override
    Rule irqRule() {
        return VirtioRules.S3C;
    }

    @Override
    String missedIrq() {
        return "device did not interrupt after used.idx " + irqOld + " -> " + usedIdx + (eventIdx
                ? ", which crosses used_event " + usedEvent + " (" + needEvent.id() + " need_event)"
                : " while avail.flags is " + availFlags + " (interrupts enabled)");
    }

    // ---- getters -----------------------------------------------------------------------------

    @Override
    public int lastAvailIdx() {
        return lastAvail;
    }

    @Override
    public int availIdx() {
        return availIdx;
    }

    @Override
    public int usedIdx() {
        return usedIdx;
    }

    public int availFlags() {
        return availFlags;
    }

    public int usedFlags() {
        return usedFlags;
    }

    public int usedEvent() {
        return usedEvent;
    }

    public int availEvent() {
        return availEvent;
    }

    public int descNext(int i) {
        return dNext[i];
    }

    /** Head of the outstanding chain descriptor i belongs to, or -1. */
    public int descOwner(int i) {
        return ownerOf(i);
    }

    public int availRing(int slot) {
        return availRing[slot];
    }

    public long usedRingId(int slot) {
        return usedId[slot];
    }

    public long usedRingLen(int slot) {
        return usedLen[slot];
    }

    @Override
    public boolean stateEquals(QueueState other) {
        if (!super.stateEquals(other)) {
            return false;
        }
        SplitQueueState o = (SplitQueueState) other;
        return Arrays.equals(dNext, o.dNext) && sameOwners(o) && Arrays.equals(availRing, o.availRing) && Arrays.equals(availFresh, o.availFresh)
                && Arrays.equals(usedId, o.usedId) && Arrays.equals(usedLen, o.usedLen)
                && Arrays.equals(usedFresh, o.usedFresh) && availIdx == o.availIdx && usedIdx == o.usedIdx
                && lastAvail == o.lastAvail && availFlags == o.availFlags && usedFlags == o.usedFlags
                && usedEvent == o.usedEvent && availEvent == o.availEvent
                && inOrderNext == o.inOrderNext;
    }

    /** The same outstanding chain for every descriptor (the stamps and the walk cache are not state). */
    private boolean sameOwners(SplitQueueState o) {
        for (int i = 0; i < size; i++) {
            if (ownerOf(i) != o.ownerOf(i)) {
                return false;
            }
        }
        return true;
    }
}
