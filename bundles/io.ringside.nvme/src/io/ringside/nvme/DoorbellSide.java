package io.ringside.nvme;

/**
 * One side of a queue pair's doorbells (N5, N7): the SQ tail or the CQ head. The two sides follow the same
 * rules with different registers, shadow and EventIdx slots and events, so code written once over a side
 * serves both.
 */
public enum DoorbellSide {

    /** The SQ tail: the host produces entries, the controller consumes them. */
    SQ(NvmeEvent.SQ_DB, NvmeEvent.SQ_SHADOW, NvmeEvent.SQ_EI_READ, NvmeEvent.SQ_EVENTIDX, NvmeEvent.SQ_SHADOW_READ),
    /** The CQ head: the controller produces entries, the host consumes them. */
    CQ(NvmeEvent.CQ_DB, NvmeEvent.CQ_SHADOW, NvmeEvent.CQ_EI_READ, NvmeEvent.CQ_EVENTIDX, NvmeEvent.CQ_SHADOW_READ);

    /** The host's doorbell register write. */
    public final NvmeEvent doorbell;
    /** The host's shadow doorbell write. */
    public final NvmeEvent shadow;
    /** The host's EventIdx read after its shadow write. */
    public final NvmeEvent eventIdxRead;
    /** The controller's EventIdx write. */
    public final NvmeEvent eventIdx;
    /** The controller's shadow doorbell read. */
    public final NvmeEvent shadowRead;

    DoorbellSide(NvmeEvent doorbell, NvmeEvent shadow, NvmeEvent eventIdxRead, NvmeEvent eventIdx, NvmeEvent shadowRead) {
        this.doorbell = doorbell;
        this.shadow = shadow;
        this.eventIdxRead = eventIdxRead;
        this.eventIdx = eventIdx;
        this.shadowRead = shadowRead;
    }

    /** Offset of queue {@code qid}'s doorbell register of this side. */
    public long register(int qid, int dstrd) {
        return this == SQ ? Nvme.sqTailDoorbell(qid, dstrd) : Nvme.cqHeadDoorbell(qid, dstrd);
    }

    /** Address of queue {@code qid}'s slot of this side in a shadow doorbell or EventIdx buffer. */
    public long slot(long buffer, int qid, int dstrd) {
        return this == SQ ? Nvme.sqSlot(buffer, qid, dstrd) : Nvme.cqSlot(buffer, qid, dstrd);
    }
}
