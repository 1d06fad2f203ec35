package io.ringside.nvme;

import java.util.Arrays;

/**
 * Replay state of one completion queue: the posted entries with their phase tags, the controller's tail
 * and phase, the host's consumption head and expected phase, the head doorbell register, the shadow
 * doorbell and EventIdx slots, and the cost counters.
 */
public final class CompletionQueue extends DoorbellQueue {

    int vector;

    int[] slotCid;
    int[] slotSqid;
    byte[] slotPhase; // -1 never posted

    int tail; // controller's next slot
    int phase = 1; // controller's current phase
    int hostHead; // next slot the host consumes
    int hostPhase = 1;

    long completions;
    long consumed;
    long interrupts;
    long cqesSinceIrq;

    CompletionQueue(int qid, int size, long addr, int vector) {
        super(DoorbellSide.CQ, qid);
        resize(size);
        this.addr = addr;
        this.vector = vector;
    }

    /** (Re)creates the queue with a size: a created queue starts empty, heads and tail 0, phase 1. */
    void resize(int newSize) {
        resetDoorbell(newSize);
        this.slotCid = new int[newSize];
        this.slotSqid = new int[newSize];
        this.slotPhase = new byte[newSize];
        Arrays.fill(slotPhase, (byte) -1);
        Arrays.fill(slotCid, -1);
        tail = 0;
        phase = 1;
        hostHead = 0;
        hostPhase = 1;
    }

    /** Bytes the state of a completion queue of {@code size} entries holds, roughly (per-slot arrays). */
    static long bytesFor(int size) {
        return 192 + 9L * size;
    }

    long bytes() {
        return bytesFor(size);
    }

    CompletionQueue copy() {
        CompletionQueue c = new CompletionQueue(qid, 1, addr, vector);
        copyDoorbellTo(c);
        c.slotCid = slotCid.clone();
        c.slotSqid = slotSqid.clone();
        c.slotPhase = slotPhase.clone();
        c.tail = tail;
        c.phase = phase;
        c.hostHead = hostHead;
        c.hostPhase = hostPhase;
        c.completions = completions;
        c.consumed = consumed;
        c.interrupts = interrupts;
        c.cqesSinceIrq = cqesSinceIrq;
        return c;
    }

    boolean sameState(CompletionQueue o) {
        return sameDoorbell(o) && vector == o.vector && Arrays.equals(slotCid, o.slotCid)
                && Arrays.equals(slotSqid, o.slotSqid) && Arrays.equals(slotPhase, o.slotPhase) && tail == o.tail
                && phase == o.phase && hostHead == o.hostHead && hostPhase == o.hostPhase
                && completions == o.completions && consumed == o.consumed && interrupts == o.interrupts
                && cqesSinceIrq == o.cqesSinceIrq;
    }

    /** Entries the controller may still post before the CQ is full, as it knows the head. */
    int freeForController() {
        return size - 1 - Math.floorMod(tail - ctrl, size);
    }

    // ---- public getters ----

    /** MSI-X vector of this CQ. */
    public int vector() {
        return vector;
    }

    /** Command id of the entry in a slot, or -1 when never posted. */
    public int slotCid(int slot) {
        return slotCid[slot];
    }

    public int slotSqid(int slot) {
        return slotSqid[slot];
    }

    /** Phase tag written in a slot, or -1 when never posted. */
    public int slotPhase(int slot) {
        return slotPhase[slot];
    }

    /** The controller's tail: the next slot it posts to. */
    public int tail() {
        return tail;
    }

    /** The phase tag the controller writes in this pass. */
    public int phase() {
        return phase;
    }

    /** The head as the controller knows it (doorbell register or shadow read). */
    public int controllerHead() {
        return ctrl;
    }

    public int publishedHead() {
        return pub;
    }

    /** The next slot the host consumes. */
    public int hostHead() {
        return hostHead;
    }

    /** The phase the host expects at its head. */
    public int hostPhase() {
        return hostPhase;
    }

    /** Entries posted and not yet consumed by the host. */
    public int unconsumed() {
        return Math.floorMod(tail - hostHead, size);
    }

    /** Whether the CQ is full as the controller knows the head. */
    public boolean fullForController() {
        return freeForController() == 0;
    }

    public long completions() {
        return completions;
    }

    public long interrupts() {
        return interrupts;
    }
}
