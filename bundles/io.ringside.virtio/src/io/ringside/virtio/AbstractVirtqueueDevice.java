package io.ringside.virtio;

import java.io.IOException;

import io.ringside.core.engine.NeedEvent;
import io.ringside.core.memory.GuestMemory;

/**
 * What the split and the packed device share: the ring they serve and the features negotiated, the
 * device's writes into buffers, and the notification decision: the driver is interrupted, or not, for
 * what was used since the last decision.
 */
abstract sealed class AbstractVirtqueueDevice implements VirtqueueDevice permits SplitDevice, PackedDevice {

    final GuestMemory mem;
    final RingLayout l;
    final int n;
    final boolean eventIdx;
    final NeedEvent needEvent;
    final RingEmitter out;
    /** {@link #usedMark()} at the last notification decision. */
    long signalled;

    AbstractVirtqueueDevice(GuestMemory mem, RingLayout layout, long features, NeedEvent needEvent, RingEmitter out) {
        this.mem = mem;
        this.l = layout;
        this.n = layout.size();
        this.eventIdx = VirtioFeatures.has(features, VirtioFeatures.EVENT_IDX);
        this.needEvent = needEvent;
        this.out = out;
    }

    /** What the device has used, as its notifications count it (split: used.idx; packed: descriptors). */
    abstract long usedMark();

    @Override
    public void writeData(int id, long addr, long len) throws IOException {
        out.start(VirtioEvent.BUF_WRITE).set(VirtioEvent.BW_ID, id).set(VirtioEvent.BW_ADDR, addr)
                .set(VirtioEvent.BW_LEN, len);
        out.emit();
    }

    @Override
    public final boolean notifyDriver(boolean forceSkip) throws IOException {
        long used = usedMark();
        if (used == signalled) {
            return false;
        }
        boolean need = notificationNeeded();
        signalled = used;
        return out.notification(need && !forceSkip, VirtioEvent.IRQ, VirtioEvent.IRQ_SKIP);
    }
}
