package io.ringside.virtio;

import static io.ringside.virtio.VirtioEvent.BW_ADDR;
import static io.ringside.virtio.VirtioEvent.BW_ID;
import static io.ringside.virtio.VirtioEvent.BW_LEN;
import static io.ringside.virtio.VirtioEvent.DESC_ADDR;
import static io.ringside.virtio.VirtioEvent.DESC_FLAGS;
import static io.ringside.virtio.VirtioEvent.DESC_INDEX;
import static io.ringside.virtio.VirtioEvent.DESC_LEN;
import static io.ringside.virtio.VirtioEvent.DESC_TABLE;
import static io.ringside.virtio.VirtioEvent.KICK_DATA;

import java.util.Arrays;
import java.util.Map;

import io.ringside.core.check.Rule;
import io.ringside.core.check.ViolationSink;
import io.ringside.core.engine.NeedEvent;
import io.ringside.core.trace.TraceEvent;
import io.ringside.virtio.internal.VirtioRules;

/**
 * The replay state of one virtqueue, as rebuilt from memory-level events: the ring contents the trace
 * wrote, which buffers are available, in flight or used, both sides' positions and notification state,
 * and metrics. A compact value made of primitive arrays: {@link #copy()} is a deep copy (checkpoints),
 * {@link #stateEquals(QueueState)} compares everything but the violation sink.
 * <p>
 * Buffer ids are split heads or packed buffer ids, tracked below the queue size (as Linux and QEMU use
 * them). Applying an event allocates nothing unless a rule is broken (the message is a new string).
 * <p>
 * What both layouts check the same way is here (descriptor indices, the device's writes, the
 * notification decisions); the parts with logic of their own are values beside it ({@link WritableRanges},
 * {@link InOrderIds}, {@link IndirectTables}) or readers of it ({@link QueueMetrics}). It stays a little
 * over 500 lines for its thirty one-line public getters, which the views and {@code show} read.
 */
public abstract sealed class QueueState permits SplitQueueState, PackedQueueState {

    /** Buffer states. */
    public static final byte FREE = 0, AVAILABLE = 1, IN_FLIGHT = 2, SKIPPED = 3;
    /** The state of a packed ring slot that holds a used descriptor (slot states only, not buffers'). */
    public static final byte USED = 4;
    static final String[] STATE_NAMES = { "free", "available", "in flight", "used by a batch" };

    final int device;
    final int index;
    final int size;
    final RingLayout layout;
    final boolean eventIdx;
    final boolean inOrder;
    final boolean indirect;
    final boolean notifData;
    final NeedEvent needEvent;

    // the descriptors as the trace wrote them (split: the table, packed: the ring)
    long[] dAddr;
    long[] dLen;
    int[] dFlags;
    /** {@link #kickMark()} at the last notification decision of the driver, {@link #irqMark()} of the device. */
    long kickOld, irqOld;

    // per buffer id
    byte[] idState;
    int[] idChainLen;
    int[] idHeadPos;
    final WritableRanges writable;
    final InOrderIds order;
    /** Indirect table entries written and not made available yet (only when the trace writes any). */
    IndirectTables ind;
    boolean layoutChecked;

    // metrics
    long buffers, popped, filled, usedEntries, kicks, kicksSuppressed, kicksUnneeded, interrupts, interruptsSuppressed,
            interruptsUnneeded, bytesWritten, batches, batchBuffers, batchMax, violations;
    long[] batchHist = new long[9];

    // while applying one event (not state)
    TraceEvent cur;
    ViolationSink sink;

    QueueState(int device, int index, RingLayout layout, long features, NeedEvent needEvent) {
        this.device = device;
        this.index = index;
        this.size = Math.max(1, Math.min(layout.size(), RingLayout.MAX_REPLAYED));
        this.layout = layout;
        this.eventIdx = VirtioFeatures.has(features, VirtioFeatures.EVENT_IDX);
        this.inOrder = VirtioFeatures.has(features, VirtioFeatures.IN_ORDER);
        this.indirect = VirtioFeatures.has(features, VirtioFeatures.INDIRECT_DESC);
        this.notifData = VirtioFeatures.has(features, VirtioFeatures.NOTIFICATION_DATA);
        this.needEvent = needEvent;
        int n = size;
        dAddr = new long[n];
        dLen = new long[n];
        dFlags = new int[n];
        idState = new byte[n];
        idChainLen = new int[n];
        idHeadPos = new int[n];
        writable = new WritableRanges(n);
        order = new InOrderIds(n);
    }

