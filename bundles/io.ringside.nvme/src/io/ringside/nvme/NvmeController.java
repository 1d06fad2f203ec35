package io.ringside.nvme;

import java.util.ArrayDeque;

import io.ringside.core.memory.GuestMemory;
import io.ringside.core.trace.TraceEvent;

/**
 * The controller (device) side of NVMe queue pairs over guest memory, as QEMU's nvme device does it:
 * learns I/O queues and the shadow doorbell buffers from admin commands, takes doorbell register writes,
 * fetches submission entries, writes EventIdx before every shadow doorbell read (QEMU >= 7.2), posts
 * completion entries with the phase tag written last and counts them towards an interrupt (with optional
 * coalescing). Every memory write and read is emitted as an event; when each step runs is the caller's.
 */
public final class NvmeController {

    /** The controller's view of one queue pair. */
    private static final class Queue {
        boolean live; // SQ created
        int sqSize;
        int cqSize;
        long sqAddr;
        long cqAddr;
        final int[] doorbell = new int[2]; // by DoorbellSide: the SQ tail and CQ head as the controller knows them
        int sqHead; // the next entry to fetch
        final PhaseCursor cq = new PhaseCursor(); // CQ tail: where the next completion goes
        final ArrayDeque<long[]> pending = new ArrayDeque<>(); // completions waiting to be posted: cid, sqid, status
        int sinceIrq; // entries posted since the last interrupt
    }

    private final GuestMemory mem;
    private final NvmeEmitter out;
    private final int dstrd;
    private final int coalescing;
    private final boolean acceptMisalignedDbbuf;
    private final Queue[] queues;
    private boolean dbbufOn;
    private long dbs;
    private long eis;

    /**
     * @param queues queue pairs the controller supports, including the admin queue
     * @param coalescing interrupt coalescing threshold of I/O CQs (0 = off)
     * @param acceptMisalignedDbbuf accept shadow buffers that are not page-aligned (a planted bug)
     */
    public NvmeController(GuestMemory mem, NvmeEmitter out, int queues, int dstrd, int coalescing,
            boolean acceptMisalignedDbbuf) {
        this.mem = mem;
        this.out = out;
        this.dstrd = dstrd;
        this.coalescing = coalescing;
        this.acceptMisalignedDbbuf = acceptMisalignedDbbuf;
        this.queues = new Queue[queues];
        for (int y = 0; y < queues; y++) {
            this.queues[y] = new Queue();
        }
    }

    /** The admin queue registers (AQA, ASQ, ACQ). */
    public void adminQueue(long sqAddr, long cqAddr, int size) {
        Queue q = queues[0];
        q.sqAddr = sqAddr;
        q.cqAddr = cqAddr;
        q.sqSize = size;
        q.cqSize = size;
        q.live = true;
    }

    /** Whether SQ {@code y} exists (the admin SQ, or a created I/O SQ). */
    public boolean live(int y) {
        return queues[y].live;
    }

    /** Whether queue pair {@code y}'s doorbells are read from the shadow buffer (I/O queues after Doorbell Buffer Config). */
    public boolean usesShadow(int y) {
        return dbbufOn && y != 0;
    }

    public boolean shadowConfigured() {
        return dbbufOn;
    }

    /** The SQ tail ({@link DoorbellSide#SQ}) or CQ head ({@link DoorbellSide#CQ}) as the controller knows it. */
    public int known(DoorbellSide side, int y) {
        return queues[y].doorbell[side.ordinal()];
    }

    public int sqHead(int y) {
        return queues[y].sqHead;
    }

    public int cqTail(int y) {
        return queues[y].cq.index;
    }

    /** The phase tag the next completion of CQ {@code y} carries. */
    public int cqPhase(int y) {
        return queues[y].cq.phase;
    }

    /** The EventIdx buffer's slot of a side of queue pair {@code y}. */
    public int eventIdx(DoorbellSide side, int y) {
        return (int) mem.read32(side.slot(eis, y, dstrd));
    }

    private int size(Queue q, DoorbellSide side) {
        return side == DoorbellSide.SQ ? q.sqSize : q.cqSize;
    }

    // ---- doorbells -------------------------------------------------------------------------------

    /** A doorbell register write: takes the value when it is inside the queue ({@code nvme_process_db}). */
    public boolean doorbell(DoorbellSide side, int y, int value) {
        Queue q = queues[y];
        if (value < 0 || value >= size(q, side)) {
            return false;
        }
        q.doorbell[side.ordinal()] = value;
        return true;
    }

    /**
     * Refreshes a doorbell from the shadow buffer: writes EventIdx = the value it knows (unless
     * {@code writeEventIdx} is false: a controller that does not), then reads the shadow slot.
     */
    public void readShadow(DoorbellSide side, int y, boolean writeEventIdx) {
        Queue q = queues[y];
        int i = side.ordinal();
        if (writeEventIdx) {
            long ea = side.slot(eis, y, dstrd);
            mem.write32(ea, q.doorbell[i]);
            TraceEvent e = out.start(side.eventIdx, y);
            e.set(NvmeEvent.SHADOW_VALUE, q.doorbell[i]).set(NvmeEvent.SHADOW_ADDR, ea);
            out.emit();
        }
        int v = (int) mem.read32(side.slot(dbs, y, dstrd));
        TraceEvent e = out.start(side.shadowRead, y);
        e.set(NvmeEvent.SHADOW_VALUE, v);
        out.emit();
        if (v >= 0 && v < size(q, side)) {
            q.doorbell[i] = v;
        }
    }

    // ---- submission queues -----------------------------------------------------------------------

