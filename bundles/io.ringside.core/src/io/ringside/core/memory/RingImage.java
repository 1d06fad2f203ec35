package io.ringside.core.memory;

import java.util.ArrayList;
import java.util.List;

/**
 * Guest memory rebuilt from a replay state at the addresses the trace header gives: what the debugger's
 * Memory view shows. Each device model writes its rings into it ({@link
 * io.ringside.core.engine.DeviceEngine#writeRings}) and names the regions it wrote; bytes the trace never
 * wrote read as zero.
 */
public final class RingImage {

    /** A rebuilt region: what it is, where it starts, how long it is. */
    public record Region(String name, int device, int queue, long address, long length) {
    }

    private final GuestMemory memory = new GuestMemory();
    private final List<Region> regions = new ArrayList<>();

    public GuestMemory memory() {
        return memory;
    }

    /** Names a region written (by a device model). */
    public void addRegion(Region r) {
        regions.add(r);
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
}