    QueueState(QueueState o) {
        device = o.device;
        index = o.index;
        size = o.size;
        layout = o.layout;
        eventIdx = o.eventIdx;
        inOrder = o.inOrder;
        indirect = o.indirect;
        notifData = o.notifData;
        needEvent = o.needEvent;
        dAddr = o.dAddr.clone();
        dLen = o.dLen.clone();
        dFlags = o.dFlags.clone();
        kickOld = o.kickOld;
        irqOld = o.irqOld;
        idState = o.idState.clone();
        idChainLen = o.idChainLen.clone();
        idHeadPos = o.idHeadPos.clone();
        writable = o.writable.copy();
        order = o.order.copy();
        ind = o.ind == null ? null : o.ind.copy();
        layoutChecked = o.layoutChecked;
        buffers = o.buffers;
        popped = o.popped;
        filled = o.filled;
        usedEntries = o.usedEntries;
        kicks = o.kicks;
        kicksSuppressed = o.kicksSuppressed;
        kicksUnneeded = o.kicksUnneeded;
        interrupts = o.interrupts;
        interruptsSuppressed = o.interruptsSuppressed;
        interruptsUnneeded = o.interruptsUnneeded;
        bytesWritten = o.bytesWritten;
        batches = o.batches;
        batchBuffers = o.batchBuffers;
        batchMax = o.batchMax;
        violations = o.violations;
        batchHist = o.batchHist.clone();
    }

    public abstract QueueState copy();

    /**
     * Bytes of a queue's state by its size (the arrays per entry: buffer states, chain lengths, writable
     * ranges, IN_ORDER order; split adds the descriptor table, both rings and the owners, packed the
     * descriptor ring), with ~600 bytes for the object and array headers.
     */
    static long bytesFor(boolean packed, int size) {
        long n = Math.max(1, Math.min(size, RingLayout.MAX_REPLAYED));
        long base = 1 + 4 + 8 + 4 + 16L * WritableRanges.K + 1 + 4;
        long ring = packed ? 8 + 8 + 4 + 4 + 1 + 4 : 8 + 8 + 4 + 4 + 4 + 4 + 4 + 4 + 1 + 1 + 8 + 8 + 1;
        return 600 + n * (base + ring);
    }

    /** Bytes this queue's state holds: {@link #bytesFor} and the indirect table store, once there is one. */
    long stateBytes() {
        return bytesFor(layout.packed(), size) + (ind == null ? 0 : ind.bytes());
    }

    /** Indirect table entries a queue keeps pending at most: a table as long as the queue allows, twice. */
    static int indirectCapacity(int size) {
        return Math.max(64, 2 * Math.min(size, RingLayout.MAX_REPLAYED));
    }

    /** Applies one event of this queue. */
    public final void apply(VirtioEvent type, TraceEvent e, ViolationSink s) {
        this.cur = e;
        this.sink = s;
        if (!layoutChecked) {
            checkLayout(e.seq(), s);
        }
        doApply(type, e);
        this.cur = null;
        this.sink = null;
    }

    abstract void doApply(VirtioEvent type, TraceEvent e);

    /** End of trace: notifications still owed. */
    public final void finish(long lastEvent, ViolationSink s) {
        checkLayoutAtEnd(lastEvent, s);
        if (kickNeeded()) {
            s.report(kickRule().at(lastEvent, device, index, "at the end of the trace: " + missedKick()));
            violations++;
        }
        if (irqNeeded()) {
            s.report(irqRule().at(lastEvent, device, index, "at the end of the trace: " + missedIrq()));
            violations++;
        }
    }

    /** The layout's faults (S1 / P1), once: at the queue's first event, or at the end if no event touched it. */
    private void checkLayout(long event, ViolationSink s) {
        layoutChecked = true;
        for (String p : layout.problems()) {
            violations++;
            s.report((layout.packed() ? VirtioRules.P1 : VirtioRules.S1).at(event, device, index, p));
        }
    }

    private void checkLayoutAtEnd(long lastEvent, ViolationSink s) {
        if (!layoutChecked) {
            checkLayout(lastEvent, s);
        }
    }

    final void report(Rule r, String msg) {
        violations++;
        sink.report(r.at(cur == null ? -1 : cur.seq(), device, index, msg));
    }

    final void wrongLayout(VirtioEvent type) {
        report(VirtioRules.T2, "event " + type.id() + " does not apply to a " + layout.layoutName() + " queue");
    }

    // ---- the driver's descriptor writes -------------------------------------------------------

    /**
     * DESC: an entry of an indirect table is kept until its chain is made available, its field
     * {@code nextOrId} being split's next or packed's buffer id; a descriptor of the table (split) or ring
     * (packed) gives its index to the layout. -1 when the entry was kept or the index is out of range.
     */
    final int descIndex(TraceEvent e, int nextOrId) {
        long i = e.get(DESC_INDEX);
        if (e.has(DESC_TABLE)) {
            if (i < 0 || i >= 65536) {
                report(VirtioRules.T2, "indirect descriptor index " + i + " is out of range");
                return -1;
            }
            writeIndirect(e.get(DESC_TABLE), i, e.get(DESC_ADDR), e.get(DESC_LEN), e.get(DESC_FLAGS), e.get(nextOrId));
            return -1;
        }
        if (i < 0 || i >= size) {
            report(VirtioRules.T2, "descriptor " + i + " is outside the " + (layout.packed() ? "ring" : "table")
                    + " (queue size " + size + ")");
            return -1;
        }
        return (int) i;
    }

