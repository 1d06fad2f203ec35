package io.ringside.virtio;

import static io.ringside.virtio.SplitQueueState.F_INDIRECT;
import static io.ringside.virtio.SplitQueueState.F_NEXT;
import static io.ringside.virtio.SplitQueueState.F_WRITE;

import java.io.IOException;

import io.ringside.core.engine.NeedEvent;
import io.ringside.core.memory.GuestMemory;

/**
 * Device side of a split virtqueue, as QEMU's virtqueue_pop / fill / flush / virtio_notify do it: reads
 * the available ring in order, walks chains with a bound of the queue size, writes used entries (one per
 * batch under IN_ORDER) and publishes used.idx, then tests need_event on used_event or avail.flags.
 */
public final class SplitDevice extends AbstractVirtqueueDevice {

    private int lastAvail;
    private int usedShadow;
    private int pending;
    private boolean notifyDisabled;
    private int availEventWritten = -1;

    public SplitDevice(GuestMemory mem, RingLayout layout, long features, NeedEvent needEvent, RingEmitter out) {
        super(mem, layout, features, needEvent, out);
    }

    @Override
    public boolean hasAvailable() {
        return mem.read16(l.availAddr() + 2) != lastAvail;
    }

    @Override
    public int pop(Chain c) throws IOException, ChainException {
        int availIdx = mem.read16(l.availAddr() + 2);
        if (availIdx == lastAvail) {
            return -1;
        }
        if (((availIdx - lastAvail) & 0xffff) > n) {
            throw new ChainException("avail.idx " + availIdx + " is more than the queue size ahead of " + lastAvail);
        }
        int idx = lastAvail;
        int head = mem.read16(l.availAddr() + 4 + 2L * (idx % n));
        out.start(VirtioEvent.FETCH).set(VirtioEvent.FETCH_IDX, idx).set(VirtioEvent.FETCH_HEAD, head);
        out.emit();
        lastAvail = (lastAvail + 1) & 0xffff;
        if (head >= n) {
            throw new ChainException("head " + head + " at avail idx " + idx + " is outside the table");
        }
        c.clear();
        int i = head;
        int count = 0;
        while (true) {
            if (++count > n) {
                throw new ChainException("loop in the descriptor chain of head " + head);
            }
            long a = l.descAddr() + 16L * i;
            long addr = mem.read64(a);
            long len = mem.read32(a + 8);
            int f = mem.read16(a + 12);
            int next = mem.read16(a + 14);
            if ((f & F_INDIRECT) != 0) {
                int cnt = (int) Math.min(len / 16, n);
                int j = 0;
                for (int m = 0;; m++) {
                    if (m >= cnt) {
                        throw new ChainException("loop in the indirect table of head " + head);
                    }
                    long t = addr + 16L * j;
                    int tf = mem.read16(t + 12);
                    c.add(mem.read64(t), mem.read32(t + 8), (tf & F_WRITE) != 0);
                    if ((tf & F_NEXT) == 0) {
                        break;
                    }
                    j = mem.read16(t + 14);
                    if (j >= cnt) {
                        throw new ChainException("indirect table of head " + head + ": next " + j + " is outside the table");
                    }
                }
            } else {
                c.add(addr, len, (f & F_WRITE) != 0);
            }
            if ((f & F_NEXT) == 0) {
                break;
            }
            if (next >= n) {
                throw new ChainException("descriptor " + i + ": next " + next + " is outside the table");
            }
            i = next;
        }
        return head;
    }

    @Override
    public void use(int id, long len, int batched) throws IOException {
        int slot = ((usedShadow + pending) & 0xffff) % n;
        long a = l.usedAddr() + 4 + 8L * slot;
        mem.write32(a, id);
        mem.write32(a + 4, len);
        out.start(VirtioEvent.USED_RING).set(VirtioEvent.SLOT, slot).set(VirtioEvent.RING_ID, id)
                .set(VirtioEvent.RING_LEN, len);
        out.emit();
        pending += batched;
    }

    @Override
    public void flush() throws IOException {
        if (pending == 0) {
            return;
        }
        usedShadow = (usedShadow + pending) & 0xffff;
        pending = 0;
        mem.write16(l.usedAddr() + 2, usedShadow);
        out.emit1(VirtioEvent.USED_IDX, usedShadow);
    }

    @Override
    public boolean notificationNeeded() {
        int nw = usedShadow;
        int old = (int) signalled;
        if (nw == old) {
            return false;
        }
        return eventIdx ? needEvent.needEvent(mem.read16(l.availAddr() + 4 + 2L * n), nw, old)
                : (mem.read16(l.availAddr()) & 1) == 0;
    }

    @Override
    long usedMark() {
        return usedShadow;
    }

    @Override
    public void disableNotifications() throws IOException {
        if (!eventIdx && !notifyDisabled) {
            mem.write16(l.usedAddr(), 1);
            out.emit1(VirtioEvent.USED_FLAGS, 1);
        }
        notifyDisabled = true;
    }

    @Override
    public void enableNotifications() throws IOException {
        if (eventIdx) {
            if (availEventWritten != lastAvail) {
                mem.write16(l.usedAddr() + 4 + 8L * n, lastAvail);
                out.emit1(VirtioEvent.AVAIL_EVENT, lastAvail);
                availEventWritten = lastAvail;
            }
        } else if (notifyDisabled) {
            mem.write16(l.usedAddr(), 0);
            out.emit1(VirtioEvent.USED_FLAGS, 0);
        }
        notifyDisabled = false;
    }

    // ---- fault injection ----------------------------------------------------------------------

    /** Publishes used.idx past avail.idx, then the right value again. */
    public void faultUsedIdxOverrun() throws IOException {
        int bad = (mem.read16(l.availAddr() + 2) + 1) & 0xffff;
        mem.write16(l.usedAddr() + 2, bad);
        out.emit1(VirtioEvent.USED_IDX, bad);
        mem.write16(l.usedAddr() + 2, usedShadow);
        out.emit1(VirtioEvent.USED_IDX, usedShadow);
    }
}