    /**
     * Fetches the entry at SQ {@code y}'s head if the tail it knows is ahead.
     *
     * @return the entry's guest address, or -1 when the SQ is empty
     */
    public long fetch(int y) {
        Queue q = queues[y];
        if (q.sqHead == q.doorbell[DoorbellSide.SQ.ordinal()]) {
            return -1;
        }
        int slot = q.sqHead;
        long a = q.sqAddr + slot * 64L;
        TraceEvent e = out.start(NvmeEvent.SQ_FETCH, y);
        e.set(NvmeEvent.FETCH_SLOT, slot).set(NvmeEvent.FETCH_CID, cid(a)).set(NvmeEvent.FETCH_OPC, opcode(a));
        out.emit();
        q.sqHead = (slot + 1) % q.sqSize;
        return a;
    }

    /** The opcode of the entry at {@code sqe}. */
    public int opcode(long sqe) {
        return mem.read8(sqe);
    }

    /** The command id of the entry at {@code sqe}. */
    public int cid(long sqe) {
        return mem.read16(sqe + 2);
    }

    /** The number of logical blocks of a read or write at {@code sqe} (CDW12 NLB + 1). */
    public int blocks(long sqe) {
        return (int) (mem.read32(sqe + 48) & 0xffff) + 1;
    }

    /** Executes the admin command at {@code sqe}; returns the status field without the phase bit (sc << 1). */
    public int admin(long sqe) {
        int opc = opcode(sqe);
        long prp1 = mem.read64(sqe + 24);
        long prp2 = mem.read64(sqe + 32);
        long cdw10 = mem.read32(sqe + 40);
        int qid = (int) (cdw10 & 0xffff);
        int qsize = (int) (cdw10 >>> 16) + 1;
        switch (opc) {
            case Nvme.ADMIN_CREATE_CQ, Nvme.ADMIN_CREATE_SQ -> {
                if (qid <= 0 || qid >= queues.length) {
                    return Nvme.SC_INVALID_FIELD << 1;
                }
                Queue q = queues[qid];
                if (opc == Nvme.ADMIN_CREATE_SQ) {
                    q.sqAddr = prp1;
                    q.sqSize = qsize;
                    q.live = true;
                } else {
                    q.cqAddr = prp1;
                    q.cqSize = qsize;
                }
                return 0;
            }
            case Nvme.ADMIN_DBBUF_CONFIG -> {
                boolean aligned = (prp1 & 0xfff) == 0 && (prp2 & 0xfff) == 0;
                if (!aligned && !acceptMisalignedDbbuf) {
                    return Nvme.SC_INVALID_FIELD << 1;
                }
                if (!aligned) {
                    out.mark("fault nvme-misaligned-dbbuf: the controller accepts shadow buffer 0x" + Long.toHexString(prp1));
                }
                dbbufOn = true;
                dbs = prp1;
                eis = prp2;
                return 0;
            }
            default -> {
                return 0;
            }
        }
    }

    // ---- completion queues -----------------------------------------------------------------------

    /** Queues a completion for CQ {@code cq} (QEMU's request list); {@link #post} writes it. */
    public void enqueue(int cq, int cid, int sqid, int status) {
        queues[cq].pending.addLast(new long[] { cid, sqid, status });
    }

    /** Completions queued for CQ {@code cq} and not yet posted. */
    public int pending(int cq) {
        return queues[cq].pending.size();
    }

    /** Takes the oldest queued completion of CQ {@code cq}: {cid, sqid, status}. */
    public long[] takePending(int cq) {
        return queues[cq].pending.pollFirst();
    }

    /** Whether CQ {@code cq} is full as the controller knows its head. */
    public boolean cqFull(int cq) {
        Queue q = queues[cq];
        return (q.cq.index + 1) % q.cqSize == q.doorbell[DoorbellSide.CQ.ordinal()];
    }

    /** Writes a completion entry at the CQ tail, the phase tag last, and counts it towards the interrupt. */
    public void post(int cq, int cid, int sqid, int status, int phase) {
        Queue q = queues[cq];
        int slot = q.cq.index;
        long a = q.cqAddr + slot * 16L;
        int sqhd = queues[sqid].sqHead;
        int sf = (status & 0xfffe) | phase;
        mem.write32(a, 0);
        mem.write32(a + 4, 0);
        mem.write16(a + 8, sqhd);
        mem.write16(a + 10, sqid);
        mem.write16(a + 12, cid);
        mem.write16(a + 14, sf);
        TraceEvent e = out.start(NvmeEvent.CQE, cq);
        e.set(NvmeEvent.CQE_SLOT, slot).set(NvmeEvent.CQE_CID, cid).set(NvmeEvent.CQE_SQID, sqid)
                .set(NvmeEvent.CQE_SQHD, sqhd).set(NvmeEvent.CQE_STATUS, sf).set(NvmeEvent.CQE_DW0, 0);
        out.emit();
        q.cq.advance(q.cqSize);
        q.sinceIrq++;
    }

    /** Whether CQ {@code cq} has posted enough entries for an interrupt (the admin CQ: every entry). */
    public boolean interruptDue(int cq) {
        int threshold = cq == 0 ? 1 : Math.max(1, coalescing);
        return queues[cq].sinceIrq >= threshold;
    }

    /** Whether CQ {@code cq} has posted entries no interrupt has announced yet. */
    public boolean interruptPending(int cq) {
        return queues[cq].sinceIrq > 0;
    }

    /** Raises CQ {@code cq}'s MSI-X vector (vector = CQ id) for the entries posted since the last one. */
    public void interrupt(int cq) {
        Queue q = queues[cq];
        TraceEvent e = out.start(NvmeEvent.IRQ, cq);
        e.set(NvmeEvent.IRQ_VECTOR, cq).set(NvmeEvent.IRQ_COUNT, q.sinceIrq);
        out.emit();
        q.sinceIrq = 0;
    }
}
