package io.ringside.nvme;

import java.util.Arrays;

/**
 * Replay state of one submission queue as a memory-level trace shows it: the entries in the ring, the
 * host's tail (written and published), the doorbell register, the shadow doorbell and EventIdx slots,
 * the controller's view of the tail and its head, and the cost counters. A compact value: {@link #copy()}
 * is deep, {@link #sameState(SubmissionQueue)} compares everything.
 */
public final class SubmissionQueue extends DoorbellQueue {

    /** Slot states. */
    public static final byte FREE = 0, WRITTEN = 1, PUBLISHED = 2, FETCHED = 3;

    int cqid;

    int[] slotCid;
    byte[] slotState;
    short[] slotOpc;

    int hostTail; // next slot the host writes
    int head; // the controller's head

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
    long eventfdSignals;

    SubmissionQueue(int qid, int size, int cqid, long addr) {
        super(DoorbellSide.SQ, qid);
        resize(size);
        this.cqid = cqid;
        this.addr = addr;
    }

    /**
     * (Re)creates the queue with a size: a created queue starts empty with head = tail = 0 (positions
     * of an earlier queue with this id could lie outside the new size).
     */
    void resize(int newSize) {
        resetDoorbell(newSize);
        this.slotCid = new int[newSize];
        Arrays.fill(slotCid, -1);
        this.slotState = new byte[newSize];
        this.slotOpc = new short[newSize];
        this.adminSlots = qid == 0 ? new long[newSize][6] : null;
        hostTail = 0;
        head = 0;
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
        copyDoorbellTo(c);
        c.slotCid = slotCid.clone();
        c.slotState = slotState.clone();
        c.slotOpc = slotOpc.clone();
        c.hostTail = hostTail;
        c.head = head;
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
        c.eventfdSignals = eventfdSignals;
        return c;
    }

    boolean sameState(SubmissionQueue o) {
        return sameDoorbell(o) && cqid == o.cqid && Arrays.equals(slotCid, o.slotCid)
                && Arrays.equals(slotState, o.slotState) && Arrays.equals(slotOpc, o.slotOpc) && hostTail == o.hostTail
                && head == o.head && Arrays.equals(outstanding, o.outstanding) && Arrays.equals(submitted, o.submitted)
                && Arrays.deepEquals(adminInflight, o.adminInflight) && Arrays.deepEquals(adminSlots, o.adminSlots)
                && commands == o.commands && fetches == o.fetches && eventfdSignals == o.eventfdSignals;
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

    /** The CQ this SQ completes into. */
    public int cqid() {
        return cqid;
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
        return pub;
    }

    /** The tail as the controller knows it (from the doorbell register or a shadow read). */
    public int controllerTail() {
        return ctrl;
    }

    /** The controller's head: the next entry it fetches. */
    public int head() {
        return head;
    }

    /** Entries published and not yet fetched. */
    public int pending() {
        return Math.floorMod(pub - head, size);
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

    public long eventfdSignals() {
        return eventfdSignals;
    }

}
