package io.ringside.virtio;

import static io.ringside.virtio.VirtioEvent.*;

import java.util.Arrays;

import io.ringside.core.check.Rule;
import io.ringside.core.engine.NeedEvent;
import io.ringside.core.trace.TraceEvent;
import io.ringside.virtio.internal.VirtioRules;

/**
 * Replay state of a packed virtqueue (VIRTIO 1.3 §2.8): the descriptor ring as the trace wrote it, the
 * driver's next position and wrap counter, the device's read and used positions and wrap counters, both
 * event suppression structures and the buffers outstanding. Wrap counters start at 1. Linear counters of
 * descriptors made available and used feed the need_event test (§2.8.10).
 */
public final class PackedQueueState extends QueueState {

    public static final int F_NEXT = 1, F_WRITE = 2, F_INDIRECT = 4, F_AVAIL = 1 << 7, F_USED = 1 << 15;
    public static final int EV_ENABLE = 0, EV_DISABLE = 1, EV_DESC = 2;

    int[] dId;
    /** Written by the driver since the position was last made part of a published chain. */
    boolean[] drvWritten;
    /** Buffer id published with its head at each position. */
    int[] headIdAt;
    int drvPos, devPos, usedPos;
    boolean drvWrap = true, devWrap = true, usedWrap = true;
    long availCount, usedCount;
    int drvEvOffWrap, drvEvFlags, devEvOffWrap, devEvFlags;
    boolean pendingHead;

    public PackedQueueState(int device, int index, RingLayout layout, long features, NeedEvent needEvent) {
        super(device, index, layout, features, needEvent);
        int n = size;
        dId = new int[n];
        drvWritten = new boolean[n];
        headIdAt = new int[n];
        Arrays.fill(headIdAt, -1);
    }

    private PackedQueueState(PackedQueueState o) {
        super(o);
        dId = o.dId.clone();
        drvWritten = o.drvWritten.clone();
        headIdAt = o.headIdAt.clone();
        drvPos = o.drvPos;
        devPos = o.devPos;
        usedPos = o.usedPos;
        drvWrap = o.drvWrap;
        devWrap = o.devWrap;
        usedWrap = o.usedWrap;
        availCount = o.availCount;
        usedCount = o.usedCount;
        drvEvOffWrap = o.drvEvOffWrap;
        drvEvFlags = o.drvEvFlags;
        devEvOffWrap = o.devEvOffWrap;
        devEvFlags = o.devEvFlags;
        pendingHead = o.pendingHead;
    }

    @Override
    public PackedQueueState copy() {
        return new PackedQueueState(this);
    }

    static boolean isAvail(int flags, boolean wrap) {
        boolean a = (flags & F_AVAIL) != 0;
        boolean u = (flags & F_USED) != 0;
        return a == wrap && u != wrap;
    }

    /**
     * Whether an event suppression structure (VIRTIO 1.3 §2.8.10: {@code flags}, {@code offWrap}) asks to be
     * told of the other side's progress from {@code oldLin} to {@code newLin} (running counts of
     * descriptors), that side being at ring position {@code pos} with wrap counter {@code wrap}. The
     * checker, the driver and the device all decide with this.
     */
    static boolean eventNeeded(NeedEvent needEvent, int size, int flags, int offWrap, long newLin, long oldLin, int pos,
            boolean wrap) {
        return switch (flags) {
            case EV_DISABLE -> false;
            case EV_DESC -> {
                int off = offWrap & 0x7fff;
                boolean ew = (offWrap & 0x8000) != 0;
                long lapStart = newLin - pos;
                long ev = lapStart + off - (ew != wrap ? size : 0);
                yield needEvent.needEvent((int) (ev & 0xffff), (int) (newLin & 0xffff), (int) (oldLin & 0xffff));
            }
            default -> true;
        };
    }

    static String bits(int flags) {
        return "flags 0x" + Integer.toHexString(flags) + " (AVAIL=" + ((flags >> 7) & 1) + " USED=" + ((flags >> 15) & 1)
                + ")";
    }

