package io.ringside.qemu.internal;

import java.util.ArrayList;
import java.util.List;

import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.TraceEvent;
import io.ringside.qemu.OpEvent;
import io.ringside.qemu.QemuOptions;
import io.ringside.qemu.internal.VirtioDevices.Vdev;
import io.ringside.qemu.internal.VirtioDevices.Vq;

/**
 * Turns QEMU trace records into operation-level events. Run twice over a log: first in discovery mode
 * (nothing emitted) to learn the devices (virtio {@code vdev} pointers, one NVMe controller), their
 * queues ({@code vq} pointers and numbers, NVMe queue ids and sizes) and each virtio queue's layout per
 * epoch; then in emit mode with what the first pass learned, so the trace header can list every device
 * and queue before the first event.
 * <p>
 * This class reads the virtio records and hands pci_nvme records to its {@link NvmeTranslator}; the virtio
 * devices and queues it learns and looks up live in {@link VirtioDevices}, which also turns them into
 * the header's devices. Per line it calls only these final classes.
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
    private static final boolean[] IS_NVME = NvmeTranslator.events();
    private static final boolean[] RELEVANT;
    private static final boolean[] FIRST_NVME;

    static {
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

    private final boolean emit;
    private final VirtioDevices virtio;
    private final LongLongMap elemToVq = new LongLongMap();
    private boolean scsiSeen;
    private long scsiLine;
    /** Discovery: whether the log has virtio_notify_irqfd (QEMU up to 10.1) and 8.2's deferred eventfd writes. */
    private boolean sawIrqfd;
    private boolean sawDeferred;
    private List<String> notes = List.of();
    private final NvmeTranslator nvme;

    /** Discovery mode. */
    public Translator() {
        this.emit = false;
        this.virtio = new VirtioDevices();
        this.nvme = new NvmeTranslator();
    }

    /** Emit mode, with the devices, queues and layouts a discovery pass found. */
    public Translator(Translator discovered) {
        this.emit = true;
        this.virtio = new VirtioDevices(discovered.virtio);
        this.nvme = new NvmeTranslator(discovered.nvme);
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
     * nothing (the first one places the controller among the devices; {@link NvmeTranslator#discover}
     * learns nothing else from them).
     */
    public static boolean[] relevantFirst() {
        return FIRST_NVME.clone();
    }

    /** The events whose arguments the emit pass reads (the others produce no operation-level event). */
    public static boolean[] emitted() {
        boolean[] m = new boolean[T.size()];
        for (int id : new int[] {SET_STATUS, QUEUE_NOTIFY, NOTIFY, NOTIFY_IRQFD, IRQFD_DEFERRED, POP, FILL, FLUSH}) {
            m[id] = true;
        }
        NvmeTranslator.emitted(m);
        return m;
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
            nvme.discover(r, id);
            return;
        }
        if (id == POP) {
            Vq q = virtio.vq(r.num(0));
            if (elemToVq.size() < MAX_POINTERS) { // (full: overwrites stop too)
                elemToVq.put(r.num(1), q.ptr);
            }
            q.pops |= r.num(3) > 0 ? Vq.READABLE_POP : Vq.WRITABLE_POP;
            touch(q);
        } else if (id == FILL) {
            Vq q = virtio.vq(r.num(0));
            virtio.mark(q, VirtioDevices.SAW_FILL, r.line);
            touch(q);
        } else if (id == FLUSH) {
            Vq q = virtio.vq(r.num(0));
            virtio.mark(q, VirtioDevices.SAW_FLUSH, r.line);
            touch(q);
        } else if (id == QUEUE_NOTIFY) {
            Vdev v = virtio.vdev(r.num(0), r.line);
            Vq q = virtio.vq(r.num(2));
            virtio.link(q, v);
            if (q.n < 0) {
                q.n = (int) r.num(1);
            }
            touch(q);
        } else if (id == NOTIFY || id == NOTIFY_IRQFD || id == IRQFD_DEFERRED) {
            Vdev v = virtio.vdev(r.num(0), r.line);
            Vq q = virtio.vq(r.num(1));
            virtio.link(q, v);
            touch(q);
            sawIrqfd |= id == NOTIFY_IRQFD;
            sawDeferred |= id == IRQFD_DEFERRED;
        } else if (id == SET_STATUS) {
            Vdev v = virtio.vdev(r.num(0), r.line);
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
            Vdev v = virtio.vdev(r.num(0), r.line);
            if (!"virtio-blk".equals(v.type)) { // (a reference store only when it changes)
                v.type = "virtio-blk";
                v.typeLine = r.line;
            }
            if (id != BLK_MULTI) {
                int at = elemToVq.find(r.num(1));
                if (at >= 0) {
                    virtio.link(virtio.vq(elemToVq.valueAt(at)), v); // a known pointer: found, not created
                }
            }
        } else if (id == SCSI_REQ && !scsiSeen) {
            scsiSeen = true;
            scsiLine = r.line;
        }
    }

    /** Discovery: a queue operation makes its device's epoch dirty (what {@link #queueOp} does then). */
    private void touch(Vq q) {
        Vdev v = virtio.owner(q);
        if (v != null) {
            v.dirty = true;
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
            return nvme.translate(r, id, out);
        }
        long t = r.timeNs < 0 ? 0 : r.timeNs;
        if (id == SET_STATUS) {
            Vdev v = virtio.vdev(r.num(0), r.line);
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
            Vdev v = virtio.vdev(r.num(0), r.line);
            Vq q = virtio.vq(r.num(2));
            if (q == null) {
                return 0;
            }
            virtio.link(q, v);
            if (!emit && q.n < 0) {
                q.n = (int) r.num(1);
            }
            return queueOp(q, OpEvent.KICK, t, out);
        }
        if (id == NOTIFY || id == NOTIFY_IRQFD || id == IRQFD_DEFERRED) {
            Vdev v = virtio.vdev(r.num(0), r.line);
            Vq q = virtio.vq(r.num(1));
            if (q == null) {
                return 0;
            }
            virtio.link(q, v);
            sawIrqfd |= id == NOTIFY_IRQFD;
            sawDeferred |= id == IRQFD_DEFERRED;
            int n = queueOp(q, id == IRQFD_DEFERRED ? OpEvent.IRQFD_SIGNAL : OpEvent.INTERRUPT, t, out);
            if (n > 0 && id != IRQFD_DEFERRED) {
                out[n - 1].set(0, id == NOTIFY_IRQFD ? 1 : 0);
            }
            return n;
        }
        if (id == POP) {
            Vq q = virtio.vq(r.num(0));
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
            Vq q = virtio.vq(r.num(0));
            if (q == null) {
                return 0;
            }
            virtio.mark(q, VirtioDevices.SAW_FILL, r.line);
            int n = queueOp(q, OpEvent.FILL, t, out);
            if (n > 0) {
                out[n - 1].set(0, r.num(1)).set(1, r.num(2)).set(2, r.num(3));
            }
            return n;
        }
        if (id == FLUSH) {
            Vq q = virtio.vq(r.num(0));
            if (q == null) {
                return 0;
            }
            virtio.mark(q, VirtioDevices.SAW_FLUSH, r.line);
            int n = queueOp(q, OpEvent.FLUSH, t, out);
            if (n > 0) {
                out[n - 1].set(0, r.num(1));
            }
            return n;
        }
        if (!emit && (id == BLK_FIRST || id == BLK_RW || id == BLK_WRITE || id == BLK_READ || id == BLK_MULTI)) {
            // virtio_blk_* events name the vdev (its type); their request pointer is the popped element
            Vdev v = virtio.vdev(r.num(0), r.line);
            if (!"virtio-blk".equals(v.type)) {
                v.type = "virtio-blk";
                v.typeLine = r.line;
            }
            if (id != BLK_MULTI) {
                int at = elemToVq.find(r.num(1));
                if (at >= 0) {
                    virtio.link(virtio.vq(elemToVq.valueAt(at)), v); // a known pointer: found, not created
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
        Vdev v = virtio.owner(q);
        if (v != null) {
            v.dirty = true;
        }
        if (!emit || v == null) {
            return 0;
        }
        int n = 0;
        if (q.announcedEpoch != v.epoch) {
            q.announcedEpoch = v.epoch;
            int layout = virtio.layout(q, v);
            TraceEvent e = out[n++].reset(OpEvent.QUEUE).time(t).device(v.id).queue(q.index)
                    .set(0, layout & DeviceSettings.LAYOUT_MASK).set(1, q.ptr).set(2, q.n >= 0 ? 1 : 0);
            if ((layout & DeviceSettings.FROM_FEATURES) != 0) {
                e.set(3, (layout & DeviceSettings.IN_ORDER) != 0 ? 1 : 0).set(4, (layout & DeviceSettings.EVENT_IDX) != 0 ? 1 : 0);
            }
        }
        out[n++].reset(type).time(t).device(v.id).queue(q.index);
        return n;
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
        virtio.attachOrphans();
        if (scsiSeen) {
            List<Vdev> untyped = new ArrayList<>();
            for (Vdev v : virtio.vdevs().values()) {
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
        for (Vdev v : virtio.vdevs().values()) {
            order.add(new Object[] {v.firstLine, v});
        }
        if (nvme.seen()) {
            order.add(new Object[] {nvme.firstLine(), "nvme"});
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
                nvme.deviceId(id);
            }
        }
        // a QEMU before 8.2 (virtio_notify_irqfd, never a deferred eventfd write) has no VIRTIO_F_IN_ORDER (9.1+)
        boolean beforeInOrder = sawIrqfd && !sawDeferred;
        virtio.beforeInOrder(beforeInOrder);
        try {
            notes = DeviceSettings.apply(options, virtio.vdevs(), virtio.vqs(), virtio.layouts(), nvme.deviceId(),
                    beforeInOrder);
        } catch (DeviceSettings.SettingsException e) {
            throw new SettingsException(e.getMessage(), e.line);
        }
        String q8 = nvme.q8Note();
        if (q8 != null) {
            notes = new ArrayList<>(notes);
            notes.add(q8);
        }
        List<DeviceInfo> devices = new ArrayList<>();
        for (Object[] o : order) {
            devices.add(o[1] instanceof Vdev v ? virtio.device(v) : nvme.device());
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

    public boolean nvmeSeen() {
        return nvme.seen();
    }
}