    // ---- the device's writes -----------------------------------------------------------------

    /** BUF_WRITE: the device writes only into a buffer it holds, inside its chain's device-writable ranges. */
    final void bufWrite(TraceEvent e) {
        long id = e.get(BW_ID);
        long addr = e.get(BW_ADDR);
        long len = e.get(BW_LEN);
        String name = layout.packed() ? "buffer id " : "head ";
        if (id < 0 || id >= size || (idState[(int) id] != IN_FLIGHT && idState[(int) id] != AVAILABLE)) {
            report(VirtioRules.S5A, "device wrote " + Long.toUnsignedString(len) + " bytes at 0x" + Long.toHexString(addr) + " for " + name + id
                    + ", which it does not hold (" + stateOf((int) Math.min(id, Integer.MAX_VALUE)) + ")");
        } else if (writable.contains((int) id, addr, len) == 0) {
            report(VirtioRules.S5A, "device wrote " + range(addr, len) + " for " + name + id
                    + ", outside the device-writable buffers of its chain");
        }
        if (layout.overlaps(addr, len)) {
            report(VirtioRules.S5A, "device wrote " + range(addr, len) + " over the virtqueue ("
                    + layout.describe() + ")");
        }
        bytesWritten += len;
    }

    // ---- notification decisions -------------------------------------------------------------

    /**
     * The driver's progress that a notification reports (split: avail.idx; packed: descriptors made
     * available), compared with {@link #kickOld}; {@link #irqMark()} is the device's (used.idx; descriptors used).
     */
    abstract long kickMark();

    abstract long irqMark();

    /** Whether the device asked to be notified of the driver's progress since {@link #kickOld}. */
    abstract boolean kickNeeded();

    /** Whether the driver asked to be interrupted for the device's progress since {@link #irqOld}. */
    abstract boolean irqNeeded();

    /** The rule a missed notification breaks, and what it missed in words. */
    abstract Rule kickRule();

    abstract String missedKick();

    abstract Rule irqRule();

    abstract String missedIrq();

    /** Checks the value a notification carries with VIRTIO_F_NOTIFICATION_DATA. */
    abstract void checkKickData(long data);

    /** KICK / KICK_SKIP: the driver notified the device, or decided not to. */
    final void kick(boolean sent, TraceEvent e) {
        boolean need = kickNeeded();
        if (sent && notifData && e.has(KICK_DATA)) {
            checkKickData(e.get(KICK_DATA));
        }
        if (!sent && need) {
            report(kickRule(), missedKick());
        }
        if (sent || kickMark() != kickOld) {
            countKick(sent, need);
        }
        kickOld = kickMark();
    }

    /** IRQ / IRQ_SKIP: the device interrupted the driver, or decided not to. */
    final void irq(boolean sent) {
        boolean need = irqNeeded();
        if (!sent && need) {
            report(irqRule(), missedIrq());
        }
        if (sent || irqMark() != irqOld) {
            countIrq(sent, need);
        }
        irqOld = irqMark();
    }

    private void countKick(boolean sent, boolean needed) {
        if (sent) {
            kicks++;
            if (!needed) {
                kicksUnneeded++;
            }
        } else {
            kicksSuppressed++;
        }
    }

    private void countIrq(boolean sent, boolean needed) {
        if (sent) {
            interrupts++;
            if (!needed) {
                interruptsUnneeded++;
            }
        } else {
            interruptsSuppressed++;
        }
    }

    // ---- per-buffer bookkeeping --------------------------------------------------------------

    /** {@code [0xADDR, +LEN)}, both u64. */
    static String range(long addr, long len) {
        return "[0x" + Long.toHexString(addr) + ", +" + Long.toUnsignedString(len) + ")";
    }

    final void countBatch(int n) {
        batches++;
        batchBuffers += n;
        batchMax = Math.max(batchMax, n);
        batchHist[Math.min(n, 9) - 1]++;
    }

    final String stateOf(int id) {
        return id >= 0 && id < size ? STATE_NAMES[idState[id]] : "out of range";
    }

    // ---- indirect tables --------------------------------------------------------------------

    final void writeIndirect(long table, long i, long addr, long len, long flags, long nextOrId) {
        if (ind == null) {
            ind = new IndirectTables(indirectCapacity(size));
        }
        if (!ind.put(table, (int) i, addr, len, (int) flags, (int) nextOrId)) {
            report(VirtioRules.T2, "more than " + ind.count() + " indirect table entries written and not made available:"
                    + " the pending tables are dropped (chains through them are not checked)");
            ind.clear();
            ind.put(table, (int) i, addr, len, (int) flags, (int) nextOrId);
        }
    }

