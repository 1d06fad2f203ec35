package io.ringside.nvme;

import java.util.Arrays;

/**
 * Replay state of one submission queue as a memory-level trace shows it: the entries in the ring, the
 * host's tail (written and published), the doorbell register, the shadow doorbell and EventIdx slots,
 * the controller's view of the tail and its head, and the cost counters. A compact value: {@link #copy()}
 * is deep, {@link #sameState(SubmissionQueue)} compares everything.
 */
public final class SubmissionQueue {

    /** Slot states. */
    public static final byte FREE = 0, WRITTEN = 1, PUBLISHED = 2, FETCHED = 3;

    final int qid;
    int size;
    int cqid;
    long addr;
    boolean created;

    int[] slotCid;
    byte[] slotState;
    short[] slotOpc;

    int hostTail; // next slot the host writes
    int pubTail; // the tail the host last published (MMIO or shadow)
    int dbTail = -1; // last MMIO doorbell value
    int shadowTail = -1; // value in the shadow doorbell slot (-1 never written)
    int eventIdx; // value in the EventIdx slot
    int ctrlTail; // the controller's view of the tail
    int head; // the controller's head
    int lastShadowRead = -1;
    // the host's pending need_event decision: new value, old value, need (-1 undecided)
    int pendNew = -1;
    int pendOld;
    int pendNeed = -1;

    /** Command ids tracked per queue (fetched and written, not completed). */
    static final int TRACKED = 1024;

    final long[] outstanding = new long[TRACKED]; // cids fetched, not completed
    final long[] submitted = new long[TRACKED]; // cids written, not completed
    int outstandingCount;
    int submittedCount;

    // admin queue only: the command in each slot (cid, opc, prp1, prp2, cdw10, cdw11), and the commands
    // fetched and not completed
    long[][] adminSlots;
    long[][] adminInflight = new long[0][];

    // counters
    long commands;
    long fetches;
    long mmioDoorbells;
    long eventfdSignals;
    long shadowUpdates;
    long skippedDoorbells;
    long unneededDoorbells;

    SubmissionQueue(int qid, int size, int cqid, long addr) {
        this.qid = qid;
        resize(size);
        this.cqid = cqid;
        this.addr = addr;
    }

    /**
     * (Re)creates the queue with a size: a created queue starts empty with head = tail = 0 (positions
     * of an earlier queue with this id could lie outside the new size).
     */
    void resize(int newSize) {
        this.size = newSize;
        this.slotCid = new int[newSize];
        Arrays.fill(slotCid, -1);
        this.slotState = new byte[newSize];
        this.slotOpc = new short[newSize];
        this.adminSlots = qid == 0 ? new long[newSize][6] : null;
        hostTail = 0;
        pubTail = 0;
        ctrlTail = 0;
        head = 0;
        dbTail = -1;
        lastShadowRead = -1;
        pendNew = -1;
        pendNeed = -1;
    }

    /** Bytes the state of an I/O submission queue of {@code size} entries holds, roughly. */
    static long bytesFor(int size) {
        return 256 + 8L * 2 * TRACKED + 7L * size;
    }

    /** Bytes this queue's state holds, roughly (per-slot arrays, the admin queue's command images). */
    long bytes() {
        long b = bytesFor(size);
        if (adminSlots != null) {
            b += (16 + 6 * 8 + 8) * (long) adminSlots.length;
        }
        return b + (16 + 6 * 8 + 8) * (long) adminInflight.length;
    }

    SubmissionQueue copy() {
        SubmissionQueue c = new SubmissionQueue(qid, 1, cqid, addr);
        c.size = size;
        c.created = created;
        c.slotCid = slotCid.clone();
        c.slotState = slotState.clone();
        c.slotOpc = slotOpc.clone();
        c.hostTail = hostTail;
        c.pubTail = pubTail;
        c.dbTail = dbTail;
        c.shadowTail = shadowTail;
        c.eventIdx = eventIdx;
        c.ctrlTail = ctrlTail;
        c.head = head;
        c.lastShadowRead = lastShadowRead;
        c.pendNew = pendNew;
        c.pendOld = pendOld;
        c.pendNeed = pendNeed;
        System.arraycopy(outstanding, 0, c.outstanding, 0, outstanding.length);
        System.arraycopy(submitted, 0, c.submitted, 0, submitted.length);
        c.outstandingCount = outstandingCount;
        c.submittedCount = submittedCount;
        if (adminSlots != null) {
            c.adminSlots = new long[adminSlots.length][];
            for (int i = 0; i < adminSlots.length; i++) {
                c.adminSlots[i] = adminSlots[i].clone();
            }
        }
        c.adminInflight = new long[adminInflight.length][];
        for (int i = 0; i < adminInflight.length; i++) {
            c.adminInflight[i] = adminInflight[i].clone();
        }
        c.commands = commands;
        c.fetches = fetches;
        c.mmioDoorbells = mmioDoorbells;
        c.eventfdSignals = eventfdSignals;
        c.shadowUpdates = shadowUpdates;
        c.skippedDoorbells = skippedDoorbells;
        c.unneededDoorbells = unneededDoorbells;
        return c;
    }

