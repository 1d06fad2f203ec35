package io.ringside.qemu;

import io.ringside.core.trace.EventType;
import io.ringside.core.trace.TraceLevel;

/**
 * Operation-level events: what a device emulator's own trace points show (QEMU's virtqueue, virtio and
 * pci_nvme events), without ring memory. The importer turns a QEMU log into these; the operation-level
 * engines ({@link OpVirtioModel}, {@link OpNvmeModel}) replay them. See {@code docs/trace-format.md},
 * "Operation-level events", and {@code docs/qemu-import.md}.
 * <p>
 * {@code d} is the device, {@code q} the virtqueue number (virtio), the SQ id (SQ events) or the CQ id
 * (CQ events, completions).
 */
public enum OpEvent implements EventType {

    // ---- virtio
    /** virtio_set_status: the driver wrote the device status; 0 resets the device (a new epoch). */
    STATUS("op_status", "The driver wrote the device status (0 = reset: the queues restart from index 0).", "status"),
    /**
     * First activity of a queue in an epoch. layout: 0 unknown, 1 split, 2 packed, 3 packed or split with
     * IN_ORDER (inferred by the importer: virtqueue_flush is traced for split rings without IN_ORDER only,
     * or from the features the user gave); vqAddr: QEMU's VirtQueue pointer; indexKnown: 1 when the queue
     * number was logged (virtio_queue_notify), 0 when inferred; inOrder, eventIdx: VIRTIO_F_IN_ORDER and
     * VIRTIO_RING_F_EVENT_IDX negotiated (1) or not (0), present only when the features were given.
     */
    QUEUE("op_queue", "A queue's first activity after a reset, with the ring layout the log (or the features given) implies.",
            "layout", "vqAddr", "indexKnown", "inOrder", "eventIdx"),
    /** virtio_queue_notify: the driver notified the queue (a kick QEMU saw). */
    KICK("op_kick", "The driver notified a queue (virtio_queue_notify)."),
    /** virtqueue_pop: the device took a buffer (element) from the available ring. */
    POP("op_pop", "The device took a buffer from the available ring (virtqueue_pop).", "elemAddr", "inNum",
            "outNum"),
    /** virtqueue_fill: the device wrote a used element (split: slot used_idx + idx; packed: the completion). */
    FILL("op_fill", "The device wrote a used element for a buffer (virtqueue_fill).", "elemAddr", "len", "idx"),
    /** virtqueue_flush (split rings only): the device published count used elements (used.idx += count). */
    FLUSH("op_flush", "The device published used elements: used.idx += count (virtqueue_flush, split only).",
            "count"),
    /** virtio_notify / virtio_notify_irqfd: the device interrupted the driver for a queue. */
    INTERRUPT("op_interrupt", "The device raised a used-buffer interrupt (virtio_notify, virtio_notify_irqfd).",
            "irqfd"),
    /**
     * virtio_notify_irqfd_deferred_fn (QEMU 8.2+): the interrupt eventfd of a queue was written, once for
     * the interrupts an I/O thread batched since the last write; not an interrupt of its own.
     */
    IRQFD_SIGNAL("op_irqfd_signal", "An interrupt eventfd was written, once for the interrupts batched before it"
            + " (virtio_notify_irqfd_deferred_fn, QEMU 8.2+)."),

