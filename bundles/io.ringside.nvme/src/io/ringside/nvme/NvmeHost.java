package io.ringside.nvme;

import io.ringside.core.engine.NeedEvent;
import io.ringside.core.memory.GuestMemory;
import io.ringside.core.trace.TraceEvent;

/**
 * The host (driver) side of NVMe queue pairs over guest memory, as Linux's nvme driver does it: writes
 * submission entries and publishes the SQ tail, consumes completion entries by phase tag and publishes the
 * CQ head, each either by a doorbell register write or, once a Doorbell Buffer Config has succeeded, on I/O
 * queues through the shadow doorbell with the EventIdx decision (N7). Every memory write and read is
 * emitted as an event; when and how often to publish is the caller's.
 */
public final class NvmeHost {

    /** The host's view of one queue pair. */
    private static final class Queue {
        int size;
        long sqAddr;
        long cqAddr;
        int tail; // SQ tail: the next slot to write
        int sqHead; // SQ head as learned from CQEs
        int unpublished; // SQEs written since the last tail publication
        final PhaseCursor cq = new PhaseCursor(); // CQ head and the phase expected there
        int nextCid;
        boolean[] cidBusy;
    }

    private final GuestMemory mem;
    private final NvmeEmitter out;
    private final int dstrd;
    private final NeedEvent needEvent;
    private final Queue[] queues;
    private boolean shadowOn;
    private long dbs;
    private long eis;
    private int lastStatus;

    /**
     * @param queues queue pairs including the admin queue
     * @param dstrd the doorbell stride the host computes register and shadow slot offsets with
     */
    public NvmeHost(GuestMemory mem, NvmeEmitter out, int queues, int dstrd, NeedEvent needEvent) {
        this.mem = mem;
        this.out = out;
        this.dstrd = dstrd;
        this.needEvent = needEvent;
        this.queues = new Queue[queues];
        for (int y = 0; y < queues; y++) {
            this.queues[y] = new Queue();
        }
    }

    /** Places queue pair {@code y}'s rings in guest memory (the admin queue's, or before its Create commands). */
    public void queue(int y, long sqAddr, long cqAddr, int size) {
        Queue q = queues[y];
        q.sqAddr = sqAddr;
        q.cqAddr = cqAddr;
        q.size = size;
        q.cidBusy = new boolean[65536];
    }

    /** A Doorbell Buffer Config with these buffers has succeeded: I/O queues publish through them from now on. */
    public void shadowBuffers(long shadow, long eventIdx) {
        this.shadowOn = true;
        this.dbs = shadow;
        this.eis = eventIdx;
    }

    /** Whether queue pair {@code y} publishes through the shadow doorbell (Linux: I/O queues only). */
    public boolean usesShadow(int y) {
        return shadowOn && y != 0;
    }

    public int size(int y) {
        return queues[y].size;
    }

    public long sqAddr(int y) {
        return queues[y].sqAddr;
    }

    public long cqAddr(int y) {
        return queues[y].cqAddr;
    }

    /** The SQ tail the host has written up to (published or not). */
    public int sqTail(int y) {
        return queues[y].tail;
    }

    /** The CQ head: the next entry the host will look at. */
    public int cqHead(int y) {
        return queues[y].cq.index;
    }

    /** The status field (with phase) of the last entry {@link #consume} took. */
    public int lastStatus() {
        return lastStatus;
    }

    /** Free SQ slots as the host knows them (one slot stays empty: full is tail + 1 == head). */
    public int sqFree(int y) {
        Queue q = queues[y];
        return q.size - 1 - Math.floorMod(q.tail - q.sqHead, q.size);
    }

    // ---- command ids ------------------------------------------------------------------------------

    /** Takes the next free command id of SQ {@code y}, round robin. */
    public int allocCid(int y) {
        Queue q = queues[y];
        int cid = q.nextCid;
        while (q.cidBusy[cid]) {
            cid = (cid + 1) & 0xffff;
        }
        q.nextCid = (cid + 1) & 0xffff;
        q.cidBusy[cid] = true;
        return cid;
    }

    /** Frees a command id on its completion; false when it was not outstanding (Linux ignores such a CQE). */
    public boolean releaseCid(int y, int cid) {
        Queue q = queues[y];
        if (!q.cidBusy[cid]) {
            return false;
        }
        q.cidBusy[cid] = false;
        return true;
    }

