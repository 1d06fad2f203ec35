package io.ringside.nvme;

/**
 * What a submission and a completion queue share in the replay (N5-N7): the {@link DoorbellSide} whose
 * doorbell the host writes (the SQ tail or the CQ head), the value it last published, the doorbell
 * register, the shadow doorbell and EventIdx slots, the controller's view of the value, the host's
 * pending need_event decision and the doorbell cost counters. {@link NvmeEngine} writes each doorbell rule
 * once over this state; {@link SubmissionQueue} and {@link CompletionQueue} add their rings.
 */
abstract class DoorbellQueue {

    final DoorbellSide side;
    final int qid;
    int size;
    long addr;
    boolean created;

    int pub; // the value the host last published (MMIO or shadow)
    int db = -1; // last MMIO doorbell value
    int shadow = -1; // value in the shadow doorbell slot (-1 never written)
    int eventIdx; // value in the EventIdx slot
    int ctrl; // the controller's view of the value
    int lastShadowRead = -1;
    // the host's pending need_event decision: new value, old value, need (-1 undecided)
    int pendNew = -1;
    int pendOld;
    int pendNeed = -1;

    long mmioDoorbells;
    long shadowUpdates;
    long skippedDoorbells;
    long unneededDoorbells;

    DoorbellQueue(DoorbellSide side, int qid) {
        this.side = side;
        this.qid = qid;
    }

    /** A (re)created queue: nothing published or known by the controller, no doorbell written or pending. */
    final void resetDoorbell(int newSize) {
        size = newSize;
        pub = 0;
        ctrl = 0;
        db = -1;
        lastShadowRead = -1;
        pendNew = -1;
        pendNeed = -1;
    }

    /** A successful Doorbell Buffer Config: the shadow and EventIdx slots start unwritten. */
    final void resetBuffers() {
        eventIdx = 0;
        shadow = -1;
        lastShadowRead = -1;
    }

    /** Copies this shared state into {@code c}, a queue of the same side and id. */
    final void copyDoorbellTo(DoorbellQueue c) {
        c.size = size;
        c.addr = addr;
        c.created = created;
        c.pub = pub;
        c.db = db;
        c.shadow = shadow;
        c.eventIdx = eventIdx;
        c.ctrl = ctrl;
        c.lastShadowRead = lastShadowRead;
        c.pendNew = pendNew;
        c.pendOld = pendOld;
        c.pendNeed = pendNeed;
        c.mmioDoorbells = mmioDoorbells;
        c.shadowUpdates = shadowUpdates;
        c.skippedDoorbells = skippedDoorbells;
        c.unneededDoorbells = unneededDoorbells;
    }

    final boolean sameDoorbell(DoorbellQueue o) {
        return side == o.side && qid == o.qid && size == o.size && addr == o.addr && created == o.created
                && pub == o.pub && db == o.db && shadow == o.shadow && eventIdx == o.eventIdx && ctrl == o.ctrl
                && lastShadowRead == o.lastShadowRead && pendNew == o.pendNew && pendOld == o.pendOld
                && pendNeed == o.pendNeed && mmioDoorbells == o.mmioDoorbells && shadowUpdates == o.shadowUpdates
                && skippedDoorbells == o.skippedDoorbells && unneededDoorbells == o.unneededDoorbells;
    }

    // ---- public getters (IDE, show) ----

    public int qid() {
        return qid;
    }

    public int size() {
        return size;
    }

    public long address() {
        return addr;
    }

    public boolean created() {
        return created;
    }

    /** The last value written to this side's doorbell register (SQ tail or CQ head), or -1. */
    public int doorbellRegister() {
        return db;
    }

    /** The value in the shadow doorbell slot, or -1 when never written. */
    public int shadowValue() {
        return shadow;
    }

    public int eventIdx() {
        return eventIdx;
    }

    public long mmioDoorbells() {
        return mmioDoorbells;
    }

    public long shadowUpdates() {
        return shadowUpdates;
    }

    /** Shadow updates after which the host rang no doorbell (need_event was false). */
    public long skippedDoorbells() {
        return skippedDoorbells;
    }
}