    // ---- NVMe
    /** CC.EN 0 to 1 succeeded: admin queues exist with the sizes of AQA (0 when not in the log). */
    NVME_ENABLE("op_nvme_enable", "The controller was enabled (CC.EN=1); admin queue sizes from AQA.", "asqSize",
            "acqSize", "asqAddr", "acqAddr"),
    /** Controller reset: reason 1 CC.EN cleared, 2 PCI function level reset. All queues are gone. */
    NVME_DISABLE("op_nvme_disable", "The controller was reset (1: CC.EN cleared, 2: PCI function level reset).",
            "reason"),
    NVME_SHUTDOWN("op_nvme_shutdown", "The host set CC.SHN (shutdown notification)."),
    NVME_CREATE_CQ("op_nvme_create_cq", "Create I/O Completion Queue: q = CQ id, size in entries.", "size", "vector",
            "ien", "addr", "qflags"),
    NVME_CREATE_SQ("op_nvme_create_sq", "Create I/O Submission Queue: q = SQ id, size in entries, cq = its CQ.",
            "size", "cq", "addr", "qflags"),
    NVME_DELETE_SQ("op_nvme_delete_sq", "Delete I/O Submission Queue q."),
    NVME_DELETE_CQ("op_nvme_delete_cq", "Delete I/O Completion Queue q."),
    NVME_SQ_DOORBELL("op_nvme_sq_doorbell", "MMIO write of SQ q's tail doorbell.", "value"),
    NVME_CQ_DOORBELL("op_nvme_cq_doorbell", "MMIO write of CQ q's head doorbell.", "value"),
    /**
     * A doorbell write QEMU ignored: kind 0 SQ tail beyond the queue size, 1 CQ head beyond the queue
     * size, 2 SQ does not exist, 3 CQ does not exist.
     */
    NVME_BAD_DOORBELL("op_nvme_bad_doorbell", "A doorbell write the controller ignored (value out of range or no such queue).",
            "value", "kind"),
    NVME_DBBUF("op_nvme_dbbuf", "Doorbell Buffer Config took effect: shadow doorbells and EventIdx buffers.", "dbsAddr",
            "eisAddr"),
    NVME_SHADOW_SQ("op_nvme_shadow_sq", "The controller read SQ q's tail from the shadow doorbell buffer.", "value"),
    NVME_SHADOW_CQ("op_nvme_shadow_cq", "The controller read CQ q's head from the shadow doorbell buffer.", "value"),
    NVME_EVENTIDX_SQ("op_nvme_eventidx_sq", "The controller wrote SQ q's EventIdx.", "value"),
    NVME_EVENTIDX_CQ("op_nvme_eventidx_cq", "The controller wrote CQ q's EventIdx.", "value"),
    NVME_COMMAND("op_nvme_command", "The controller fetched a command from SQ q (admin: 1 for the admin queue).", "cid",
            "opcode", "admin", "nsid"),
    NVME_COMPLETION("op_nvme_completion", "The controller queued a completion on CQ q for command cid.", "cid",
            "status", "dw0", "dw1"),
    /** kind 0 MSI-X vector, 1 pin, 2 masked (not raised). q = the CQ it was attributed to, when known. */
    NVME_IRQ("op_nvme_irq", "The controller raised an interrupt (kind 0 MSI-X, 1 pin, 2 masked).", "vector", "kind"),
    NVME_FATAL("op_nvme_fatal", "The controller set CSTS.CFS (a DMA to or from the host failed).");

    private final String id;
    private final String description;
    private final String[] fields;
    private final int[] bits;

    OpEvent(String id, String description, String... fields) {
        this.id = id;
        this.description = description;
        this.fields = fields;
        this.bits = new int[fields.length];
        for (int i = 0; i < fields.length; i++) {
            bits[i] = bitsOf(id, fields[i]);
        }
    }

    /**
     * The width of what a field stands for, which a trace's value must fit (the reader refuses a wider one
     * rather than let an engine truncate it): the C type of the QEMU trace-event argument it comes from
     * (QemuTraceEvents: u32 in_num, out_num, len, idx, count and MSI-X vectors; u16 command ids, SQ/CQ ids
     * and queue flags; x16 NVMe status; x32 dw0, dw1 and nsid; u8 virtio status and NVMe opcodes), 32 bits
     * for doorbell, shadow and EventIdx values (the 32-bit registers, NVMe Base 2.1 §3.1.2) and queue sizes
     * in entries (QSIZE + 1 passes 16 bits), 1 for flags, 8 for the importer's codes; 64 for addresses and
     * QEMU's signed {@code ien}.
     */
    private static int bitsOf(String event, String field) {
        return switch (field) {
            case "indexKnown", "inOrder", "eventIdx", "irqfd", "admin" -> 1;
            case "layout", "reason", "kind", "opcode" -> 8;
            case "status" -> event.equals("op_status") ? 8 : 16;
            case "cid", "cq", "qflags" -> 16;
            case "inNum", "outNum", "len", "idx", "count", "vector", "value", "size", "asqSize", "acqSize", "nsid",
                    "dw0", "dw1" -> 32;
            default -> 64; // vqAddr, elemAddr, addr, asqAddr, acqAddr, dbsAddr, eisAddr, ien
        };
    }

    @Override
    public int fieldBits(int slot) {
        return bits[slot];
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String[] fields() {
        return fields.clone();
    }

    /** Field count without copying. */
    public int arity() {
        return fields.length;
    }

    @Override
    public TraceLevel level() {
        return TraceLevel.OPERATION;
    }

    @Override
    public String description() {
        return description;
    }

    /** Layout codes of {@link #QUEUE}. */
    public static final int LAYOUT_UNKNOWN = 0;
    public static final int LAYOUT_SPLIT = 1;
    public static final int LAYOUT_PACKED = 2;
    /** Fills without flushes and no features given: packed, or split with VIRTIO_F_IN_ORDER (QEMU 9.1+). */
    public static final int LAYOUT_PACKED_OR_IN_ORDER = 3;

    public static String layoutName(int code) {
        return switch (code) {
            case LAYOUT_SPLIT -> "split";
            case LAYOUT_PACKED -> "packed";
            case LAYOUT_PACKED_OR_IN_ORDER -> "packed or split with IN_ORDER";
            default -> "unknown";
        };
    }
}
