package io.ringside.qemu.internal;

/** A submission queue of an operation-level NVMe replay and its counters in the current epoch. */
public final class OpNvmeSq extends OpNvmeQueue {
    public int cq;
    /** Where the controller fetches next (the tail is {@link #doorbell}). */
    public int head;
    public int pending; // submitted (tail moved) and not yet fetched
    public long created = -1;
    public LongSet outstanding = new LongSet(); // command ids + 1 (the set holds no 0)
    public char[] fetchedAt; // per SQ slot, the 16-bit id of the last command fetched there; null until one is
    public long commands;
    public long ioCommands;
    public long completions;
    public long cmdsBefore;
    public long cmdsAfter;

    public OpNvmeSq(int id) {
        super(id);
    }

    @Override
    public OpNvmeSq copy() {
        OpNvmeSq s = (OpNvmeSq) shallowCopy();
        s.outstanding = outstanding.copy();
        s.fetchedAt = fetchedAt == null ? null : fetchedAt.clone();
        return s;
    }

    @Override
    public boolean same(OpNvmeQueue q) {
        OpNvmeSq o = (OpNvmeSq) q;
        return sameSide(o) && cq == o.cq && head == o.head && pending == o.pending && created == o.created
                && commands == o.commands && ioCommands == o.ioCommands && completions == o.completions
                && cmdsBefore == o.cmdsBefore && cmdsAfter == o.cmdsAfter
                && java.util.Arrays.equals(fetchedAt, o.fetchedAt) && outstanding.sameMembers(o.outstanding);
    }

    public boolean has(int cid) {
        return outstanding.contains(cid + 1L);
    }

    /** Records that the command {@code cid} was fetched at the head, which moves on. */
    public void fetched(int cid) {
        if (fetchedAt == null || fetchedAt.length != size) {
            fetchedAt = new char[size]; // once per queue (and size): the fetch at the SQ head names the slot
        }
        fetchedAt[head] = (char) cid;
        head = (head + 1) % size;
    }

    /**
     * The slot the outstanding command {@code cid} was fetched from: walking back from the head, the last
     * slot that fetched it (slots never fetched from come last in that walk, so their zeros name no
     * command), or -1 when the ring has fetched over that slot since (the command has stayed outstanding
     * for a whole turn). Bounded by the queue size.
     */
    public int slotOf(int cid) {
        if (fetchedAt == null) {
            return -1;
        }
        int n = fetchedAt.length;
        for (int i = 1; i <= n; i++) {
            int slot = Math.floorMod(head - i, n);
            if (fetchedAt[slot] == cid) {
                return slot;
            }
        }
        return -1;
    }
}