    @Override
    void doApply(VirtioEvent type, TraceEvent e) {
        switch (type) {
            case DESC -> desc(e);
            case USED_DESC -> usedDesc(e);
            case DRIVER_EVENT -> {
                int f = (int) (e.get(EV_FLAGS) & 0xffff);
                checkEventFlags(f, "driver");
                drvEvOffWrap = (int) (e.get(OFF_WRAP) & 0xffff);
                drvEvFlags = f;
            }
            case DEVICE_EVENT -> {
                int f = (int) (e.get(EV_FLAGS) & 0xffff);
                checkEventFlags(f, "device");
                devEvOffWrap = (int) (e.get(OFF_WRAP) & 0xffff);
                devEvFlags = f;
            }
            case FETCH -> fetch(e);
            case BUF_WRITE -> bufWrite(e);
            case KICK, KICK_SKIP -> kick(type == KICK, e);
            case IRQ, IRQ_SKIP -> irq(type == IRQ);
            default -> wrongLayout(type);
        }
    }

    private void checkEventFlags(int f, String who) {
        if (f > EV_DESC) {
            report(VirtioRules.P6, who + " event suppression flags = " + f + ": 3 and above are reserved");
        } else if (f == EV_DESC && !eventIdx) {
            report(VirtioRules.P6, who + " event suppression flags = 2 (DESC) but EVENT_IDX was not negotiated");
        }
    }

    boolean expectedWrap(int i) {
        return i >= drvPos ? drvWrap : !drvWrap;
    }

    private void desc(TraceEvent e) {
        int p = descIndex(e, DESC_ID);
        if (p < 0) {
            return;
        }
        long held = availCount - usedCount;
        if (held > 0 && (held >= size || Math.floorMod(p - usedPos, size) < held)) {
            report(VirtioRules.P2, "driver overwrote descriptor " + p + ", which the device still holds (" + held
                    + " descriptor(s) outstanding from position " + usedPos + ")");
        }
        int f = (int) (e.get(DESC_FLAGS) & 0xffff);
        boolean w = expectedWrap(p);
        if (!isAvail(f, w)) {
            report(VirtioRules.P2, "driver wrote descriptor " + p + " with " + bits(f) + ", but its wrap counter there is "
                    + (w ? 1 : 0) + " (available = AVAIL " + (w ? 1 : 0) + ", USED " + (w ? 0 : 1) + ")");
        }
        dAddr[p] = e.get(DESC_ADDR);
        dLen[p] = e.get(DESC_LEN) & 0xffffffffL;
        dId[p] = (int) (e.get(DESC_ID) & 0xffff);
        dFlags[p] = f;
        drvWritten[p] = true;
        if (p == drvPos || pendingHead) {
            PackedChains.tryPublish(this, p == drvPos);
        }
    }

    private void fetch(TraceEvent e) {
        long pos = e.get(FETCH_IDX);
        if (pos < 0 || pos >= size) {
            report(VirtioRules.T2, "fetch at position " + pos + " is outside the ring (queue size " + size + ")");
            return;
        }
        if (pos != devPos) {
            report(VirtioRules.P7, "device read descriptor " + pos + ", but the next one in ring order is " + devPos);
        }
        int f = dFlags[devPos];
        int id = headIdAt[devPos];
        if (!isAvail(f, devWrap)) {
            report(VirtioRules.P7, "device took descriptor " + devPos + " (" + bits(f) + "), which is not available for its wrap counter "
                    + (devWrap ? 1 : 0));
            return;
        }
        if (id < 0 || idState[id] != AVAILABLE) {
            report(VirtioRules.P7, "device took descriptor " + devPos + ", but no published chain is waiting there"
                    + (id >= 0 ? " (buffer id " + id + " is " + stateOf(id) + ")" : ""));
            return;
        }
        if (e.get(FETCH_HEAD) != id) {
            report(VirtioRules.P7, "device reports buffer id " + e.get(FETCH_HEAD) + " at position " + devPos
                    + ", but the chain there has id " + id);
        }
        idState[id] = IN_FLIGHT;
        popped++;
        int np = devPos + idChainLen[id];
        while (np >= size) {
            np -= size;
            devWrap = !devWrap;
        }
        devPos = np;
    }

