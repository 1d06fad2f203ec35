package io.ringside.debug;

import java.util.ArrayList;
import java.util.List;

import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.engine.Replay;
import io.ringside.core.memory.GuestMemory;
import io.ringside.virtio.PackedQueueState;
import io.ringside.virtio.QueueState;
import io.ringside.virtio.RingLayout;
import io.ringside.virtio.SplitQueueState;
import io.ringside.virtio.VirtioEngine;

/**
 * The ring memory of a memory-level trace, rebuilt from the replay state at the addresses the header
 * gives (what the Memory view shows for a replay): for each virtio split queue, the descriptor table
 * (addr, len, flags, next per entry), the available ring (flags, idx, ring[], used_event) and the used
 * ring (flags, idx, ring[] of id/len, avail_event); for each packed queue, the descriptor ring (addr, len,
 * id, flags per entry; a used descriptor keeps the address the driver wrote) and the driver and device
 * event suppression structures (off_wrap, flags); little-endian as in guest memory. Bytes the trace never
 * wrote read as zero. NVMe queues are not rebuilt yet (no region is listed).
 */
public final class RingMemory {

    /** A rebuilt region: what it is, where it starts, how long it is. */
    public record Region(String name, int device, int queue, long address, long length) {
    }

    private final GuestMemory memory = new GuestMemory();
    private final List<Region> regions = new ArrayList<>();

    private RingMemory() {
    }

    /** Rebuilds the rings of every device in {@code state} (a copy is not needed: the state is only read). */
    public static RingMemory of(Replay state) {
        RingMemory m = new RingMemory();
        for (DeviceEngine en : state.engines()) {
            if (en instanceof VirtioEngine v) {
                for (QueueState q : v.queues()) {
                    if (q instanceof SplitQueueState s) {
                        m.split(v.info().id(), q.index(), s);
                    } else if (q instanceof PackedQueueState p) {
                        m.packed(v.info().id(), q.index(), p);
                    }
                }
            }
        }
        return m;
    }

    public GuestMemory memory() {
        return memory;
    }

    public List<Region> regions() {
        return List.copyOf(regions);
    }

    /** The region holding {@code addr}, or null. */
    public Region regionAt(long addr) {
        for (Region r : regions) {
            if (addr >= r.address() && addr < r.address() + r.length()) {
                return r;
            }
        }
        return null;
    }

    private void split(int device, int queue, SplitQueueState s) {
        RingLayout l = s.layout();
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
        regions.add(new Region(q + "descriptor table", device, queue, d, l.descBytes()));
        regions.add(new Region(q + "available ring", device, queue, a, l.driverAreaBytes()));
        regions.add(new Region(q + "used ring", device, queue, u, l.deviceAreaBytes()));
    }

    private void packed(int device, int queue, PackedQueueState s) {
        RingLayout l = s.layout();
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
        regions.add(new Region(q + "descriptor ring", device, queue, d, l.descBytes()));
        regions.add(new Region(q + "driver event suppression", device, queue, drv, l.driverAreaBytes()));
        regions.add(new Region(q + "device event suppression", device, queue, dev, l.deviceAreaBytes()));
    }
}