    /** The slot of entry {@code i} of the table at {@code table}, or -1 when the driver did not write it. */
    final int indFind(long table, int i) {
        return ind == null ? -1 : ind.find(table, i);
    }

    // ---- comparison and views ---------------------------------------------------------------

    public boolean stateEquals(QueueState o) {
        if (o == null || o.getClass() != getClass()) {
            return false;
        }
        return device == o.device && index == o.index && size == o.size && layout.equals(o.layout)
                && eventIdx == o.eventIdx && inOrder == o.inOrder && indirect == o.indirect && notifData == o.notifData
                && needEvent == o.needEvent && Arrays.equals(dAddr, o.dAddr) && Arrays.equals(dLen, o.dLen)
                && Arrays.equals(dFlags, o.dFlags) && kickOld == o.kickOld && irqOld == o.irqOld
                && Arrays.equals(idState, o.idState)
                && Arrays.equals(idChainLen, o.idChainLen) && Arrays.equals(idHeadPos, o.idHeadPos)
                && writable.sameAs(o.writable) && order.sameAs(o.order)
                && (ind == null ? o.ind == null || o.ind.count() == 0 : ind.contentEquals(o.ind))
                && layoutChecked == o.layoutChecked && buffers == o.buffers && popped == o.popped
                && filled == o.filled && usedEntries == o.usedEntries && kicks == o.kicks
                && kicksSuppressed == o.kicksSuppressed && kicksUnneeded == o.kicksUnneeded
                && interrupts == o.interrupts && interruptsSuppressed == o.interruptsSuppressed
                && interruptsUnneeded == o.interruptsUnneeded && bytesWritten == o.bytesWritten
                && batches == o.batches && batchBuffers == o.batchBuffers && batchMax == o.batchMax
                && violations == o.violations && Arrays.equals(batchHist, o.batchHist);
    }

    // ---- public getters (IDE, show) ---------------------------------------------------------

    public int device() {
        return device;
    }

    public int index() {
        return index;
    }

    public int size() {
        return size;
    }

    public RingLayout layout() {
        return layout;
    }

    public boolean eventIdx() {
        return eventIdx;
    }

    public boolean inOrder() {
        return inOrder;
    }

    public boolean indirectNegotiated() {
        return indirect;
    }

    public long descAddr(int i) {
        return dAddr[i];
    }

    public long descLen(int i) {
        return dLen[i];
    }

    public int descFlags(int i) {
        return dFlags[i];
    }

    /** {@link #FREE}, {@link #AVAILABLE}, {@link #IN_FLIGHT} or {@link #SKIPPED}. */
    public byte bufferState(int id) {
        return idState[id];
    }

    public int bufferChainLength(int id) {
        return idChainLen[id];
    }

    public long bufferWritableBytes(int id) {
        return writable.total[id];
    }

    /** Buffers made available and not used yet. */
    public int outstanding() {
        int n = 0;
        for (byte b : idState) {
            if (b == AVAILABLE || b == IN_FLIGHT) {
                n++;
            }
        }
        return n;
    }

    public long buffersMadeAvailable() {
        return buffers;
    }

    public long buffersFetched() {
        return popped;
    }

    public long buffersUsed() {
        return filled;
    }

    public long usedEntries() {
        return usedEntries;
    }

    public long kicks() {
        return kicks;
    }

    public long kicksSuppressed() {
        return kicksSuppressed;
    }

    public long kicksUnneeded() {
        return kicksUnneeded;
    }

    public long interrupts() {
        return interrupts;
    }

    public long interruptsSuppressed() {
        return interruptsSuppressed;
    }

    public long interruptsUnneeded() {
        return interruptsUnneeded;
    }

    public long bytesWritten() {
        return bytesWritten;
    }

    public long violations() {
        return violations;
    }

    /** IN_ORDER batches: count of batch sizes 1..8 and 9 or more. */
    public long[] batchHistogram() {
        return batchHist.clone();
    }

    /**
     * The device's next index to read, as QEMU's {@code last_avail_idx}: split, the avail index of the next
     * fetch; packed, the ring position of the next fetch with the device's wrap counter in bit 15.
     */
    public abstract int lastAvailIdx();

    /** The driver's published index: split avail.idx; packed, next position with wrap counter in bit 15. */
    public abstract int availIdx();

    /** The device's published index: split used.idx; packed, next used position with wrap counter in bit 15. */
    public abstract int usedIdx();

    /** Per-queue metrics in the order of the stats contract. */
    public Map<String, Object> stats() {
        return QueueMetrics.of(this);
    }
}