    // ---- submission ------------------------------------------------------------------------------

    /** Writes a submission entry at the SQ tail and moves the tail (not yet published). */
    public void writeSqe(int y, int cid, int opc, int nsid, long prp1, long prp2, long cdw10, long cdw11, long cdw12) {
        Queue q = queues[y];
        int slot = q.tail;
        long a = q.sqAddr + slot * 64L;
        for (int i = 0; i < 64; i += 8) {
            mem.write64(a + i, 0);
        }
        mem.write8(a, opc);
        mem.write16(a + 2, cid);
        mem.write32(a + 4, nsid);
        mem.write64(a + 24, prp1);
        mem.write64(a + 32, prp2);
        mem.write32(a + 40, cdw10);
        mem.write32(a + 44, cdw11);
        mem.write32(a + 48, cdw12);
        TraceEvent e = out.start(NvmeEvent.SQE, y);
        e.set(NvmeEvent.SQE_SLOT, slot).set(NvmeEvent.SQE_CID, cid).set(NvmeEvent.SQE_OPC, opc)
                .set(NvmeEvent.SQE_NSID, nsid).set(NvmeEvent.SQE_PRP1, prp1).set(NvmeEvent.SQE_PRP2, prp2)
                .set(NvmeEvent.SQE_CDW10, cdw10).set(NvmeEvent.SQE_CDW11, cdw11).set(NvmeEvent.SQE_CDW12, cdw12);
        out.emit();
        q.tail = (slot + 1) % q.size;
        q.unpublished++;
    }

    /** Whether entries were written since the last publication; marks them published. */
    public boolean takeUnpublished(int y) {
        Queue q = queues[y];
        if (q.unpublished == 0) {
            return false;
        }
        q.unpublished = 0;
        return true;
    }

    // ---- completion ------------------------------------------------------------------------------

    /**
     * Consumes the CQE at the head if its phase tag matches (Linux {@code nvme_poll_cq}), learning the SQ
     * head from it.
     *
     * @return its command id, or -1 when there is no new entry
     */
    public int consume(int y) {
        Queue q = queues[y];
        PhaseCursor head = q.cq;
        long a = q.cqAddr + head.index * 16L;
        int status = mem.read16(a + 14);
        if ((status & 1) != head.phase) {
            return -1;
        }
        int cid = mem.read16(a + 12);
        int sqhd = mem.read16(a + 8);
        TraceEvent e = out.start(NvmeEvent.CQ_CONSUME, y);
        e.set(NvmeEvent.CONSUME_SLOT, head.index).set(NvmeEvent.CONSUME_CID, cid).set(NvmeEvent.CONSUME_PHASE,
                status & 1);
        out.emit();
        head.advance(q.size);
        if (sqhd < q.size) {
            q.sqHead = sqhd;
        }
        lastStatus = status;
        return cid;
    }

    // ---- doorbells -------------------------------------------------------------------------------

    /**
     * Publishes a new SQ tail or CQ head through the shadow doorbell: writes the shadow slot, then (after a
     * full barrier) reads the EventIdx.
     *
     * @return whether need_event says the doorbell register must be written too
     */
    public boolean publishShadow(DoorbellSide side, int y, int value) {
        long slot = side.slot(dbs, y, dstrd);
        int old = (int) mem.read32(slot);
        mem.write32(slot, value);
        TraceEvent e = out.start(side.shadow, y);
        e.set(NvmeEvent.SHADOW_VALUE, value).set(NvmeEvent.SHADOW_ADDR, slot);
        out.emit();
        int ei = (int) mem.read32(side.slot(eis, y, dstrd)) & 0xffff;
        e = out.start(side.eventIdxRead, y);
        e.set(NvmeEvent.SHADOW_VALUE, ei);
        out.emit();
        return needEvent.needEvent(ei, value, old);
    }

    /** The doorbell register write as it reaches the controller; SQ doorbells say whether an eventfd carried it. */
    public void doorbell(DoorbellSide side, int y, int value, boolean viaEventfd) {
        TraceEvent e = out.start(side.doorbell, y);
        e.set(NvmeEvent.DB_VALUE, value).set(NvmeEvent.DB_REG, side.register(y, dstrd));
        if (side == DoorbellSide.SQ) {
            e.set(NvmeEvent.DB_EVENTFD, viaEventfd ? 1 : 0);
        }
        out.emit();
    }
}
