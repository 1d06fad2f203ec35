package io.ringside.qemu.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.QueueInfo;
import io.ringside.core.trace.TraceEvent;
import io.ringside.qemu.OpEvent;

/**
 * The NVMe half of the {@link Translator}: turns pci_nvme_* records into operation-level NVMe events. One
 * controller is assumed (the events carry no device pointer). Discovery learns where it first appears, the
 * admin queue's sizes, the I/O queues created (sizes, CQ of each SQ, vectors) and which QEMU event names
 * the log uses; emit mode translates each record into at most one event.
 */
final class NvmeTranslator {

    private static final EventTable T = EventTable.get();
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

    private static final String PREFIX = "pci_nvme_";

    private final boolean emit;
    private boolean seen;
    private long firstLine;
    private int deviceId = -1;
    private long aqa = -1;
    private long asqAddr;
    private long acqAddr;
    private final TreeMap<Integer, long[]> sqs = new TreeMap<>(); // sqid -> {size, cq}
    private final TreeMap<Integer, long[]> cqs = new TreeMap<>(); // cqid -> {size, vector}
    private boolean oldNames;
    private boolean newNames;
    private boolean dbbufSeen;

    /** Discovery mode. */
    NvmeTranslator() {
        this.emit = false;
    }

    /** Emit mode, with the controller a discovery pass found. */
    NvmeTranslator(NvmeTranslator discovered) {
        this.emit = true;
        this.seen = discovered.seen;
        this.deviceId = discovered.deviceId;
    }

    /** Which event ids are pci_nvme events (by name). */
    static boolean[] events() {
        boolean[] m = new boolean[T.size()];
        for (EventFormat f : T.formats()) {
            m[f.id] = f.name.startsWith(PREFIX);
        }
        return m;
    }

    /** The pci_nvme events whose arguments the emit pass reads (set in {@code m}). */
    static void emitted(boolean[] m) {
        for (int e : new int[] {AQATTR, ASQ_HI, ACQ_HI, START, STOPPED, PCI_RESET, SHUTDOWN, CREATE_SQ, CREATE_CQ,
                DEL_SQ, DEL_CQ, DB_SQ, DB_CQ, BAD_SQTAIL, BAD_CQHEAD, BAD_SQ, BAD_CQ, DBBUF, SHADOW_SQ, SHADOW_CQ,
                UPDATE_SQ_TAIL, UPDATE_CQ_HEAD, EVENTIDX_SQ, EVENTIDX_CQ, UPDATE_SQ_EI, UPDATE_CQ_EI, ADMIN_CMD, IO_CMD,
                COMPLETION, IRQ_MSIX, IRQ_PIN, IRQ_MASKED, ERR_CFS}) {
            m[e] = true;
        }
    }

    /** Whether the log has pci_nvme events. */
    boolean seen() {
        return seen;
    }

    /** The log line of the first pci_nvme event (the controller's place among the devices). */
    long firstLine() {
        return firstLine;
    }

    /** Gives the controller its device id (after discovery). */
    void deviceId(int id) {
        this.deviceId = id;
    }

    int deviceId() {
        return deviceId;
    }

    /** Records a created NVMe queue's size and its CQ or vector, within {@link Translator#MAX_NVME_QUEUES}. */
    private static void created(TreeMap<Integer, long[]> queues, String what, LogRecord r)
            throws Translator.LimitException {
        int qid = (int) r.num(1);
        if (queues.size() >= Translator.MAX_NVME_QUEUES && !queues.containsKey(qid)) {
            throw new Translator.LimitException("more than " + Translator.MAX_NVME_QUEUES + " NVMe " + what
                    + " queue ids created (a trace's header lists at most " + Translator.MAX_NVME_QUEUES + " queues)",
                    r.line);
        }
        queues.put(qid, new long[] {r.num(3) + 1, r.num(2)});
    }

