package io.ringside.debug;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.engine.Replay;
import io.ringside.core.trace.TraceEvent;
import io.ringside.nvme.CompletionQueue;
import io.ringside.nvme.NvmeEngine;
import io.ringside.nvme.SubmissionQueue;
import io.ringside.virtio.PackedQueueState;
import io.ringside.virtio.QueueState;
import io.ringside.virtio.SplitQueueState;
import io.ringside.virtio.VirtioEngine;

/**
 * A ring field a watchpoint can watch, read from the replay state of one lane (device and queue), with
 * the events that write it. A watchpoint hits at an event that writes the field, or after which its value
 * changed (derived fields such as wrap counters), when its condition holds. Reading allocates nothing.
 */
public enum WatchField {
    // virtio split (and packed, where the index is defined with the wrap counter in bit 15)
    AVAIL_IDX("avail.idx", "driver's published available index (split avail.idx)", 0x10000, "avail_idx"),
    USED_IDX("used.idx", "device's published used index (split used.idx)", 0x10000, "used_idx"),
    AVAIL_FLAGS("avail.flags", "avail.flags (1 = VIRTQ_AVAIL_F_NO_INTERRUPT)", 0, "avail_flags"),
    USED_FLAGS("used.flags", "used.flags (1 = VIRTQ_USED_F_NO_NOTIFY)", 0, "used_flags"),
    USED_EVENT("used_event", "used_event, written by the driver (EVENT_IDX)", 0x10000, "used_event"),
    AVAIL_EVENT("avail_event", "avail_event, written by the device (EVENT_IDX)", 0x10000, "avail_event"),
    LAST_AVAIL_IDX("last_avail_idx", "the device's next index to fetch (QEMU last_avail_idx)", 0x10000),
    OUTSTANDING("outstanding", "buffers or commands made available and not completed yet", 0),
    // virtio packed
    DRIVER_WRAP("driver.wrap", "the driver's ring wrap counter (packed)", 2),
    DEVICE_WRAP("device.wrap", "the device's used wrap counter (packed)", 2),
    DRIVER_EVENT("driver_event", "driver event suppression off_wrap (packed)", 0x10000, "driver_event"),
    DEVICE_EVENT("device_event", "device event suppression off_wrap (packed)", 0x10000, "device_event"),
    // NVMe (lane = queue pair y)
    SQ_TAIL("sq.tail", "the SQ tail doorbell register", -1, "nvme_sq_db"),
    SQ_HEAD("sq.head", "the controller's SQ head (next entry it fetches)", -1),
    SQ_SHADOW("sq.shadow", "the SQ tail in the shadow doorbell buffer", -1, "nvme_sq_shadow"),
    SQ_EVENTIDX("sq.eventidx", "the SQ EventIdx written by the controller", -1, "nvme_sq_eventidx"),
    CQ_HEAD("cq.head", "the CQ head doorbell register", -1, "nvme_cq_db"),
    CQ_TAIL("cq.tail", "the controller's CQ tail (next slot it posts to)", -1),
    CQ_PHASE("cq.phase", "the controller's CQ phase tag", 2),
    CQ_SHADOW("cq.shadow", "the CQ head in the shadow doorbell buffer", -1, "nvme_cq_shadow"),
    CQ_EVENTIDX("cq.eventidx", "the CQ EventIdx written by the controller", -1, "nvme_cq_eventidx");

    /** Value of {@link #read} when the field does not exist in the lane or is not known yet. */
    public static final long UNKNOWN = Long.MIN_VALUE;

    private final String id;
    private final String description;
    private final long modulus;
    private final Set<String> writers;

