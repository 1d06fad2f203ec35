package io.ringside.virtio;

import static io.ringside.virtio.PackedQueueState.*;

import java.io.IOException;

import io.ringside.core.engine.NeedEvent;
import io.ringside.core.memory.GuestMemory;

/**
 * Device side of a packed virtqueue, as QEMU's virtqueue_packed_pop / fill / flush do it: polls the next
 * descriptor for AVAIL = wrap counter and USED = its inverse, walks the chain (bounded by the queue
 * size), writes one used descriptor per buffer (per batch under IN_ORDER) at the next used position
 * and skips the chain length, then tests the driver event suppression structure.
 */
public final class PackedDevice extends AbstractVirtqueueDevice {

    private final boolean inOrder;
    private int nextAvail;
    private boolean availWrap = true;
    private int nextUsed;
    private boolean usedWrap = true;
    private long usedLin;
    private final int[] chainLen;
    private final int[] fifo;
    private int fifoHead;
    private int fifoCount;
    private int evFlags = EV_ENABLE;
    private int evOffWrap;

    public PackedDevice(GuestMemory mem, RingLayout layout, long features, NeedEvent needEvent, RingEmitter out) {
        super(mem, layout, features, needEvent, out);
        this.inOrder = VirtioFeatures.has(features, VirtioFeatures.IN_ORDER);
        chainLen = new int[65536];
        fifo = new int[n];
    }

    private int flagsAt(int pos) {
        return mem.read16(l.descAddr() + 16L * pos + 14);
    }

    @Override
    public boolean hasAvailable() {
        return isAvail(flagsAt(nextAvail), availWrap);
    }

    @Override
    public int pop(Chain c) throws IOException, ChainException {
        if (!isAvail(flagsAt(nextAvail), availWrap)) {
            return -1;
        }
        c.clear();
        int pos = nextAvail;
        boolean w = availWrap;
        int count = 0;
        int id;
        while (true) {
            if (++count > n) {
                throw new ChainException("chain at position " + nextAvail + " is longer than the queue");
            }
            long a = l.descAddr() + 16L * pos;
            long addr = mem.read64(a);
            long len = mem.read32(a + 8);
            id = mem.read16(a + 12);
            int f = mem.read16(a + 14);
            if (count > 1 && !isAvail(f, w)) {
                throw new ChainException("chain at position " + nextAvail + " continues into descriptor " + pos
                        + ", which is not available");
            }
            if ((f & F_INDIRECT) != 0) {
                int cnt = (int) Math.min(len / 16, n);
                for (int j = 0; j < cnt; j++) {
                    long t = addr + 16L * j;
                    c.add(mem.read64(t), mem.read32(t + 8), (mem.read16(t + 14) & F_WRITE) != 0);
                }
            } else {
                c.add(addr, len, (f & F_WRITE) != 0);
            }
            if ((f & F_NEXT) == 0) {
                break;
            }
            pos++;
            if (pos == n) {
                pos = 0;
                w = !w;
            }
        }
        out.start(VirtioEvent.FETCH).set(VirtioEvent.FETCH_IDX, nextAvail).set(VirtioEvent.FETCH_HEAD, id);
        out.emit();
        chainLen[id] = count;
        if (inOrder) {
            fifo[(fifoHead + fifoCount) % n] = id;
            fifoCount++;
        }
        int np = nextAvail + count;
        if (np >= n) {
            np -= n;
            availWrap = !availWrap;
        }
        nextAvail = np;
        return id;
    }

    @Override
    public void use(int id, long len, int batched) throws IOException {
        int descs = 0;
        if (inOrder) {
            for (int q = 0; q < batched && fifoCount > 0; q++) {
                descs += chainLen[fifo[fifoHead]];
                fifoHead = (fifoHead + 1) % n;
                fifoCount--;
            }
        } else {
            descs = chainLen[id];
        }
        int f = (usedWrap ? F_AVAIL | F_USED : 0) | (len > 0 ? F_WRITE : 0);
        long a = l.descAddr() + 16L * nextUsed;
        mem.write32(a + 8, len);
        mem.write16(a + 12, id);
        mem.write16(a + 14, f);
        out.start(VirtioEvent.USED_DESC).set(VirtioEvent.UD_INDEX, nextUsed).set(VirtioEvent.UD_ID, id)
                .set(VirtioEvent.UD_LEN, len).set(VirtioEvent.UD_FLAGS, f);
        out.emit();
        usedLin += descs;
        int np = nextUsed + descs;
        if (np >= n) {
            np -= n;
            usedWrap = !usedWrap;
        }
        nextUsed = np;
    }

    @Override
    public void flush() {
        // packed: each used descriptor is visible once its flags are written
    }

    @Override
    long usedMark() {
        return usedLin;
    }

    @Override
    public boolean notificationNeeded() {
        if (usedLin == signalled) {
            return false;
        }
        int offWrap = mem.read16(l.driverArea());
        int flags = mem.read16(l.driverArea() + 2);
        return eventNeeded(needEvent, n, flags, offWrap, usedLin, signalled, nextUsed, usedWrap);
    }

    private void writeEvent(int offWrap, int flags) throws IOException {
        if (flags == evFlags && offWrap == evOffWrap) {
            return;
        }
        mem.write16(l.deviceArea(), offWrap);
        mem.write16(l.deviceArea() + 2, flags);
        out.start(VirtioEvent.DEVICE_EVENT).set(VirtioEvent.OFF_WRAP, offWrap).set(VirtioEvent.EV_FLAGS, flags);
        out.emit();
        evFlags = flags;
        evOffWrap = offWrap;
    }

    @Override
    public void disableNotifications() throws IOException {
        writeEvent(evOffWrap, EV_DISABLE);
    }

    @Override
    public void enableNotifications() throws IOException {
        if (eventIdx) {
            writeEvent(nextAvail | (availWrap ? 0x8000 : 0), EV_DESC);
        } else {
            writeEvent(0, EV_ENABLE);
        }
    }

    /** Chain length of the buffer id last taken (for fault injection). */
    public int chainLength(int id) {
        return chainLen[id];
    }
}
