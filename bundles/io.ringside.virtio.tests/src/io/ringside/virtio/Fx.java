package io.ringside.virtio;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.NeedEvent;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.QueueInfo;
import io.ringside.core.trace.TraceEvent;

/**
 * Test fixture that plays the driver and the device by hand: writes ring events into a
 * {@link VirtioEngine} and collects the violations (in the spirit of rust-vmm's mock rings).
 */
final class Fx {

    static final int R = 0, N = SplitQueueState.F_NEXT, W = SplitQueueState.F_WRITE, I = SplitQueueState.F_INDIRECT;
    static final int AV = PackedQueueState.F_AVAIL, US = PackedQueueState.F_USED;

    final VirtioEngine engine;
    final List<Violation> found = new ArrayList<>();
    final TraceEvent e = new TraceEvent();
    long seq;
    int queue = 0;

    Fx(boolean packed, int size, int... featureBits) {
        this(packed ? RingLayout.packed(0x10000, size).toQueueInfo(0) : RingLayout.split(0x10000, size).toQueueInfo(0),
                NeedEvent.LINUX, featureBits);
    }

    Fx(QueueInfo q, NeedEvent ne, int... featureBits) {
        long f = VirtioFeatures.bit(VirtioFeatures.VERSION_1);
        for (int b : featureBits) {
            f |= VirtioFeatures.bit(b);
        }
        engine = new VirtioEngine(new DeviceInfo(0, "virtio-blk", null, f, null, null, List.of(q)), ne);
    }

    /** Plays into an engine built elsewhere (by the model, from a header). */
    Fx(VirtioEngine engine) {
        this.engine = engine;
    }

    static Fx split(int size, int... features) {
        return new Fx(false, size, features);
    }

    static Fx packed(int size, int... features) {
        return new Fx(true, size, features);
    }

    TraceEvent start(VirtioEvent t) {
        return e.reset(t).seq(seq++).device(0).queue(queue);
    }

    Fx apply() {
        engine.apply(e, found::add);
        return this;
    }

    Fx ev(VirtioEvent t, long... slots) {
        start(t);
        for (int i = 0; i < slots.length; i++) {
            e.set(i, slots[i]);
        }
        return apply();
    }

    // split
    Fx desc(int i, long addr, long len, int flags, int next) {
        return ev(VirtioEvent.DESC, i, addr, len, flags, next);
    }

    Fx indirect(long table, int i, long addr, long len, int flags, int next) {
        start(VirtioEvent.DESC).set(0, i).set(1, addr).set(2, len).set(3, flags).set(4, next).set(6, table);
        return apply();
    }

    /** A virtio-blk request at descriptors h, h+1, h+2: header (R), 4 KiB data (W), status (W). */
    Fx request(int h, int size) {
        desc(h, 0x100000 + h * 0x1000L, 16, N, (h + 1) % size);
        desc((h + 1) % size, 0x200000 + h * 0x1000L, 4096, W | N, (h + 2) % size);
        return desc((h + 2) % size, 0x300000 + h, 1, W, 0);
    }

    Fx availRing(int slot, int id) {
        return ev(VirtioEvent.AVAIL_RING, slot, id);
    }

    Fx availIdx(int v) {
        return ev(VirtioEvent.AVAIL_IDX, v);
    }

    Fx fetch(int idx, int head) {
        return ev(VirtioEvent.FETCH, idx, head);
    }

    Fx usedRing(int slot, int id, long len) {
        return ev(VirtioEvent.USED_RING, slot, id, len);
    }

    Fx usedIdx(int v) {
        return ev(VirtioEvent.USED_IDX, v);
    }

    Fx bufWrite(int id, long addr, long len) {
        return ev(VirtioEvent.BUF_WRITE, id, addr, len);
    }

    Fx kick() {
        return ev(VirtioEvent.KICK);
    }

    Fx kickSkip() {
        return ev(VirtioEvent.KICK_SKIP);
    }

    Fx irq() {
        return ev(VirtioEvent.IRQ);
    }

    Fx irqSkip() {
        return ev(VirtioEvent.IRQ_SKIP);
    }

    // packed
    Fx pdesc(int i, long addr, long len, int id, int flags) {
        start(VirtioEvent.DESC).set(0, i).set(1, addr).set(2, len).set(3, flags).set(5, id);
        return apply();
    }

    Fx pindirect(long table, int i, long addr, long len, int flags) {
        start(VirtioEvent.DESC).set(0, i).set(1, addr).set(2, len).set(3, flags).set(5, 0).set(6, table);
        return apply();
    }

    Fx usedDesc(int i, int id, long len, int flags) {
        return ev(VirtioEvent.USED_DESC, i, id, len, flags);
    }

    /** A packed request at ring positions p..p+2 (no wrap), buffer id in every descriptor. */
    Fx prequest(int p, int id, boolean wrap) {
        int a = wrap ? AV : US;
        pdesc(p + 1, 0x200000 + id * 0x1000L, 4096, id, W | N | a);
        pdesc(p + 2, 0x300000 + id, 1, id, W | a);
        return pdesc(p, 0x100000 + id * 0x1000L, 16, id, N | a);
    }

    Fx finish() {
        engine.finish(seq, found::add);
        return this;
    }

    Set<String> rules() {
        Set<String> s = new TreeSet<>();
        for (Violation v : found) {
            s.add(v.ruleId());
        }
        return s;
    }

    @Override
    public String toString() {
        return found.toString();
    }
}