    /** As {@link Translator#discover} for a pci_nvme record. */
    void discover(LogRecord r, int id) throws Translator.LimitException {
        if (!seen) {
            seen = true;
            firstLine = r.line;
        }
        if (id == SHADOW_SQ || id == SHADOW_CQ || id == EVENTIDX_SQ || id == EVENTIDX_CQ) {
            oldNames = true;
        } else if (id == UPDATE_SQ_TAIL || id == UPDATE_CQ_HEAD || id == UPDATE_SQ_EI || id == UPDATE_CQ_EI) {
            newNames = true;
        } else if (id == AQATTR) {
            aqa = r.num(0);
        } else if (id == CREATE_SQ) {
            created(sqs, "submission", r);
        } else if (id == CREATE_CQ) {
            created(cqs, "completion", r);
        } else if (id == DBBUF) {
            dbbufSeen = true;
        }
    }

    /** As {@link Translator#translate} for a pci_nvme record (discovery: as {@link #discover}, returns 0). */
    int translate(LogRecord r, int id, TraceEvent[] out) throws Translator.LimitException {
        if (!emit) {
            discover(r, id);
            return 0;
        }
        if (!seen) {
            seen = true;
            firstLine = r.line;
        }
        long t = r.timeNs < 0 ? 0 : r.timeNs;
        if (id == SHADOW_SQ || id == SHADOW_CQ || id == EVENTIDX_SQ || id == EVENTIDX_CQ) {
            oldNames = true;
        } else if (id == UPDATE_SQ_TAIL || id == UPDATE_CQ_HEAD || id == UPDATE_SQ_EI || id == UPDATE_CQ_EI) {
            newNames = true;
        }
        TraceEvent e = out[0];
        int d = deviceId;
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

    /**
     * The note a QEMU 7.x log with shadow doorbells gets (null for others): it does not trace the CQ
     * EventIdx writes rule Q8 needs.
     */
    String q8Note() {
        if (!(oldNames && !newNames && dbbufSeen)) {
            return null;
        }
        return "device ".concat(Integer.toString(deviceId)).concat(" (nvme): rule Q8 (the controller writes a CQ's"
                + " EventIdx before it reads a new CQ head from the shadow doorbell) cannot be checked on this log,"
                + " neither passed nor failed: QEMU 7.x does not trace its CQ EventIdx writes (pci_nvme_eventidx_cq is"
                + " never written; 8.0's pci_nvme_update_cq_eventidx is)");
    }

    /** The controller as the trace header lists it (after discovery): its admin queue and the I/O SQs created. */
    DeviceInfo device() {
        List<QueueInfo> queues = new ArrayList<>();
        Map<String, Long> admin = new LinkedHashMap<>();
        admin.put("cq", 0L);
        if (aqa >= 0) {
            admin.put("cqSize", ((aqa >>> 16) & 0xfff) + 1);
        }
        queues.add(new QueueInfo(0, "nvme", aqa >= 0 ? (int) ((aqa & 0xfff) + 1) : 0, admin));
        for (Map.Entry<Integer, long[]> s : sqs.entrySet()) {
            if (s.getKey() == 0) {
                continue;
            }
            Map<String, Long> props = new LinkedHashMap<>();
            long cq = s.getValue()[1];
            props.put("cq", cq);
            long[] c = cqs.get((int) cq);
            if (c != null) {
                props.put("cqSize", c[0]);
                props.put("vector", c[1]);
            }
            queues.add(new QueueInfo(s.getKey(), "nvme", (int) Math.min(65536, s.getValue()[0]), props));
        }
        Map<String, String> strings = new LinkedHashMap<>();
        strings.put("controllers", "one assumed: pci_nvme events carry no device pointer");
        strings.put("qemu.eventNames", newNames ? "8.0+ (pci_nvme_update_*)"
                : oldNames ? "7.x (pci_nvme_shadow_doorbell_*, eventidx_*)" : "no shadow doorbell events");
        return new DeviceInfo(deviceId, "nvme", "nvme", 0, Map.of(), strings, queues);
    }
}
