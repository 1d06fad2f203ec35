package io.ringside.virtio;

import java.io.IOException;

import io.ringside.core.engine.NeedEvent;
import io.ringside.core.memory.GuestMemory;

/**
 * What the split and the packed driver share: the ring they drive and the features negotiated, indirect
 * tables from a pool, the buffers outstanding and (IN_ORDER) their order, and the notification decision:
 * the device is told, or not, of what was published since the last decision.
 */
abstract sealed class AbstractVirtqueueDriver implements VirtqueueDriver permits SplitDriver, PackedDriver {

    final GuestMemory mem;
    final RingLayout l;
    final int n;
    final boolean eventIdx;
    final boolean inOrder;
    final boolean indirect;
    final NeedEvent needEvent;
    final RingEmitter out;
    /** Guest address of a pool of {@code n} indirect tables of {@code maxIndirect} entries. */
    final long indirectPool;
    final int maxIndirect;
    /** IN_ORDER: the buffers outstanding, in the order they were added. */
    final InOrderIds order;
    int outstanding;
    /** {@link #publishedMark()} at the last notification decision. */
    long kickOld;
    /** Fault knob, consumed by the next add: the next indirect table gets INDIRECT in its first entry. */
    boolean faultNestedIndirect;

    AbstractVirtqueueDriver(GuestMemory mem, RingLayout layout, long features, NeedEvent needEvent, RingEmitter out,
            long indirectPool, int maxIndirect) {
        this.mem = mem;
        this.l = layout;
        this.n = layout.size();
        this.eventIdx = VirtioFeatures.has(features, VirtioFeatures.EVENT_IDX);
        this.inOrder = VirtioFeatures.has(features, VirtioFeatures.IN_ORDER);
        this.indirect = VirtioFeatures.has(features, VirtioFeatures.INDIRECT_DESC);
        this.needEvent = needEvent;
        this.out = out;
        this.indirectPool = indirectPool;
        this.maxIndirect = maxIndirect;
        order = new InOrderIds(n);
    }

    /** What the driver has published, as its notifications count it (split: avail.idx; packed: descriptors). */
    abstract long publishedMark();

    @Override
    public int descriptorsFor(int elements) {
        return indirect && elements > 1 && elements <= maxIndirect ? 1 : elements;
    }

    @Override
    public int outstanding() {
        return outstanding;
    }

    @Override
    public final boolean kick(boolean forceSkip) throws IOException {
        long published = publishedMark();
        if (published == kickOld) {
            return false;
        }
        boolean need = kickNeeded();
        kickOld = published;
        return out.notification(need && !forceSkip, VirtioEvent.KICK, VirtioEvent.KICK_SKIP);
    }

    @Override
    public final void forceKick() throws IOException {
        kickOld = publishedMark();
        out.emit0(VirtioEvent.KICK);
    }

    /** The next indirect table gets INDIRECT in its first entry. */
    public void faultNestedIndirectNext() {
        faultNestedIndirect = true;
    }
}
