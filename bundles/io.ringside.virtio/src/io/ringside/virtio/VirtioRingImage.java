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
        GuestMemory memory = image.memory();
        RingLayout l = q.layout;
        int n = l.size();
        long d = l.descAddr();
        boolean packed = q instanceof PackedQueueState;
        SplitQueueState s = packed ? null : (SplitQueueState) q;
        PackedQueueState p = packed ? (PackedQueueState) q : null;
        for (int i = 0; i < n; i++) { // 16 bytes each: addr, len, then split flags/next, packed id/flags
            long at = d + 16L * i;
            memory.write64(at, packed ? p.descAddr(i) : s.descAddr(i));
            memory.write32(at + 8, (packed ? p.descLen(i) : s.descLen(i)) & 0xffffffffL);
            memory.write16(at + 12, packed ? p.descId(i) : s.descFlags(i));
            memory.write16(at + 14, packed ? p.descFlags(i) : s.descNext(i));
        }
        long drv = l.driverArea();
        long dev = l.deviceArea();
        if (packed) {
            memory.write16(drv, p.driverEventOffWrap());
            memory.write16(drv + 2, p.driverEventFlags());
            memory.write16(dev, p.deviceEventOffWrap());
            memory.write16(dev + 2, p.deviceEventFlags());
        } else {
            memory.write16(drv, s.availFlags());
            memory.write16(drv + 2, s.availIdx());
            for (int i = 0; i < n; i++) {
                memory.write16(drv + 4 + 2L * i, s.availRing(i));
            }
            memory.write16(drv + 4 + 2L * n, s.usedEvent());
            memory.write16(dev, s.usedFlags());
            memory.write16(dev + 2, s.usedIdx());
            for (int i = 0; i < n; i++) {
                memory.write32(dev + 4 + 8L * i, s.usedRingId(i) & 0xffffffffL);
                memory.write32(dev + 8 + 8L * i, s.usedRingLen(i) & 0xffffffffL);
            }
            memory.write16(dev + 4 + 8L * n, s.availEvent());
        }
        String name = "d" + q.device + " q" + q.index + " ";
        image.addRegion(new RingImage.Region(name + (packed ? "descriptor ring" : "descriptor table"), q.device, q.index,
                d, l.descBytes()));
        image.addRegion(new RingImage.Region(name + (packed ? "driver event suppression" : "available ring"), q.device,
                q.index, drv, l.driverAreaBytes()));
        image.addRegion(new RingImage.Region(name + (packed ? "device event suppression" : "used ring"), q.device,
                q.index, dev, l.deviceAreaBytes()));
    }
}
