package io.ringside.qemu.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.QueueInfo;
import io.ringside.core.trace.TraceEvent;
import io.ringside.qemu.OpEvent;
import io.ringside.qemu.QemuOptions;

/**
 * Turns QEMU trace records into operation-level events. Run twice over a log: first in discovery mode
 * (nothing emitted) to learn the devices (virtio {@code vdev} pointers, one NVMe controller), their
 * queues ({@code vq} pointers and numbers, NVMe queue ids and sizes) and each virtio queue's layout per
 * epoch; then in emit mode with what the first pass learned, so the trace header can list every device
 * and queue before the first event.
 */
public final class Translator {

    /** Most distinct device or queue pointers accepted (bounded memory). */
    public static final int MAX_POINTERS = 1 << 16;
    /** Most NVMe submission or completion queue ids created: the header of a trace lists at most this many queues. */
    public static final int MAX_NVME_QUEUES = io.ringside.core.trace.TraceReader.MAX_QUEUES;
    static final int MAX_EPOCH_KEYS = 1 << 20;

    private static final EventTable T = EventTable.get();
    // virtio
    private static final int SET_STATUS = T.id("virtio_set_status");
    private static final int QUEUE_NOTIFY = T.id("virtio_queue_notify");
    private static final int NOTIFY = T.id("virtio_notify");
    private static final int NOTIFY_IRQFD = T.id("virtio_notify_irqfd");
    private static final int IRQFD_DEFERRED = T.id("virtio_notify_irqfd_deferred_fn");
    private static final int POP = T.id("virtqueue_pop");
    private static final int FILL = T.id("virtqueue_fill");
    private static final int FLUSH = T.id("virtqueue_flush");
    private static final int BLK_FIRST = T.id("virtio_blk_req_complete");
    private static final int BLK_RW = T.id("virtio_blk_rw_complete");
    private static final int BLK_WRITE = T.id("virtio_blk_handle_write");
    private static final int BLK_READ = T.id("virtio_blk_handle_read");
    private static final int BLK_MULTI = T.id("virtio_blk_submit_multireq");
    private static final int SCSI_REQ = T.id("virtio_scsi_cmd_req");
    // nvme
    private static final int AQATTR = T.id("pci_nvme_mmio_aqattr");
    private static final int ASQ_HI = T.id("pci_nvme_mmio_asqaddr_hi");
    private static final int ACQ_HI = T.id("pci_nvme_mmio_acqaddr_hi");
    private static final int START = T.id("pci_nvme_mmio_start_success");
    private static final int STOPPED = T.id("pci_nvme_mmio_stopped");
    private static final int PCI_RESET = T.id("pci_nvme_pci_reset");
    private static final int SHUTDOWN = T.id("pci_nvme_mmio_shutdown_set");
    private static final int CREATE_SQ = T.id("pci_nvme_create_sq");
    private static final int CREATE_CQ = T.id("pci_nvme_create_cq");
    private static final int DEL_SQ = T.id("pci_nvme_del_sq");
    private static final int DEL_CQ = T.id("pci_nvme_del_cq");
    private static final int DB_SQ = T.id("pci_nvme_mmio_doorbell_sq");
    private static final int DB_CQ = T.id("pci_nvme_mmio_doorbell_cq");
    private static final int BAD_SQTAIL = T.id("pci_nvme_ub_db_wr_invalid_sqtail");
    private static final int BAD_CQHEAD = T.id("pci_nvme_ub_db_wr_invalid_cqhead");
    private static final int BAD_SQ = T.id("pci_nvme_ub_db_wr_invalid_sq");
    private static final int BAD_CQ = T.id("pci_nvme_ub_db_wr_invalid_cq");
    private static final int DBBUF = T.id("pci_nvme_dbbuf_config");
    private static final int SHADOW_SQ = T.id("pci_nvme_shadow_doorbell_sq");
    private static final int SHADOW_CQ = T.id("pci_nvme_shadow_doorbell_cq");
    private static final int UPDATE_SQ_TAIL = T.id("pci_nvme_update_sq_tail");
    private static final int UPDATE_CQ_HEAD = T.id("pci_nvme_update_cq_head");
    private static final int EVENTIDX_SQ = T.id("pci_nvme_eventidx_sq");
    private static final int EVENTIDX_CQ = T.id("pci_nvme_eventidx_cq");
    private static final int UPDATE_SQ_EI = T.id("pci_nvme_update_sq_eventidx");
    private static final int UPDATE_CQ_EI = T.id("pci_nvme_update_cq_eventidx");
    private static final int ADMIN_CMD = T.id("pci_nvme_admin_cmd");
    private static final int IO_CMD = T.id("pci_nvme_io_cmd");
    private static final int COMPLETION = T.id("pci_nvme_enqueue_req_completion");
    private static final int IRQ_MSIX = T.id("pci_nvme_irq_msix");
    private static final int IRQ_PIN = T.id("pci_nvme_irq_pin");
    private static final int IRQ_MASKED = T.id("pci_nvme_irq_masked");
    private static final int ERR_CFS = T.id("pci_nvme_err_cfs");
    private static final String NVME_PREFIX = "pci_nvme_";
    private static final boolean[] IS_NVME = new boolean[T.size()];
    private static final boolean[] RELEVANT;
    private static final boolean[] FIRST_NVME;

