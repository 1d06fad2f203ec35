package io.ringside.nvme;

import java.util.Set;

import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.engine.WatchField;

/**
 * The fields of an NVMe queue pair (a debugger lane: queue pair y) a watchpoint can watch, read from the
 * {@link NvmeEngine}: doorbell registers, the controller's positions, the shadow doorbell and EventIdx
 * slots. Slots count modulo the queue size.
 */
enum NvmeWatch implements WatchField {
    SQ_TAIL("sq.tail", "the SQ tail doorbell register", true, "nvme_sq_db"),
    SQ_HEAD("sq.head", "the controller's SQ head (next entry it fetches)", true),
    SQ_SHADOW("sq.shadow", "the SQ tail in the shadow doorbell buffer", true, "nvme_sq_shadow"),
    SQ_EVENTIDX("sq.eventidx", "the SQ EventIdx written by the controller", true, "nvme_sq_eventidx"),
    CQ_HEAD("cq.head", "the CQ head doorbell register", true, "nvme_cq_db"),
    CQ_TAIL("cq.tail", "the controller's CQ tail (next slot it posts to)", true),
    CQ_PHASE("cq.phase", "the controller's CQ phase tag", false),
    CQ_SHADOW("cq.shadow", "the CQ head in the shadow doorbell buffer", true, "nvme_cq_shadow"),
    CQ_EVENTIDX("cq.eventidx", "the CQ EventIdx written by the controller", true, "nvme_cq_eventidx"),
    OUTSTANDING("outstanding", "commands fetched and not completed yet", false);

    private final String id;
    private final String description;
    private final boolean slot;
    private final Set<String> writers;

    /** @param slot a queue slot (counted modulo the queue size); other fields count plainly */
    NvmeWatch(String id, String description, boolean slot, String... writers) {
        this.id = id;
        this.description = description;
        this.slot = slot;
        this.writers = Set.of(writers);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Set<String> writers() {
        return writers;
    }

    @Override
    public boolean sixteenBits() {
        return false;
    }

    @Override
    public long modulus(DeviceEngine engine, int queue) {
        if (!slot || !(engine instanceof NvmeEngine n)) {
            return 0;
        }
        SubmissionQueue sq = n.sq(queue);
        if (name().startsWith("SQ") && sq != null) {
            return sq.size();
        }
        CompletionQueue cq = n.cq(queue);
        return cq != null ? cq.size() : 0;
    }

    @Override
    public long read(DeviceEngine engine, int queue) {
        if (!(engine instanceof NvmeEngine n)) {
            return UNKNOWN;
        }
        SubmissionQueue sq = n.sq(queue);
        CompletionQueue cq = n.cq(queue);
        boolean dbbuf = n.dbbufEnabled();
        long v = switch (this) {
        case SQ_TAIL -> sq == null ? UNKNOWN : sq.doorbellRegister();
        case SQ_HEAD -> sq == null ? UNKNOWN : sq.head();
        case SQ_SHADOW -> sq == null || !dbbuf ? UNKNOWN : sq.shadowValue();
        case SQ_EVENTIDX -> sq == null || !dbbuf ? UNKNOWN : sq.eventIdx();
        case CQ_HEAD -> cq == null ? UNKNOWN : cq.doorbellRegister();
        case CQ_TAIL -> cq == null ? UNKNOWN : cq.tail();
        case CQ_PHASE -> cq == null ? UNKNOWN : cq.phase();
        case CQ_SHADOW -> cq == null || !dbbuf ? UNKNOWN : cq.shadowValue();
        case CQ_EVENTIDX -> cq == null || !dbbuf ? UNKNOWN : cq.eventIdx();
        case OUTSTANDING -> sq == null ? UNKNOWN : sq.outstandingCommands();
        };
        return v < 0 && v != UNKNOWN ? UNKNOWN : v; // -1: never written
    }
}
