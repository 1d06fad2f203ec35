package io.ringside.virtio;

import io.ringside.core.memory.GuestMemory;
import io.ringside.core.memory.RingImage;

/**
 * A virtio queue's rings written back into guest memory from its replay state, little-endian as the
 * driver and device see them (VIRTIO 1.3 §2.7 split, §2.8 packed): split, the descriptor table (addr,
 * len, flags, next per entry), the available ring (flags, idx, ring[], used_event) and the used ring
 * (flags, idx, ring[] of id/len, avail_event); packed, the descriptor ring (addr, len, id, flags per
 * entry; a used descriptor keeps the address the driver wrote) and the driver and device event
 * suppression structures (off_wrap, flags).
 */
final class VirtioRingImage {

    private VirtioRingImage() {
    }

    static void write(QueueState q, RingImage image) {
        if (q instanceof SplitQueueState s) {
            split(q.device, q.index, s, image);
        } else {
            packed(q.device, q.index, (PackedQueueState) q, image);
        }
    }

    private static void split(int device, int queue, SplitQueueState s, RingImage image) {
        GuestMemory memory = image.memory();
        RingLayout l = s.layout;
        int n = l.size();
        long d = l.descAddr();
        for (int i = 0; i < n; i++) {
            long at = d + 16L * i;
            memory.write64(at, s.descAddr(i));
            memory.write32(at + 8, s.descLen(i) & 0xffffffffL);
            memory.write16(at + 12, s.descFlags(i));
            memory.write16(at + 14, s.descNext(i));
        }
        long a = l.availAddr();
        memory.write16(a, s.availFlags());
        memory.write16(a + 2, s.availIdx());
        for (int i = 0; i < n; i++) {
            memory.write16(a + 4 + 2L * i, s.availRing(i));
        }
        memory.write16(a + 4 + 2L * n, s.usedEvent());
        long u = l.usedAddr();
        memory.write16(u, s.usedFlags());
        memory.write16(u + 2, s.usedIdx());
        for (int i = 0; i < n; i++) {
            memory.write32(u + 4 + 8L * i, s.usedRingId(i) & 0xffffffffL);
            memory.write32(u + 8 + 8L * i, s.usedRingLen(i) & 0xffffffffL);
        }
        memory.write16(u + 4 + 8L * n, s.availEvent());
        String q = "d" + device + " q" + queue + " ";
        image.addRegion(new RingImage.Region(q + "descriptor table", device, queue, d, l.descBytes()));
        image.addRegion(new RingImage.Region(q + "available ring", device, queue, a, l.driverAreaBytes()));
        image.addRegion(new RingImage.Region(q + "used ring", device, queue, u, l.deviceAreaBytes()));
    }

    private static void packed(int device, int queue, PackedQueueState s, RingImage image) {
        GuestMemory memory = image.memory();
        RingLayout l = s.layout;
        int n = l.size();
        long d = l.descAddr();
        for (int i = 0; i < n; i++) {
            long at = d + 16L * i;
            memory.write64(at, s.descAddr(i));
            memory.write32(at + 8, s.descLen(i) & 0xffffffffL);
            memory.write16(at + 12, s.descId(i));
            memory.write16(at + 14, s.descFlags(i));
        }
        long drv = l.driverArea();
        memory.write16(drv, s.driverEventOffWrap());
        memory.write16(drv + 2, s.driverEventFlags());
        long dev = l.deviceArea();
        memory.write16(dev, s.deviceEventOffWrap());
        memory.write16(dev + 2, s.deviceEventFlags());
        String q = "d" + device + " q" + queue + " ";
        image.addRegion(new RingImage.Region(q + "descriptor ring", device, queue, d, l.descBytes()));
        image.addRegion(new RingImage.Region(q + "driver event suppression", device, queue, drv, l.driverAreaBytes()));
        image.addRegion(new RingImage.Region(q + "device event suppression", device, queue, dev, l.deviceAreaBytes()));
    }
}