    static {
        for (EventFormat f : T.formats()) {
            IS_NVME[f.id] = f.name.startsWith(NVME_PREFIX);
        }
        RELEVANT = emitted();
        for (int id : new int[] {BLK_FIRST, BLK_RW, BLK_WRITE, BLK_READ, BLK_MULTI, SCSI_REQ}) {
            RELEVANT[id] = true;
        }
        // any pci_nvme event makes the controller a device, but only the first one of a block matters
        // (where the controller first appears); the others that emit nothing need not be kept
        FIRST_NVME = IS_NVME.clone();
        for (int i = 0; i < FIRST_NVME.length; i++) {
            FIRST_NVME[i] &= !RELEVANT[i];
        }
    }

    /** A virtio device (vdev pointer). */
    static final class Vdev {
        final long ptr;
        final long firstLine;
        String type = "virtio";
        int epoch;
        boolean dirty;
        int id = -1;
        /** First lines that showed the device's type, a fill and a flush (0: none; discovery). */
        long typeLine;
        long firstFill;
        long firstFlush;
        /** The features given for it ({@link DeviceSettings}), null when none; epochs they do not apply to. */
        QemuOptions.Features features;
        Set<Integer> otherEpochs = Set.of();

        Vdev(long ptr, long firstLine) {
            this.ptr = ptr;
            this.firstLine = firstLine;
        }
    }

    /** A virtqueue (vq pointer). */
    static final class Vq {
        final long ptr;
        long vdev; // 0 = not known (yet)
        int n = -1; // queue number when logged
        int index = -1; // final queue index
        int announcedEpoch = -1;
        int pendingFlags; // discovery: flags seen before the vdev was known
        Vdev ownerRef; // cache of owner()
        int markedEpoch = -1; // cache of mark(): flags known to be in layouts for (ptr, markedEpoch)
        int markedFlags;
        /** Discovery: whether pops had device-readable parts (out_num > 0), only device-writable ones, or both. */
        int pops;
        static final int READABLE_POP = 1;
        static final int WRITABLE_POP = 2;

        Vq(long ptr) {
            this.ptr = ptr;
        }
    }

    /** A queue's epoch (a plain class: a record's equals/hashCode bootstrap costs more than this whole import on small logs). */
    static final class EpochKey {
        final long vq;
        final int epoch;

        EpochKey(long vq, int epoch) {
            this.vq = vq;
            this.epoch = epoch;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof EpochKey k && k.vq == vq && k.epoch == epoch;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(vq) * 31 + epoch;
        }
    }

    private void orLayout(long vq, int epoch, int flags) {
        EpochKey k = new EpochKey(vq, epoch);
        Integer have = layouts.get(k);
        layouts.put(k, have == null ? flags : have | flags);
    }

    static final int SAW_FILL = 1;
    static final int SAW_FLUSH = 2;

    private final boolean emit;
    private final Map<Long, Vdev> vdevs = new LinkedHashMap<>();
    private final Map<Long, Vq> vqs = new HashMap<>();
    private final Map<EpochKey, Integer> layouts;
    private final LongLongMap elemToVq = new LongLongMap();
    // direct-mapped caches of the pointer maps (entries are never removed from those)
    private static final int CACHE = 64;
    private final long[] vdevKeys = new long[CACHE];
    private final Vdev[] vdevCache = new Vdev[CACHE];
    private final long[] vqKeys = new long[CACHE];
    private final Vq[] vqCache = new Vq[CACHE];
    private boolean scsiSeen;
    private long scsiLine;
    /** Discovery: whether the log has virtio_notify_irqfd (QEMU up to 10.1) and 8.2's deferred eventfd writes. */
    private boolean sawIrqfd;
    private boolean sawDeferred;
    private List<String> notes = List.of();
    // nvme
    private boolean nvmeSeen;
    private long nvmeFirstLine;
    private int nvmeId = -1;
    private long aqa = -1;
    private long asqAddr;
    private long acqAddr;
    private final TreeMap<Integer, long[]> nvmeSqs = new TreeMap<>(); // sqid -> {size, cq}
    private final TreeMap<Integer, long[]> nvmeCqs = new TreeMap<>(); // cqid -> {size, vector}
    private boolean oldNames;
    private boolean newNames;
    private boolean dbbufSeen;
    private long unknownVdev = 0;
    /** Whether the log comes from a QEMU without VIRTIO_F_IN_ORDER (fills without flushes are then packed). */
    private boolean beforeInOrder;

    /** Discovery mode. */
    public Translator() {
        this.emit = false;
        this.layouts = new HashMap<>();
    }

