package io.ringside.nvme;

import java.util.List;
import java.util.function.ToLongFunction;

import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.engine.WatchField;

/**
 * The fields of an NVMe queue pair (a debugger lane: queue pair y) a watchpoint can watch, read from the
 * {@link NvmeEngine}: doorbell registers, the controller's positions, the shadow doorbell and EventIdx
 * slots (unknown while the shadow doorbells are off). Slots count modulo the queue size; a value never
 * written (-1) is unknown.
 */
final class NvmeWatch {

    private static final WatchField.Reader SQ_SLOT = (en, q) -> size(en, q, true);
    private static final WatchField.Reader CQ_SLOT = (en, q) -> size(en, q, false);
    private static final WatchField.Reader PLAIN = (en, q) -> 0;

    static final List<WatchField> FIELDS = List.of(
            sq("sq.tail", "the SQ tail doorbell register", false, SubmissionQueue::doorbellRegister, "nvme_sq_db"),
            sq("sq.head", "the controller's SQ head (next entry it fetches)", false, SubmissionQueue::head),
            sq("sq.shadow", "the SQ tail in the shadow doorbell buffer", true, SubmissionQueue::shadowValue,
                    "nvme_sq_shadow"),
            sq("sq.eventidx", "the SQ EventIdx written by the controller", true, SubmissionQueue::eventIdx,
                    "nvme_sq_eventidx"),
            cq("cq.head", "the CQ head doorbell register", CQ_SLOT, false, CompletionQueue::doorbellRegister,
                    "nvme_cq_db"),
            cq("cq.tail", "the controller's CQ tail (next slot it posts to)", CQ_SLOT, false, CompletionQueue::tail),
            cq("cq.phase", "the controller's CQ phase tag", PLAIN, false, CompletionQueue::phase),
            cq("cq.shadow", "the CQ head in the shadow doorbell buffer", CQ_SLOT, true, CompletionQueue::shadowValue,
                    "nvme_cq_shadow"),
            cq("cq.eventidx", "the CQ EventIdx written by the controller", CQ_SLOT, true, CompletionQueue::eventIdx,
                    "nvme_cq_eventidx"),
            new WatchField("outstanding", "commands fetched and not completed yet", false, PLAIN,
                    (en, q) -> sqValue(en, q, false, SubmissionQueue::outstandingCommands)));

    private NvmeWatch() {
    }

    /** The slots of a queue: the SQ's size (the CQ's for an SQ field when there is no SQ), else the CQ's. */
    private static long size(DeviceEngine en, int q, boolean sqField) {
        if (!(en instanceof NvmeEngine n)) {
            return 0;
        }
        SubmissionQueue sq = n.sq(q);
        if (sqField && sq != null) {
            return sq.size();
        }
        CompletionQueue cq = n.cq(q);
        return cq != null ? cq.size() : 0;
    }

    /** An SQ field; {@code buffer}: a value of the shadow doorbell or EventIdx buffer. */
    private static WatchField sq(String id, String description, boolean buffer, ToLongFunction<SubmissionQueue> get,
            String... writers) {
        return new WatchField(id, description, false, SQ_SLOT, (en, q) -> sqValue(en, q, buffer, get), writers);
    }

    /** A CQ field; {@code buffer}: a value of the shadow doorbell or EventIdx buffer. */
    private static WatchField cq(String id, String description, WatchField.Reader modulus, boolean buffer,
            ToLongFunction<CompletionQueue> get, String... writers) {
        return new WatchField(id, description, false, modulus, (en, q) -> {
            CompletionQueue cq = en instanceof NvmeEngine n && (!buffer || n.dbbufEnabled()) ? n.cq(q) : null;
            return cq == null ? WatchField.UNKNOWN : known(get.applyAsLong(cq));
        }, writers);
    }

    private static long sqValue(DeviceEngine en, int q, boolean buffer, ToLongFunction<SubmissionQueue> get) {
        SubmissionQueue sq = en instanceof NvmeEngine n && (!buffer || n.dbbufEnabled()) ? n.sq(q) : null;
        return sq == null ? WatchField.UNKNOWN : known(get.applyAsLong(sq));
    }

    /** -1 means never written. */
    private static long known(long v) {
        return v < 0 ? WatchField.UNKNOWN : v;
    }
}
