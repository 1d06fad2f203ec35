package io.ringside.qemu.internal;

/** A completion queue of an operation-level NVMe replay and its counters in the current epoch. */
public final class OpNvmeCq extends OpNvmeQueue {
    public int vector;
    public int queued; // completions queued and not yet consumed by a head doorbell
    public long completions;
    public boolean eventIdxSinceRead; // an EventIdx write since the last shadow head read (rule Q8)
    public long interrupts;
    public long lastCompletion = -1;

    public OpNvmeCq(int id) {
        super(id);
    }

    @Override
    public OpNvmeCq copy() {
        return (OpNvmeCq) shallowCopy();
    }

    @Override
    public boolean same(OpNvmeQueue q) {
        OpNvmeCq o = (OpNvmeCq) q;
        return sameSide(o) && vector == o.vector && queued == o.queued && completions == o.completions
                && eventIdxSinceRead == o.eventIdxSinceRead && interrupts == o.interrupts
                && lastCompletion == o.lastCompletion;
    }
}