    /** Emit mode, with the devices, queues and layouts a discovery pass found. */
    public Translator(Translator discovered) {
        this.emit = true;
        this.layouts = discovered.layouts;
        for (Vdev v : discovered.vdevs.values()) {
            Vdev c = new Vdev(v.ptr, v.firstLine);
            c.type = v.type;
            c.id = v.id;
            c.features = v.features;
            c.otherEpochs = v.otherEpochs;
            vdevs.put(c.ptr, c);
        }
        for (Vq q : discovered.vqs.values()) {
            Vq c = new Vq(q.ptr);
            c.vdev = q.vdev;
            c.n = q.n;
            c.index = q.index;
            vqs.put(c.ptr, c);
        }
        this.nvmeSeen = discovered.nvmeSeen;
        this.nvmeId = discovered.nvmeId;
        this.unknownVdev = discovered.unknownVdev;
        this.beforeInOrder = discovered.beforeInOrder;
    }

    /**
     * The events a discovery pass reads (the others change nothing), with {@link #relevantFirst()}: a
     * reader that gives discovery these events and, of each run of lines it hands over, the first event of
     * {@link #relevantFirst()}, gives discovery all it needs.
     */
    public static boolean[] relevant() {
        return RELEVANT.clone();
    }

    /**
     * The events of which discovery needs only the first of a run of lines: pci_nvme events that emit
     * nothing (the first one places the controller among the devices; {@link #nvmeDiscover} learns nothing
     * else from them).
     */
    public static boolean[] relevantFirst() {
        return FIRST_NVME.clone();
    }