    boolean sameState(SubmissionQueue o) {
        return qid == o.qid && size == o.size && cqid == o.cqid && addr == o.addr && created == o.created
                && Arrays.equals(slotCid, o.slotCid) && Arrays.equals(slotState, o.slotState)
                && Arrays.equals(slotOpc, o.slotOpc) && hostTail == o.hostTail && pubTail == o.pubTail
                && dbTail == o.dbTail && shadowTail == o.shadowTail && eventIdx == o.eventIdx
                && ctrlTail == o.ctrlTail && head == o.head && lastShadowRead == o.lastShadowRead
                && pendNew == o.pendNew && pendOld == o.pendOld && pendNeed == o.pendNeed
                && Arrays.equals(outstanding, o.outstanding) && Arrays.equals(submitted, o.submitted)
                && Arrays.deepEquals(adminInflight, o.adminInflight) && Arrays.deepEquals(adminSlots, o.adminSlots) && commands == o.commands
                && fetches == o.fetches && mmioDoorbells == o.mmioDoorbells && eventfdSignals == o.eventfdSignals
                && shadowUpdates == o.shadowUpdates && skippedDoorbells == o.skippedDoorbells
                && unneededDoorbells == o.unneededDoorbells;
    }

    static boolean bit(long[] set, int cid) {
        return (set[(cid >>> 6) & 1023] & (1L << (cid & 63))) != 0;
    }

    static void setBit(long[] set, int cid, boolean on) {
        if (on) {
            set[(cid >>> 6) & 1023] |= 1L << (cid & 63);
        } else {
            set[(cid >>> 6) & 1023] &= ~(1L << (cid & 63));
        }
    }

    // ---- public getters (IDE, show) ----

    public int qid() {
        return qid;
    }

    public int size() {
        return size;
    }

    /** The CQ this SQ completes into. */
    public int cqid() {
        return cqid;
    }

    public long address() {
        return addr;
    }

    public boolean created() {
        return created;
    }

    /** Command id in a slot, or -1 when the slot was never written. */
    public int slotCid(int slot) {
        return slotCid[slot];
    }

    /** {@link #FREE}, {@link #WRITTEN} (not yet published by a doorbell), {@link #PUBLISHED} or {@link #FETCHED}. */
    public byte slotState(int slot) {
        return slotState[slot];
    }

    public int slotOpcode(int slot) {
        return slotOpc[slot];
    }

    /** The slot the host writes next. */
    public int hostTail() {
        return hostTail;
    }

    /** The tail the host last published, by MMIO doorbell or shadow doorbell. */
    public int publishedTail() {
        return pubTail;
    }

    /** The last value written to the SQ tail doorbell register, or -1. */
    public int doorbellRegister() {
        return dbTail;
    }

    /** The value in the shadow doorbell slot, or -1 when never written. */
    public int shadowValue() {
        return shadowTail;
    }

    public int eventIdx() {
        return eventIdx;
    }

    /** The tail as the controller knows it (from the doorbell register or a shadow read). */
    public int controllerTail() {
        return ctrlTail;
    }

    /** The controller's head: the next entry it fetches. */
    public int head() {
        return head;
    }

    /** Entries published and not yet fetched. */
    public int pending() {
        return Math.floorMod(pubTail - head, size);
    }

    public int outstandingCommands() {
        return outstandingCount;
    }

    public boolean isOutstanding(int cid) {
        return bit(outstanding, cid);
    }

    public long commands() {
        return commands;
    }

    public long mmioDoorbells() {
        return mmioDoorbells;
    }

    public long eventfdSignals() {
        return eventfdSignals;
    }

    public long shadowUpdates() {
        return shadowUpdates;
    }

    /** Shadow updates after which the host rang no doorbell (need_event was false). */
    public long skippedDoorbells() {
        return skippedDoorbells;
    }
}