    private void usedDesc(TraceEvent e) {
        long p = e.get(UD_INDEX);
        if (p < 0 || p >= size) {
            report(VirtioRules.T2, "used descriptor position " + p + " is outside the ring (queue size " + size + ")");
            return;
        }
        int pos = (int) p;
        int f = (int) (e.get(UD_FLAGS) & 0xffff);
        long idl = e.get(UD_ID) & 0xffff;
        long len = e.get(UD_LEN) & 0xffffffffL;
        if (pos != usedPos) {
            if (inOrder) {
                report(VirtioRules.I4, "IN_ORDER: the device wrote a used descriptor at position " + pos
                        + ", but the next batch starts at position " + usedPos + " (the used descriptor goes over the first descriptor of the batch)");
            } else {
                report(VirtioRules.P4, "device wrote a used descriptor at position " + pos + ", but the next used position is "
                        + usedPos + " (the device skips ahead by the chain length of each buffer it uses)");
            }
        }
        boolean a = (f & F_AVAIL) != 0;
        boolean u = (f & F_USED) != 0;
        if (a != usedWrap || u != usedWrap) {
            report(VirtioRules.P2, "used descriptor at position " + pos + " has " + bits(f)
                    + ", but both must equal the device wrap counter " + (usedWrap ? 1 : 0));
        }
        if ((f & F_NEXT) != 0) {
            report(VirtioRules.P4, "used descriptor at position " + pos + " has NEXT, which is reserved in used descriptors");
        }
        dId[pos] = (int) idl;
        dLen[pos] = len;
        dFlags[pos] = f;
        usedEntries++;
        if (idl >= size) {
            report(VirtioRules.P4, "used descriptor at position " + pos + " has buffer id " + idl
                    + ", not below the queue size " + size);
            return;
        }
        int id = (int) idl;
        int descs;
        if (inOrder) {
            int k = order.indexOf(id);
            if (k < 0) {
                badUse(id, pos);
                return;
            }
            descs = 0;
            for (int q = 0; q <= k; q++) {
                int s = order.at(0);
                order.removeAt(0);
                descs += idChainLen[s];
                use(s, q == k && (f & F_WRITE) != 0 ? len : -1, q == k ? FREE : SKIPPED, pos);
            }
            countBatch(k + 1);
        } else {
            byte st = idState[id];
            if (st != AVAILABLE && st != IN_FLIGHT) {
                badUse(id, pos);
                return;
            }
            descs = idChainLen[id];
            use(id, (f & F_WRITE) != 0 ? len : -1, FREE, pos);
        }
        usedCount += descs;
        int np = usedPos + descs;
        while (np >= size) {
            np -= size;
            usedWrap = !usedWrap;
        }
        usedPos = np;
    }

    private void badUse(int id, int pos) {
        if (idState[id] == SKIPPED) {
            report(VirtioRules.I1, "IN_ORDER: used descriptor at position " + pos + " returns buffer id " + id
                    + ", which an earlier batch already used (the device used it out of order)");
        } else {
            report(VirtioRules.P4, "used descriptor at position " + pos + " returns buffer id " + id + ", which is "
                    + stateOf(id) + (idState[id] == FREE ? " (double use, or an id never made available)" : ""));
        }
    }

    private void use(int id, long len, byte newState, int pos) {
        if (len >= 0 && len > writable.total[id] && writable.checked(id)) {
            report(VirtioRules.P4, "used descriptor at position " + pos + " says " + len + " bytes were written to buffer id "
                    + id + ", but its chain has only " + writable.total[id] + " device-writable bytes");
        }
        idState[id] = newState;
        filled++;
    }

    @Override
    long kickMark() {
        return availCount;
    }

    @Override
    long irqMark() {
        return usedCount;
    }

    @Override
    boolean kickNeeded() {
        return availCount != kickOld
                && eventNeeded(needEvent, size, devEvFlags, devEvOffWrap, availCount, kickOld, drvPos, drvWrap);
    }