    private static int slot(long ptr) {
        long h = ptr * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 58); // top 6 bits: CACHE = 64
    }

    /** The events whose arguments the emit pass reads (the others produce no operation-level event). */
    public static boolean[] emitted() {
        boolean[] m = new boolean[T.size()];
        for (int id : new int[] {SET_STATUS, QUEUE_NOTIFY, NOTIFY, NOTIFY_IRQFD, IRQFD_DEFERRED, POP, FILL, FLUSH, AQATTR, ASQ_HI,
                ACQ_HI, START, STOPPED, PCI_RESET, SHUTDOWN, CREATE_SQ, CREATE_CQ, DEL_SQ, DEL_CQ, DB_SQ, DB_CQ,
                BAD_SQTAIL, BAD_CQHEAD, BAD_SQ, BAD_CQ, DBBUF, SHADOW_SQ, SHADOW_CQ, UPDATE_SQ_TAIL, UPDATE_CQ_HEAD,
                EVENTIDX_SQ, EVENTIDX_CQ, UPDATE_SQ_EI, UPDATE_CQ_EI, ADMIN_CMD, IO_CMD, COMPLETION, IRQ_MSIX, IRQ_PIN,
                IRQ_MASKED, ERR_CFS}) {
            m[id] = true;
        }
        return m;
    }

    // ------------------------------------------------------------------ helpers

    private Vdev vdev(long ptr, long line) throws LimitException {
        int s = slot(ptr);
        Vdev c = vdevCache[s];
        if (c != null && vdevKeys[s] == ptr) {
            return c;
        }
        Vdev v = vdevs.get(ptr);
        if (v == null) {
            if (emit) {
                return null; // cannot happen: discovery saw every pointer
            }
            if (vdevs.size() >= MAX_POINTERS) {
                throw new LimitException("more than " + MAX_POINTERS + " virtio device pointers");
            }
            v = new Vdev(ptr, line);
            vdevs.put(ptr, v);
        }
        vdevKeys[s] = ptr;
        vdevCache[s] = v;
        return v;
    }

    private Vq vq(long ptr) throws LimitException {
        int s = slot(ptr);
        Vq c = vqCache[s];
        if (c != null && vqKeys[s] == ptr) {
            return c;
        }
        Vq q = vqs.get(ptr);
        if (q == null) {
            if (emit) {
                return null;
            }
            if (vqs.size() >= MAX_POINTERS) {
                throw new LimitException("more than " + MAX_POINTERS + " virtqueue pointers");
            }
            q = new Vq(ptr);
            vqs.put(ptr, q);
        }
        vqKeys[s] = ptr;
        vqCache[s] = q;
        return q;
    }

    /** Thrown when a log exceeds the importer's bounds. */
    public static final class LimitException extends Exception {
        private static final long serialVersionUID = 1L;
        private final long line;

        LimitException(String m) {
            this(m, 0);
        }

        LimitException(String m, long line) {
            super(m);
            this.line = line;
        }

        /** The log line that went beyond the bound, 0 when not known. */
        public long line() {
            return line;
        }
    }

    private void link(Vq q, Vdev v) {
        if (q.vdev == 0 && v != null) {
            q.vdev = v.ptr;
            if (!emit && q.pendingFlags != 0) {
                orLayout(q.ptr, v.epoch, q.pendingFlags);
                q.pendingFlags = 0;
            }
        }
    }

    private Vdev owner(Vq q) {
        Vdev o = q.ownerRef;
        if (o != null) {
            return o; // a queue's device never changes once known
        }
        if (q.vdev != 0) {
            o = vdevs.get(q.vdev);
        } else if (emit) {
            o = vdevs.get(unknownVdev);
        }
        q.ownerRef = o;
        return o;
    }

    private void mark(Vq q, int flag, long line) {
        if (emit) {
            return;
        }
        Vdev v = owner(q);
        if (v != null && flag == SAW_FILL && v.firstFill == 0) {
            v.firstFill = line;
        } else if (v != null && flag == SAW_FLUSH && v.firstFlush == 0) {
            v.firstFlush = line;
        }
        if (v == null) {
            q.pendingFlags |= flag;
        } else if (q.markedEpoch == v.epoch && (q.markedFlags & flag) == flag) {
            return; // already recorded for this epoch
        } else if (layouts.size() < MAX_EPOCH_KEYS) {
            orLayout(q.ptr, v.epoch, flag);
            q.markedFlags = layouts.get(new EpochKey(q.ptr, v.epoch));
            q.markedEpoch = v.epoch;
        }
    }

    // ------------------------------------------------------------------ translation

    /**
     * Discovery mode: learns from one record what {@link #translate} would in discovery mode (the same
     * state changes), in a method of its own so the JIT compiles the two passes' paths separately, each
     * smaller, instead of recompiling one when the second pass changes its profile.
     */
    public void discover(LogRecord r) throws LimitException {
        int id = r.id();
        if (id < 0) {
            return;
        }
        if (emit) {
            throw new IllegalStateException("discover() on an emitting translator");
        }
        if (IS_NVME[id]) {
            nvmeDiscover(r, id);
            return;
        }
        if (id == POP) {
            Vq q = vq(r.num(0));
            if (elemToVq.size() < MAX_POINTERS) { // (full: overwrites stop too)
                elemToVq.put(r.num(1), q.ptr);
            }
            q.pops |= r.num(3) > 0 ? Vq.READABLE_POP : Vq.WRITABLE_POP;
            touch(q);
        } else if (id == FILL) {
            Vq q = vq(r.num(0));
            mark(q, SAW_FILL, r.line);
            touch(q);
        } else if (id == FLUSH) {
            Vq q = vq(r.num(0));
            mark(q, SAW_FLUSH, r.line);
            touch(q);
        } else if (id == QUEUE_NOTIFY) {
            Vdev v = vdev(r.num(0), r.line);
            Vq q = vq(r.num(2));
            link(q, v);
            if (q.n < 0) {
                q.n = (int) r.num(1);
            }
            touch(q);
        } else if (id == NOTIFY || id == NOTIFY_IRQFD || id == IRQFD_DEFERRED) {
            Vdev v = vdev(r.num(0), r.line);
            Vq q = vq(r.num(1));
            link(q, v);
            touch(q);
            sawIrqfd |= id == NOTIFY_IRQFD;
            sawDeferred |= id == IRQFD_DEFERRED;
        } else if (id == SET_STATUS) {
            Vdev v = vdev(r.num(0), r.line);
            if (r.num(1) == 0) {
                if (v.dirty) {
                    v.epoch++;
                    v.dirty = false;
                }
            } else {
                v.dirty = true;
            }
        } else if (id == BLK_FIRST || id == BLK_RW || id == BLK_WRITE || id == BLK_READ || id == BLK_MULTI) {
            // virtio_blk_* events name the vdev (its type); their request pointer is the popped element
            Vdev v = vdev(r.num(0), r.line);
            if (!"virtio-blk".equals(v.type)) { // (a reference store only when it changes)
                v.type = "virtio-blk";
                v.typeLine = r.line;
            }
            if (id != BLK_MULTI) {
                int at = elemToVq.find(r.num(1));
                if (at >= 0) {
                    link(vq(elemToVq.valueAt(at)), v); // a known pointer: found, not created
                }
            }
        } else if (id == SCSI_REQ && !scsiSeen) {
            scsiSeen = true;
            scsiLine = r.line;
        }
    }

    /** Discovery: a queue operation makes its device's epoch dirty (what {@link #queueOp} does then). */
    private void touch(Vq q) {
        Vdev v = owner(q);
        if (v != null) {
            v.dirty = true;
        }
    }

    /** Records a created NVMe queue's size and its CQ or vector, within {@link #MAX_NVME_QUEUES}. */
    private static void created(TreeMap<Integer, long[]> queues, String what, LogRecord r) throws LimitException {
        int qid = (int) r.num(1);
        if (queues.size() >= MAX_NVME_QUEUES && !queues.containsKey(qid)) {
            throw new LimitException("more than " + MAX_NVME_QUEUES + " NVMe " + what + " queue ids created (a trace's"
                    + " header lists at most " + MAX_NVME_QUEUES + " queues)", r.line);
        }
        queues.put(qid, new long[] {r.num(3) + 1, r.num(2)});
    }

    private void nvmeDiscover(LogRecord r, int id) throws LimitException {
        if (!nvmeSeen) {
            nvmeSeen = true;
            nvmeFirstLine = r.line;
        }
        if (id == SHADOW_SQ || id == SHADOW_CQ || id == EVENTIDX_SQ || id == EVENTIDX_CQ) {
            oldNames = true;
        } else if (id == UPDATE_SQ_TAIL || id == UPDATE_CQ_HEAD || id == UPDATE_SQ_EI || id == UPDATE_CQ_EI) {
            newNames = true;
        } else if (id == AQATTR) {
            aqa = r.num(0);
        } else if (id == CREATE_SQ) {
            created(nvmeSqs, "submission", r);
        } else if (id == CREATE_CQ) {
            created(nvmeCqs, "completion", r);
        } else if (id == DBBUF) {
            dbbufSeen = true;
        }
    }

    /**
     * Translates one record. In emit mode fills {@code out[0..n)} and returns n (0 to 2); in discovery
     * mode returns 0 (as {@link #discover}).
     */
    public int translate(LogRecord r, TraceEvent[] out) throws LimitException {
        int id = r.id();
        if (id < 0) {
            return 0;
        }
        if (IS_NVME[id]) {
            return nvme(r, id, out);
        }
        long t = r.timeNs < 0 ? 0 : r.timeNs;
        if (id == SET_STATUS) {
            Vdev v = vdev(r.num(0), r.line);
            if (v == null) {
                return 0;
            }
            long val = r.num(1);
            if (val == 0) {
                if (v.dirty) {
                    v.epoch++;
                    v.dirty = false;
                }
            } else {
                v.dirty = true;
            }
            if (!emit) {
                return 0;
            }
            out[0].reset(OpEvent.STATUS).time(t).device(v.id).set(0, val);
            return 1;
        }
        if (id == QUEUE_NOTIFY) {
            Vdev v = vdev(r.num(0), r.line);
            Vq q = vq(r.num(2));
            if (q == null) {
                return 0;
            }
            link(q, v);
            if (!emit && q.n < 0) {
                q.n = (int) r.num(1);
            }
            return queueOp(q, OpEvent.KICK, t, out);
        }
        if (id == NOTIFY || id == NOTIFY_IRQFD || id == IRQFD_DEFERRED) {
            Vdev v = vdev(r.num(0), r.line);
            Vq q = vq(r.num(1));
            if (q == null) {
                return 0;
            }
            link(q, v);
            sawIrqfd |= id == NOTIFY_IRQFD;
            sawDeferred |= id == IRQFD_DEFERRED;
            int n = queueOp(q, id == IRQFD_DEFERRED ? OpEvent.IRQFD_SIGNAL : OpEvent.INTERRUPT, t, out);
            if (n > 0 && id != IRQFD_DEFERRED) {
                out[n - 1].set(0, id == NOTIFY_IRQFD ? 1 : 0);
            }
            return n;
        }
        if (id == POP) {
            Vq q = vq(r.num(0));
            if (q == null) {
                return 0;
            }
            if (!emit && elemToVq.size() < MAX_POINTERS) { // (full: overwrites stop too)
                elemToVq.put(r.num(1), q.ptr);
            }
            if (!emit) {
                q.pops |= r.num(3) > 0 ? Vq.READABLE_POP : Vq.WRITABLE_POP;
            }
            int n = queueOp(q, OpEvent.POP, t, out);
            if (n > 0) {
                out[n - 1].set(0, r.num(1)).set(1, r.num(2)).set(2, r.num(3));
            }
            return n;
        }
        if (id == FILL) {
            Vq q = vq(r.num(0));
            if (q == null) {
                return 0;
            }
            mark(q, SAW_FILL, r.line);
            int n = queueOp(q, OpEvent.FILL, t, out);
            if (n > 0) {
                out[n - 1].set(0, r.num(1)).set(1, r.num(2)).set(2, r.num(3));
            }
            return n;
        }
        if (id == FLUSH) {
            Vq q = vq(r.num(0));
            if (q == null) {
                return 0;
            }
            mark(q, SAW_FLUSH, r.line);
            int n = queueOp(q, OpEvent.FLUSH, t, out);
            if (n > 0) {
                out[n - 1].set(0, r.num(1));
            }
            return n;
        }
        if (!emit && (id == BLK_FIRST || id == BLK_RW || id == BLK_WRITE || id == BLK_READ || id == BLK_MULTI)) {
            // virtio_blk_* events name the vdev (its type); their request pointer is the popped element
            Vdev v = vdev(r.num(0), r.line);
            if (!"virtio-blk".equals(v.type)) {
                v.type = "virtio-blk";
                v.typeLine = r.line;
            }
            if (id != BLK_MULTI) {
                int at = elemToVq.find(r.num(1));
                if (at >= 0) {
                    link(vq(elemToVq.valueAt(at)), v); // a known pointer: found, not created
                }
            }
            return 0;
        }
        if (id == SCSI_REQ && !scsiSeen) {
            scsiSeen = true;
            scsiLine = r.line;
        }
        return 0;
    }

    /** Emits a queue operation, preceded by op_queue at the queue's first activity in an epoch. */
    private int queueOp(Vq q, OpEvent type, long t, TraceEvent[] out) {
        Vdev v = owner(q);
        if (v != null) {
            v.dirty = true;
        }
        if (!emit || v == null) {
            return 0;
        }
        int n = 0;
        if (q.announcedEpoch != v.epoch) {
            q.announcedEpoch = v.epoch;
            int layout = DeviceSettings.layout(layouts.get(new EpochKey(q.ptr, v.epoch)), v, v.epoch, beforeInOrder);
            TraceEvent e = out[n++].reset(OpEvent.QUEUE).time(t).device(v.id).queue(q.index)
                    .set(0, layout & DeviceSettings.LAYOUT_MASK).set(1, q.ptr).set(2, q.n >= 0 ? 1 : 0);
            if ((layout & DeviceSettings.FROM_FEATURES) != 0) {
                e.set(3, (layout & DeviceSettings.IN_ORDER) != 0 ? 1 : 0).set(4, (layout & DeviceSettings.EVENT_IDX) != 0 ? 1 : 0);
            }
        }
        out[n++].reset(type).time(t).device(v.id).queue(q.index);
        return n;
    }

    private int nvme(LogRecord r, int id, TraceEvent[] out) throws LimitException {
        if (!nvmeSeen) {
            nvmeSeen = true;
            nvmeFirstLine = r.line;
        }
        long t = r.timeNs < 0 ? 0 : r.timeNs;
        if (id == SHADOW_SQ || id == SHADOW_CQ || id == EVENTIDX_SQ || id == EVENTIDX_CQ) {
            oldNames = true;
        } else if (id == UPDATE_SQ_TAIL || id == UPDATE_CQ_HEAD || id == UPDATE_SQ_EI || id == UPDATE_CQ_EI) {
            newNames = true;
        }
        if (!emit) {
            if (id == AQATTR) {
                aqa = r.num(0);
            } else if (id == DBBUF) {
                dbbufSeen = true;
            } else if (id == CREATE_SQ) {
                created(nvmeSqs, "submission", r);
            } else if (id == CREATE_CQ) {
                created(nvmeCqs, "completion", r);
            }
            return 0;
        }
        TraceEvent e = out[0];
        int d = nvmeId;
        if (id == AQATTR) {
            aqa = r.num(0);
            return 0;
        } else if (id == ASQ_HI) {
            asqAddr = r.num(1);
            return 0;
        } else if (id == ACQ_HI) {
            acqAddr = r.num(1);
            return 0;
        } else if (id == START) {
            e.reset(OpEvent.NVME_ENABLE).time(t).device(d);
            if (aqa >= 0) {
                e.set(0, (aqa & 0xfff) + 1).set(1, ((aqa >>> 16) & 0xfff) + 1);
            }
            e.set(2, asqAddr).set(3, acqAddr);
        } else if (id == STOPPED || id == PCI_RESET) {
            e.reset(OpEvent.NVME_DISABLE).time(t).device(d).set(0, id == STOPPED ? 1 : 2);
        } else if (id == SHUTDOWN) {
            e.reset(OpEvent.NVME_SHUTDOWN).time(t).device(d);
        } else if (id == CREATE_CQ) {
            // addr, cqid, vector, qsize (0's based), qflags, ien
            e.reset(OpEvent.NVME_CREATE_CQ).time(t).device(d).queue((int) r.num(1)).set(0, r.num(3) + 1)
                    .set(1, r.num(2)).set(2, r.num(5)).set(3, r.num(0)).set(4, r.num(4));
        } else if (id == CREATE_SQ) {
            // addr, sqid, cqid, qsize (0's based), qflags
            e.reset(OpEvent.NVME_CREATE_SQ).time(t).device(d).queue((int) r.num(1)).set(0, r.num(3) + 1)
                    .set(1, r.num(2)).set(2, r.num(0)).set(3, r.num(4));
        } else if (id == DEL_SQ) {
            e.reset(OpEvent.NVME_DELETE_SQ).time(t).device(d).queue((int) r.num(0));
        } else if (id == DEL_CQ) {
            e.reset(OpEvent.NVME_DELETE_CQ).time(t).device(d).queue((int) r.num(0));
        } else if (id == DB_SQ) {
            e.reset(OpEvent.NVME_SQ_DOORBELL).time(t).device(d).queue((int) r.num(0)).set(0, r.num(1));
        } else if (id == DB_CQ) {
            e.reset(OpEvent.NVME_CQ_DOORBELL).time(t).device(d).queue((int) r.num(0)).set(0, r.num(1));
        } else if (id == BAD_SQTAIL || id == BAD_CQHEAD) {
            e.reset(OpEvent.NVME_BAD_DOORBELL).time(t).device(d).queue((int) r.num(0)).set(0, r.num(1))
                    .set(1, id == BAD_SQTAIL ? 0 : 1);
        } else if (id == BAD_SQ || id == BAD_CQ) {
            e.reset(OpEvent.NVME_BAD_DOORBELL).time(t).device(d).queue((int) r.num(0)).set(1, id == BAD_SQ ? 2 : 3);
        } else if (id == DBBUF) {
            e.reset(OpEvent.NVME_DBBUF).time(t).device(d).set(0, r.num(0)).set(1, r.num(1));
        } else if (id == SHADOW_SQ || id == UPDATE_SQ_TAIL) {
            e.reset(OpEvent.NVME_SHADOW_SQ).time(t).device(d).queue((int) r.num(0)).set(0, r.num(1));
        } else if (id == SHADOW_CQ || id == UPDATE_CQ_HEAD) {
            e.reset(OpEvent.NVME_SHADOW_CQ).time(t).device(d).queue((int) r.num(0)).set(0, r.num(1));
        } else if (id == EVENTIDX_SQ || id == UPDATE_SQ_EI) {
            e.reset(OpEvent.NVME_EVENTIDX_SQ).time(t).device(d).queue((int) r.num(0)).set(0, r.num(1));
        } else if (id == EVENTIDX_CQ || id == UPDATE_CQ_EI) {
            e.reset(OpEvent.NVME_EVENTIDX_CQ).time(t).device(d).queue((int) r.num(0)).set(0, r.num(1));
        } else if (id == ADMIN_CMD) {
            // cid, sqid, opc, opname
            e.reset(OpEvent.NVME_COMMAND).time(t).device(d).queue((int) r.num(1)).set(0, r.num(0)).set(1, r.num(2))
                    .set(2, 1);
        } else if (id == IO_CMD) {
            // cid, nsid, sqid, opc, opname
            e.reset(OpEvent.NVME_COMMAND).time(t).device(d).queue((int) r.num(2)).set(0, r.num(0)).set(1, r.num(3))
                    .set(2, 0).set(3, r.num(1));
        } else if (id == COMPLETION) {
            // cid, cqid, dw0, dw1, status
            e.reset(OpEvent.NVME_COMPLETION).time(t).device(d).queue((int) r.num(1)).set(0, r.num(0))
                    .set(1, r.num(4)).set(2, r.num(2)).set(3, r.num(3));
        } else if (id == IRQ_MSIX) {
            e.reset(OpEvent.NVME_IRQ).time(t).device(d).set(0, r.num(0)).set(1, 0);
        } else if (id == IRQ_PIN) {
            e.reset(OpEvent.NVME_IRQ).time(t).device(d).set(0, 0).set(1, 1);
        } else if (id == IRQ_MASKED) {
            e.reset(OpEvent.NVME_IRQ).time(t).device(d).set(1, 2);
        } else if (id == ERR_CFS) {
            e.reset(OpEvent.NVME_FATAL).time(t).device(d);
        } else {
            return 0;
        }
        return 1;
    }

    // ------------------------------------------------------------------ after discovery

    /**
     * Ends discovery: attaches queues without a known device, numbers queues whose number was never
     * logged, gives devices their ids (order of first appearance), applies the user's device settings
     * ({@link DeviceSettings}) and returns the header's devices.
     *
     * @throws SettingsException when a setting names no device or contradicts the log
     */
    public List<DeviceInfo> finishDiscovery(QemuOptions options) throws SettingsException {
        // queues without a device: the only device, else a device of unknown pointer
        List<Vq> orphans = new ArrayList<>();
        for (Vq q : vqs.values()) {
            if (q.vdev == 0) {
                orphans.add(q);
            }
        }
        if (!orphans.isEmpty()) {
            Vdev target;
            if (vdevs.size() == 1) {
                target = vdevs.values().iterator().next();
            } else {
                target = new Vdev(0, Long.MAX_VALUE);
                vdevs.put(0L, target);
            }
            unknownVdev = target.ptr;
            for (Vq q : orphans) {
                q.vdev = target.ptr;
                if (q.pendingFlags != 0) {
                    orLayout(q.ptr, 0, q.pendingFlags);
                }
            }
        }
        if (scsiSeen) {
            List<Vdev> untyped = new ArrayList<>();
            for (Vdev v : vdevs.values()) {
                if (v.type.equals("virtio")) {
                    untyped.add(v);
                }
            }
            if (untyped.size() == 1) {
                untyped.get(0).type = "virtio-scsi";
                untyped.get(0).typeLine = scsiLine;
            }
        }
        // device ids by first appearance
        List<Object[]> order = new ArrayList<>();
        for (Vdev v : vdevs.values()) {
            order.add(new Object[] {v.firstLine, v});
        }
        if (nvmeSeen) {
            order.add(new Object[] {nvmeFirstLine, "nvme"});
        }
        order.sort(new java.util.Comparator<Object[]>() {
            @Override
            public int compare(Object[] a, Object[] b) {
                return Long.compare((Long) a[0], (Long) b[0]);
            }
        });
        int next = 0;
        for (Object[] o : order) {
            int id = next++;
            if (o[1] instanceof Vdev v) {
                v.id = id;
            } else {
                nvmeId = id;
            }
        }
        // a QEMU before 8.2 (virtio_notify_irqfd, never a deferred eventfd write) has no VIRTIO_F_IN_ORDER (9.1+)
        beforeInOrder = sawIrqfd && !sawDeferred;
        try {
            notes = DeviceSettings.apply(options, vdevs, vqs, layouts, nvmeId, beforeInOrder);
        } catch (DeviceSettings.SettingsException e) {
            throw new SettingsException(e.getMessage(), e.line);
        }
        if (oldNames && !newNames && dbbufSeen) {
            notes = new ArrayList<>(notes);
            notes.add("device ".concat(Integer.toString(nvmeId)).concat(" (nvme): rule Q8 (the controller writes a CQ's"
                    + " EventIdx before it reads a new CQ head from the shadow doorbell) cannot be checked on this log,"
                    + " neither passed nor failed: QEMU 7.x does not trace its CQ EventIdx writes (pci_nvme_eventidx_cq is"
                    + " never written; 8.0's pci_nvme_update_cq_eventidx is)"));
        }
        List<DeviceInfo> devices = new ArrayList<>();
        for (Object[] o : order) {
            devices.add(o[1] instanceof Vdev v ? virtioDevice(v) : nvmeDevice(nvmeId));
        }
        return devices;
    }

    /** Warnings of {@link #finishDiscovery}: epochs the features given do not apply to, layouts the log cannot tell. */
    public List<String> notes() {
        return notes;
    }

    /** A device setting that names no device of the log or contradicts it: the message and the line it names (0: none). */
    public static final class SettingsException extends Exception {
        private static final long serialVersionUID = 1L;
        private final long line;

        SettingsException(String message, long line) {
            super(message);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    private DeviceInfo virtioDevice(Vdev v) {
        List<Vq> mine = new ArrayList<>();
        for (Vq q : vqs.values()) {
            if (q.vdev == v.ptr) {
                mine.add(q);
            }
        }
        mine.sort(new java.util.Comparator<Vq>() {
            @Override
            public int compare(Vq a, Vq b) {
                return Long.compareUnsigned(a.ptr, b.ptr);
            }
        });
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (Vq q : mine) {
            if (q.n >= 0) {
                if (used.add(q.n)) {
                    q.index = q.n;
                } else {
                    q.n = -1; // two pointers claim one number: keep the first
                }
            }
        }
        int free = 0;
        for (Vq q : mine) {
            if (q.index < 0) {
                while (used.contains(free)) {
                    free++;
                }
                q.index = free;
                used.add(free);
            }
        }
        mine.sort(new java.util.Comparator<Vq>() {
            @Override
            public int compare(Vq a, Vq b) {
                return Integer.compare(a.index, b.index);
            }
        });
        List<QueueInfo> queues = new ArrayList<>();
        for (Vq q : mine) {
            int last = -1;
            String layout = "unknown";
            for (Map.Entry<EpochKey, Integer> en : layouts.entrySet()) {
                if (en.getKey().vq == q.ptr && en.getKey().epoch > last) {
                    last = en.getKey().epoch;
                    int code = DeviceSettings.layout(en.getValue(), v, last, beforeInOrder) & DeviceSettings.LAYOUT_MASK;
                    layout = code == OpEvent.LAYOUT_PACKED_OR_IN_ORDER ? "unknown" : OpEvent.layoutName(code);
                }
            }
            Map<String, Long> props = new LinkedHashMap<>();
            props.put("vqAddr", q.ptr);
            props.put("indexKnown", q.n >= 0 ? 1L : 0L);
            queues.add(new QueueInfo(q.index, layout, 0, props));
        }
        Map<String, String> strings = new LinkedHashMap<>();
        String hex = "0x".concat(Long.toHexString(v.ptr)); // (concat: no indy bootstrap on the import path)
        strings.put("qemu.vdev", v.ptr == 0 ? "unknown" : hex);
        strings.put("queueSize", "not in the log");
        strings.put("features", v.features == null ? "not in the log"
                : "0x".concat(Long.toHexString(v.features.word())).concat(" (given: --virtio-features)"));
        if (v.type.equals("virtio-net")) {
            strings.put(NetQueues.ROLES, NetQueues.roles(mine, v.features));
        }
        if (!v.otherEpochs.isEmpty()) {
            strings.put("featuresNotIn", "epoch(s) ".concat(DeviceSettings.ranges(v.otherEpochs))
                    .concat(": another driver's negotiation, as the log shows"));
        }
        String name = v.ptr == 0 ? v.type.concat(" (device pointer not in the log)") : v.type.concat("@").concat(hex);
        return new DeviceInfo(v.id, v.type, name, v.features == null ? 0 : v.features.word(), Map.of(), strings, queues);
    }

    private DeviceInfo nvmeDevice(int id) {
        List<QueueInfo> queues = new ArrayList<>();
        Map<String, Long> admin = new LinkedHashMap<>();
        admin.put("cq", 0L);
        if (aqa >= 0) {
            admin.put("cqSize", ((aqa >>> 16) & 0xfff) + 1);
        }
        queues.add(new QueueInfo(0, "nvme", aqa >= 0 ? (int) ((aqa & 0xfff) + 1) : 0, admin));
        for (Map.Entry<Integer, long[]> s : nvmeSqs.entrySet()) {
            if (s.getKey() == 0) {
                continue;
            }
            Map<String, Long> props = new LinkedHashMap<>();
            long cq = s.getValue()[1];
            props.put("cq", cq);
            long[] c = nvmeCqs.get((int) cq);
            if (c != null) {
                props.put("cqSize", c[0]);
                props.put("vector", c[1]);
            }
            queues.add(new QueueInfo(s.getKey(), "nvme", (int) Math.min(65536, s.getValue()[0]), props));
        }
        Map<String, String> strings = new LinkedHashMap<>();
        strings.put("controllers", "one assumed: pci_nvme events carry no device pointer");
        strings.put("qemu.eventNames", newNames ? "8.0+ (pci_nvme_update_*)" : oldNames ? "7.x (pci_nvme_shadow_doorbell_*, eventidx_*)" : "no shadow doorbell events");
        return new DeviceInfo(id, "nvme", "nvme", 0, Map.of(), strings, queues);
    }

    public boolean nvmeSeen() {
        return nvmeSeen;
    }
}