    WatchField(String id, String description, long modulus, String... writers) {
        this.id = id;
        this.description = description;
        this.modulus = modulus;
        this.writers = Set.of(writers);
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** Whether an event writes this field (a write watch hits even when the value stays the same). */
    public boolean writtenBy(TraceEvent e) {
        return e.type() != null && writers.contains(e.type().id());
    }

    /**
     * The value an event writes into this field (its {@code value} or {@code offWrap}), which may differ
     * from the replay state when the write broke a rule and the checker kept the last valid value; or
     * {@link #UNKNOWN} when the event does not write the field.
     */
    public long written(TraceEvent e) {
        if (!writtenBy(e)) {
            return UNKNOWN;
        }
        int s = e.type().slot("value");
        if (s < 0) {
            s = e.type().slot("offWrap");
        }
        if (s < 0 || !e.has(s)) {
            return UNKNOWN;
        }
        long v = e.get(s);
        return modulus == 0x10000 || modulus == 0 ? v & 0xffff : v;
    }

    /** The field by its id ({@code avail.idx}) or a few spellings ({@code avail_idx}, {@code AVAIL_IDX}). */
    public static WatchField parse(String s) {
        String n = s.trim().toLowerCase(Locale.ROOT);
        for (WatchField f : values()) {
            if (f.id.equals(n) || f.name().toLowerCase(Locale.ROOT).equals(n.replace('.', '_'))) {
                return f;
            }
        }
        List<String> ids = new ArrayList<>();
        for (WatchField f : values()) {
            ids.add(f.id);
        }
        throw new IllegalArgumentException("no watchable field '" + s + "'; fields: " + String.join(", ", ids));
    }

    /**
     * The difference {@code value - old} as a count of steps: modulo 2^16 for free-running virtio indices,
     * modulo the queue size for NVMe slots, plain otherwise.
     */
    public long delta(long old, long value, Replay r, Lane lane) {
        long m = modulus;
        if (m == -1) {
            m = nvmeSize(r, lane);
        }
        if (m > 0 && this != CQ_PHASE && this != DRIVER_WRAP && this != DEVICE_WRAP) {
            return Math.floorMod(value - old, m);
        }
        return value - old;
    }

    private long nvmeSize(Replay r, Lane lane) {
        DeviceEngine en = r.engine(lane.device());
        if (en instanceof NvmeEngine n) {
            SubmissionQueue sq = n.sq(lane.queue());
            if (this.name().startsWith("SQ") && sq != null) {
                return sq.size();
            }
            CompletionQueue cq = n.cq(lane.queue());
            if (cq != null) {
                return cq.size();
            }
        }
        return 0;
    }

    /** The field's value in the state of a lane, or {@link #UNKNOWN}. */
    public long read(Replay r, Lane lane) {
        DeviceEngine en = r.engine(lane.device());
        if (en instanceof VirtioEngine v) {
            QueueState q = v.queue(lane.queue());
            return q == null ? UNKNOWN : readVirtio(q);
        }
        if (en instanceof NvmeEngine n) {
            return readNvme(n, lane.queue());
        }
        return UNKNOWN;
    }

    private long readVirtio(QueueState q) {
        switch (this) {
        case AVAIL_IDX:
            return q.availIdx();
        case USED_IDX:
            return q.usedIdx();
        case LAST_AVAIL_IDX:
            return q.lastAvailIdx();
        case OUTSTANDING:
            return q.outstanding();
        default:
            break;
        }
        if (q instanceof SplitQueueState s) {
            return switch (this) {
            case AVAIL_FLAGS -> s.availFlags();
            case USED_FLAGS -> s.usedFlags();
            case USED_EVENT -> s.eventIdx() ? s.usedEvent() : UNKNOWN;
            case AVAIL_EVENT -> s.eventIdx() ? s.availEvent() : UNKNOWN;
            default -> UNKNOWN;
            };
        }
        if (q instanceof PackedQueueState p) {
            return switch (this) {
            case DRIVER_WRAP -> p.driverWrapCounter() ? 1 : 0;
            case DEVICE_WRAP -> p.deviceUsedWrapCounter() ? 1 : 0;
            case DRIVER_EVENT -> p.driverEventOffWrap();
            case DEVICE_EVENT -> p.deviceEventOffWrap();
            default -> UNKNOWN;
            };
        }
        return UNKNOWN;
    }

    private long readNvme(NvmeEngine n, int qid) {
        SubmissionQueue sq = n.sq(qid);
        CompletionQueue cq = n.cq(qid);
        long v;
        switch (this) {
        case SQ_TAIL:
            v = sq == null ? UNKNOWN : sq.doorbellRegister();
            break;
        case SQ_HEAD:
            v = sq == null ? UNKNOWN : sq.head();
            break;
        case SQ_SHADOW:
            v = sq == null || !n.dbbufEnabled() ? UNKNOWN : sq.shadowValue();
            break;
        case SQ_EVENTIDX:
            v = sq == null || !n.dbbufEnabled() ? UNKNOWN : sq.eventIdx();
            break;
        case CQ_HEAD:
            v = cq == null ? UNKNOWN : cq.doorbellRegister();
            break;
        case CQ_TAIL:
            v = cq == null ? UNKNOWN : cq.tail();
            break;
        case CQ_PHASE:
            v = cq == null ? UNKNOWN : cq.phase();
            break;
        case CQ_SHADOW:
            v = cq == null || !n.dbbufEnabled() ? UNKNOWN : cq.shadowValue();
            break;
        case CQ_EVENTIDX:
            v = cq == null || !n.dbbufEnabled() ? UNKNOWN : cq.eventIdx();
            break;
        case OUTSTANDING:
            v = sq == null ? UNKNOWN : sq.outstandingCommands();
            break;
        default:
            v = UNKNOWN;
        }
        return v < 0 && v != UNKNOWN ? UNKNOWN : v; // -1: never written
    }
}