    @Override
    boolean irqNeeded() {
        return usedCount != irqOld
                && eventNeeded(needEvent, size, drvEvFlags, drvEvOffWrap, usedCount, irqOld, usedPos, usedWrap);
    }

    @Override
    void checkKickData(long data) {
        long want = index | ((long) (drvPos | (drvWrap ? 0x8000 : 0)) << 16);
        if (data != want) {
            report(VirtioRules.P8, "notification data 0x" + Long.toHexString(data) + " should be 0x" + Long.toHexString(want)
                    + " (next position " + drvPos + ", wrap " + (drvWrap ? 1 : 0) + ", queue " + index + ")");
        }
    }

    @Override
    Rule kickRule() {
        return VirtioRules.P6;
    }

    @Override
    String missedKick() {
        return "driver did not notify after making " + (availCount - kickOld) + " descriptor(s) available (up to position "
                + drvPos + ", wrap " + (drvWrap ? 1 : 0) + ") while the device event suppression asks for it ("
                + evName(devEvFlags, devEvOffWrap) + ")";
    }

    @Override
    Rule irqRule() {
        return VirtioRules.P6;
    }

    @Override
    String missedIrq() {
        return "device did not interrupt after using " + (usedCount - irqOld) + " descriptor(s) (up to position " + usedPos
                + ", wrap " + (usedWrap ? 1 : 0) + ") while the driver event suppression asks for it ("
                + evName(drvEvFlags, drvEvOffWrap) + ")";
    }

    private String evName(int flags, int offWrap) {
        return evName(flags, offWrap, needEvent.id());
    }

    /** An event suppression structure in words (rule messages, {@code show}). */
    static String evName(int flags, int offWrap, String needEvent) {
        return switch (flags) {
            case EV_ENABLE -> "ENABLE";
            case EV_DISABLE -> "DISABLE";
            case EV_DESC -> "DESC at offset " + (offWrap & 0x7fff) + " wrap " + ((offWrap >> 15) & 1) + ", " + needEvent
                    + " need_event";
            default -> "reserved " + flags;
        };
    }

    // ---- getters -----------------------------------------------------------------------------

    @Override
    public int lastAvailIdx() {
        return devPos | (devWrap ? 0x8000 : 0);
    }

    @Override
    public int availIdx() {
        return drvPos | (drvWrap ? 0x8000 : 0);
    }

    @Override
    public int usedIdx() {
        return usedPos | (usedWrap ? 0x8000 : 0);
    }

    public int driverPosition() {
        return drvPos;
    }

    public boolean driverWrapCounter() {
        return drvWrap;
    }

    public int deviceReadPosition() {
        return devPos;
    }

    public boolean deviceReadWrapCounter() {
        return devWrap;
    }

    public int deviceUsedPosition() {
        return usedPos;
    }

    public boolean deviceUsedWrapCounter() {
        return usedWrap;
    }

    public int driverEventOffWrap() {
        return drvEvOffWrap;
    }

    public int driverEventFlags() {
        return drvEvFlags;
    }

    public int deviceEventOffWrap() {
        return devEvOffWrap;
    }

    public int deviceEventFlags() {
        return devEvFlags;
    }

    public int descId(int i) {
        return dId[i];
    }

    @Override
    public boolean stateEquals(QueueState other) {
        if (!super.stateEquals(other)) {
            return false;
        }
        PackedQueueState o = (PackedQueueState) other;
        return Arrays.equals(dId, o.dId) && Arrays.equals(drvWritten, o.drvWritten)
                && Arrays.equals(headIdAt, o.headIdAt) && drvPos == o.drvPos && devPos == o.devPos && usedPos == o.usedPos
                && drvWrap == o.drvWrap && devWrap == o.devWrap && usedWrap == o.usedWrap && availCount == o.availCount
                && usedCount == o.usedCount
                && drvEvOffWrap == o.drvEvOffWrap && drvEvFlags == o.drvEvFlags && devEvOffWrap == o.devEvOffWrap
                && devEvFlags == o.devEvFlags && pendingHead == o.pendingHead;
    }
}
