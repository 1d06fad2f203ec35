package io.ringside.virtio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ringside.core.memory.GuestMemory;
import io.ringside.core.trace.QueueInfo;

/**
 * Where a virtqueue lives in guest memory, with the spec's sizes and alignment (VIRTIO 1.3 §2.7 and
 * §2.8.10.1). Split: descriptor table 16·N (16-aligned), available ring 6+2N (2-aligned; the last two
 * bytes are used_event), used ring 6+8N (4-aligned; the last two bytes are avail_event). Packed:
 * descriptor ring 16·N (16-aligned), driver and device event suppression 4 bytes each (4-aligned).
 * For packed queues {@code driverArea} is the driver event suppression structure and
 * {@code deviceArea} the device one.
 */
public record RingLayout(boolean packed, int size, long descAddr, long driverArea, long deviceArea) {

    /** The largest queue the spec allows, split and packed (VIRTIO 1.3 §2.7, §2.8). */
    public static final int MAX_SIZE = 32768;
    /**
     * The largest queue the replay models: any size a header may declare. A size above {@link #MAX_SIZE} is
     * rule S1 / P1, and the rest of the trace is still replayed at the declared size.
     */
    public static final int MAX_REPLAYED = 1 << 16;

    /** Places a split queue at {@code base} (rounded up to 16), parts packed tightly with their alignment. */
    public static RingLayout split(long base, int size) {
        long desc = GuestMemory.align(base, 16);
        long avail = GuestMemory.align(desc + 16L * size, 2);
        long used = GuestMemory.align(avail + 6L + 2L * size, 4);
        return new RingLayout(false, size, desc, avail, used);
    }

    /** Places a packed queue at {@code base}: descriptor ring, then driver and device event suppression. */
    public static RingLayout packed(long base, int size) {
        long desc = GuestMemory.align(base, 16);
        long drv = GuestMemory.align(desc + 16L * size, 4);
        return new RingLayout(true, size, desc, drv, drv + 4);
    }

    public String layoutName() {
        return packed ? "packed" : "split";
    }

    public long availAddr() {
        return driverArea;
    }

    public long usedAddr() {
        return deviceArea;
    }

    /** Bytes of the descriptor table / ring. */
    public long descBytes() {
        return 16L * size;
    }

    public long driverAreaBytes() {
        return packed ? 4 : 6L + 2L * size;
    }

    public long deviceAreaBytes() {
        return packed ? 4 : 6L + 8L * size;
    }

    /** First byte after the queue. */
    public long end() {
        return Math.max(descAddr + descBytes(), Math.max(driverArea + driverAreaBytes(), deviceArea + deviceAreaBytes()));
    }

    /** Whether [addr, addr+len) overlaps a part of this queue. */
    public boolean overlaps(long addr, long len) {
        return over(addr, len, descAddr, descBytes()) || over(addr, len, driverArea, driverAreaBytes())
                || over(addr, len, deviceArea, deviceAreaBytes());
    }

    /** Whether [a, a+len) and [b, b+blen) share a byte, in u64 arithmetic (a range may end past 2^64). */
    private static boolean over(long a, long len, long b, long blen) {
        return len != 0 && blen != 0 && (Long.compareUnsigned(b - a, len) < 0 || Long.compareUnsigned(a - b, blen) < 0);
    }

    /** The header properties of this layout (addresses). */
    public Map<String, Long> props() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("descAddr", descAddr);
        if (packed) {
            m.put("driverEventAddr", driverArea);
            m.put("deviceEventAddr", deviceArea);
        } else {
            m.put("availAddr", driverArea);
            m.put("usedAddr", deviceArea);
        }
        return m;
    }

    public QueueInfo toQueueInfo(int index) {
        return new QueueInfo(index, layoutName(), size, props());
    }

    /**
     * The layout a header declares. Missing addresses are placed as {@link #split}/{@link #packed} at 0
     * would, so traces without addresses still replay.
     */
    public static RingLayout of(QueueInfo q) {
        boolean packed = "packed".equals(q.layout());
        int n = q.size();
        RingLayout dflt = packed ? packed(0, Math.max(n, 1)) : split(0, Math.max(n, 1));
        if (packed) {
            return new RingLayout(true, n, q.prop("descAddr", dflt.descAddr), q.prop("driverEventAddr", dflt.driverArea),
                    q.prop("deviceEventAddr", dflt.deviceArea));
        }
        return new RingLayout(false, n, q.prop("descAddr", dflt.descAddr), q.prop("availAddr", dflt.driverArea),
                q.prop("usedAddr", dflt.deviceArea));
    }

    /** What is wrong with this layout (S1 / P1), empty when it is valid. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (packed) {
            if (size < 1 || size > MAX_SIZE) {
                p.add("queue size " + size + " is not in 1..32768" + (size > MAX_SIZE
                        ? " (positions and event offsets are 15 bits, §2.8.10)" : ""));
            }
            if (descAddr % 16 != 0) {
                p.add("descriptor ring at 0x" + Long.toHexString(descAddr) + " is not 16-byte aligned");
            }
            if (driverArea % 4 != 0) {
                p.add("driver event suppression at 0x" + Long.toHexString(driverArea) + " is not 4-byte aligned");
            }
            if (deviceArea % 4 != 0) {
                p.add("device event suppression at 0x" + Long.toHexString(deviceArea) + " is not 4-byte aligned");
            }
        } else {
            if (size < 1 || size > MAX_SIZE || Integer.bitCount(size) != 1) {
                p.add("queue size " + size + " is not a power of 2 in 1..32768" + (size > MAX_SIZE
                        ? " (a 16-bit index could not tell a full ring from an empty one, §2.7.13)" : ""));
            }
            if (descAddr % 16 != 0) {
                p.add("descriptor table at 0x" + Long.toHexString(descAddr) + " is not 16-byte aligned");
            }
            if (driverArea % 2 != 0) {
                p.add("available ring at 0x" + Long.toHexString(driverArea) + " is not 2-byte aligned");
            }
            if (deviceArea % 4 != 0) {
                p.add("used ring at 0x" + Long.toHexString(deviceArea) + " is not 4-byte aligned");
            }
        }
        if (size >= 1) {
            RingLayout me = this;
            if (over(descAddr, descBytes(), driverArea, driverAreaBytes())
                    || over(descAddr, descBytes(), deviceArea, deviceAreaBytes())
                    || over(driverArea, driverAreaBytes(), deviceArea, deviceAreaBytes())) {
                p.add("parts of the queue overlap (" + me.describe() + ")");
            }
        }
        return p;
    }

    public String describe() {
        if (packed) {
            return String.format("desc 0x%x (%d bytes), driver event 0x%x, device event 0x%x", descAddr, descBytes(),
                    driverArea, deviceArea);
        }
        return String.format("desc 0x%x (%d bytes), avail 0x%x (%d), used 0x%x (%d)", descAddr, descBytes(), driverArea,
                driverAreaBytes(), deviceArea, deviceAreaBytes());
    }
}
