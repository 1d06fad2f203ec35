package io.ringside.qemu.internal;

/**
 * One side of an NVMe queue pair as an operation-level QEMU log shows it: the value the host's doorbells
 * (MMIO or shadow) set, the EventIdx the controller wrote, and the doorbell counters before and after
 * Doorbell Buffer Config. {@link OpNvmeSq} adds fetches and commands, {@link OpNvmeCq} completions and
 * interrupts. A plain value: {@link #copy()} clones it, {@link #same} compares it.
 */
public abstract sealed class OpNvmeQueue implements Cloneable permits OpNvmeSq, OpNvmeCq {
    public int id;
    public int size;
    /** The SQ tail or the CQ head, as the last doorbell set it. */
    public int doorbell;
    public int mmioValue = -1; // the last value written to the MMIO doorbell, -1 before one
    public int shadowValue = -1; // the last value read from the shadow doorbell, -1 before one
    public long mmioDoorbells;
    public long mmioBefore;
    public long mmioAfter;
    public long shadowReads;
    public long eventIdxWrites;
    public int eventIdx = -1;

    OpNvmeQueue(int id) {
        this.id = id;
    }

    /** A deep copy. */
    public abstract OpNvmeQueue copy();

    /** Whether {@code o} (of the same side) holds the same state. */
    public abstract boolean same(OpNvmeQueue o);

    /** The fields of this class copied (those of the subclass are the subclass's to deepen). */
    final OpNvmeQueue shallowCopy() {
        try {
            return (OpNvmeQueue) clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    final boolean sameSide(OpNvmeQueue o) {
        return id == o.id && size == o.size && doorbell == o.doorbell && mmioValue == o.mmioValue
                && shadowValue == o.shadowValue && mmioDoorbells == o.mmioDoorbells && mmioBefore == o.mmioBefore
                && mmioAfter == o.mmioAfter && shadowReads == o.shadowReads && eventIdxWrites == o.eventIdxWrites
                && eventIdx == o.eventIdx;
    }

    /** Counts a doorbell write (MMIO, before or after Doorbell Buffer Config) or a shadow doorbell read. */
    public final void countDoorbell(boolean mmio, boolean dbbuf) {
        if (!mmio) {
            shadowReads++;
        } else {
            mmioDoorbells++;
            if (dbbuf) {
                mmioAfter++;
            } else {
                mmioBefore++;
            }
        }
    }

    /** Takes {@code v} as the doorbell's new value. */
    public final void setDoorbell(int v, boolean mmio) {
        doorbell = v;
        if (mmio) {
            mmioValue = v;
        } else {
            shadowValue = v;
        }
    }
}
