package io.ringside.qemu.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.QueueInfo;
import io.ringside.qemu.OpEvent;
import io.ringside.qemu.QemuOptions;

/**
 * The virtio devices and queues a QEMU log names, for the {@link Translator}: devices by {@code vdev}
 * pointer, queues by {@code vq} pointer (each bounded by {@link Translator#MAX_POINTERS}, looked up
 * through small direct-mapped caches on the per-line path), which device owns each queue, and what each
 * queue showed per device epoch (fills, flushes: its layout). Discovery creates them; the emit pass gets a
 * copy of what discovery found ({@link #VirtioDevices(VirtioDevices)}) and only looks them up. After
 * discovery they become the trace header's virtio devices ({@link #device}).
 */
final class VirtioDevices {

    /** A virtio device (vdev pointer). */
    static final class Vdev {
        final long ptr;
        final long firstLine;
        String type = "virtio";
        int epoch;
        boolean dirty;
        int id = -1;
        /** First lines that showed the device's type, a fill and a flush (0: none; discovery). */
        long typeLine;
        long firstFill;
        long firstFlush;
        /** The features given for it ({@link DeviceSettings}), null when none; epochs they do not apply to. */
        QemuOptions.Features features;
        Set<Integer> otherEpochs = Set.of();

        Vdev(long ptr, long firstLine) {
            this.ptr = ptr;
            this.firstLine = firstLine;
        }
    }

    /** A virtqueue (vq pointer). */
    static final class Vq {
        final long ptr;
        long vdev; // 0 = not known (yet)
        int n = -1; // queue number when logged
        int index = -1; // final queue index
        int announcedEpoch = -1;
        int pendingFlags; // discovery: flags seen before the vdev was known
        Vdev ownerRef; // cache of owner()
        int markedEpoch = -1; // cache of mark(): flags known to be in layouts for (ptr, markedEpoch)
        int markedFlags;
        /** Discovery: whether pops had device-readable parts (out_num > 0), only device-writable ones, or both. */
        int pops;
        static final int READABLE_POP = 1;
        static final int WRITABLE_POP = 2;

        Vq(long ptr) {
            this.ptr = ptr;
        }
    }

    /** A queue's epoch (a plain class: a record's equals/hashCode bootstrap costs more than this whole import on small logs). */
    static final class EpochKey {
        final long vq;
        final int epoch;

        EpochKey(long vq, int epoch) {
            this.vq = vq;
            this.epoch = epoch;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof EpochKey k && k.vq == vq && k.epoch == epoch;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(vq) * 31 + epoch;
        }
    }

    static final int SAW_FILL = 1;
    static final int SAW_FLUSH = 2;

    // direct-mapped caches of the pointer maps (entries are never removed from those)
    private static final int CACHE = 64;

    private final boolean emit;
    private final Map<Long, Vdev> vdevs = new LinkedHashMap<>();
    private final Map<Long, Vq> vqs = new HashMap<>();
    private final Map<EpochKey, Integer> layouts;
    private final long[] vdevKeys = new long[CACHE];
    private final Vdev[] vdevCache = new Vdev[CACHE];
    private final long[] vqKeys = new long[CACHE];
    private final Vq[] vqCache = new Vq[CACHE];
    private long unknownVdev = 0;
    /** Whether the log comes from a QEMU without VIRTIO_F_IN_ORDER (fills without flushes are then packed). */
    private boolean beforeInOrder;

    /** Discovery mode. */
    VirtioDevices() {
        this.emit = false;
        this.layouts = new HashMap<>();
    }

    /** Emit mode, with the devices, queues and layouts a discovery pass found. */
    VirtioDevices(VirtioDevices discovered) {
        this.emit = true;
        this.layouts = discovered.layouts;
        for (Vdev v : discovered.vdevs.values()) {
            Vdev c = new Vdev(v.ptr, v.firstLine);
            c.type = v.type;
            c.id = v.id;
            c.features = v.features;
            c.otherEpochs = v.otherEpochs;
            vdevs.put(c.ptr, c);
        }
        for (Vq q : discovered.vqs.values()) {
            Vq c = new Vq(q.ptr);
            c.vdev = q.vdev;
            c.n = q.n;
            c.index = q.index;
            vqs.put(c.ptr, c);
        }
        this.unknownVdev = discovered.unknownVdev;
        this.beforeInOrder = discovered.beforeInOrder;
    }

    Map<Long, Vdev> vdevs() {
        return vdevs;
    }

    Map<Long, Vq> vqs() {
        return vqs;
    }

    Map<EpochKey, Integer> layouts() {
        return layouts;
    }

    boolean beforeInOrder() {
        return beforeInOrder;
    }

    void beforeInOrder(boolean b) {
        this.beforeInOrder = b;
    }

    private static int slot(long ptr) {
        long h = ptr * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 58); // top 6 bits: CACHE = 64
    }

    Vdev vdev(long ptr, long line) throws Translator.LimitException {
        int s = slot(ptr);
        Vdev c = vdevCache[s];
        if (c != null && vdevKeys[s] == ptr) {
            return c;
        }
        Vdev v = vdevs.get(ptr);
        if (v == null) {
            if (emit) {
                return null; // cannot happen: discovery saw every pointer
            }
            if (vdevs.size() >= Translator.MAX_POINTERS) {
                throw new Translator.LimitException("more than " + Translator.MAX_POINTERS + " virtio device pointers");
            }
            v = new Vdev(ptr, line);
            vdevs.put(ptr, v);
        }
        vdevKeys[s] = ptr;
        vdevCache[s] = v;
        return v;
    }

    Vq vq(long ptr) throws Translator.LimitException {
        int s = slot(ptr);
        Vq c = vqCache[s];
        if (c != null && vqKeys[s] == ptr) {
            return c;
        }
        Vq q = vqs.get(ptr);
        if (q == null) {
            if (emit) {
                return null;
            }
            if (vqs.size() >= Translator.MAX_POINTERS) {
                throw new Translator.LimitException("more than " + Translator.MAX_POINTERS + " virtqueue pointers");
            }
            q = new Vq(ptr);
            vqs.put(ptr, q);
        }
        vqKeys[s] = ptr;
        vqCache[s] = q;
        return q;
    }

    void link(Vq q, Vdev v) {
        if (q.vdev == 0 && v != null) {
            q.vdev = v.ptr;
            if (!emit && q.pendingFlags != 0) {
                orLayout(q.ptr, v.epoch, q.pendingFlags);
                q.pendingFlags = 0;
            }
        }
    }

    Vdev owner(Vq q) {
        Vdev o = q.ownerRef;
        if (o != null) {
            return o; // a queue's device never changes once known
        }
        if (q.vdev != 0) {
            o = vdevs.get(q.vdev);
        } else if (emit) {
            o = vdevs.get(unknownVdev);
        }
        q.ownerRef = o;
        return o;
    }

    void mark(Vq q, int flag, long line) {
        if (emit) {
            return;
        }
        Vdev v = owner(q);
        if (v != null && flag == SAW_FILL && v.firstFill == 0) {
            v.firstFill = line;
        } else if (v != null && flag == SAW_FLUSH && v.firstFlush == 0) {
            v.firstFlush = line;
        }
        if (v == null) {
            q.pendingFlags |= flag;
        } else if (q.markedEpoch == v.epoch && (q.markedFlags & flag) == flag) {
            return; // already recorded for this epoch
        } else if (layouts.size() < Translator.MAX_EPOCH_KEYS) {
            orLayout(q.ptr, v.epoch, flag);
            q.markedFlags = layouts.get(new EpochKey(q.ptr, v.epoch));
            q.markedEpoch = v.epoch;
        }
    }

    private void orLayout(long vq, int epoch, int flags) {
        EpochKey k = new EpochKey(vq, epoch);
        Integer have = layouts.get(k);
        layouts.put(k, have == null ? flags : have | flags);
    }

    /** The layout of queue {@code q} of device {@code v} in its current epoch ({@link DeviceSettings#layout}). */
    int layout(Vq q, Vdev v) {
        return DeviceSettings.layout(layouts.get(new EpochKey(q.ptr, v.epoch)), v, v.epoch, beforeInOrder);
    }

    /** After discovery: queues without a device go to the only device, else to a device of unknown pointer. */
    void attachOrphans() {
        List<Vq> orphans = new ArrayList<>();
        for (Vq q : vqs.values()) {
            if (q.vdev == 0) {
                orphans.add(q);
            }
        }
        if (!orphans.isEmpty()) {
            Vdev target;
            if (vdevs.size() == 1) {
                target = vdevs.values().iterator().next();
            } else {
                target = new Vdev(0, Long.MAX_VALUE);
                vdevs.put(0L, target);
            }
            unknownVdev = target.ptr;
            for (Vq q : orphans) {
                q.vdev = target.ptr;
                if (q.pendingFlags != 0) {
                    orLayout(q.ptr, 0, q.pendingFlags);
                }
            }
        }
    }

    /** Device {@code v} as the trace header lists it: its queues numbered, with their last epoch's layout. */
    DeviceInfo device(Vdev v) {
        List<Vq> mine = new ArrayList<>();
        for (Vq q : vqs.values()) {
            if (q.vdev == v.ptr) {
                mine.add(q);
            }
        }
        mine.sort(new java.util.Comparator<Vq>() {
            @Override
            public int compare(Vq a, Vq b) {
                return Long.compareUnsigned(a.ptr, b.ptr);
            }
        });
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (Vq q : mine) {
            if (q.n >= 0) {
                if (used.add(q.n)) {
                    q.index = q.n;
                } else {
                    q.n = -1; // two pointers claim one number: keep the first
                }
            }
        }
        int free = 0;
        for (Vq q : mine) {
            if (q.index < 0) {
                while (used.contains(free)) {
                    free++;
                }
                q.index = free;
                used.add(free);
            }
        }
        mine.sort(new java.util.Comparator<Vq>() {
            @Override
            public int compare(Vq a, Vq b) {
                return Integer.compare(a.index, b.index);
            }
        });
        List<QueueInfo> queues = new ArrayList<>();
        for (Vq q : mine) {
            int last = -1;
            String layout = "unknown";
            for (Map.Entry<EpochKey, Integer> en : layouts.entrySet()) {
                if (en.getKey().vq == q.ptr && en.getKey().epoch > last) {
                    last = en.getKey().epoch;
                    int code = DeviceSettings.layout(en.getValue(), v, last, beforeInOrder) & DeviceSettings.LAYOUT_MASK;
                    layout = code == OpEvent.LAYOUT_PACKED_OR_IN_ORDER ? "unknown" : OpEvent.layoutName(code);
                }
            }
            Map<String, Long> props = new LinkedHashMap<>();
            props.put("vqAddr", q.ptr);
            props.put("indexKnown", q.n >= 0 ? 1L : 0L);
            queues.add(new QueueInfo(q.index, layout, 0, props));
        }
        Map<String, String> strings = new LinkedHashMap<>();
        String hex = "0x".concat(Long.toHexString(v.ptr)); // (concat: no indy bootstrap on the import path)
        strings.put("qemu.vdev", v.ptr == 0 ? "unknown" : hex);
        strings.put("queueSize", "not in the log");
        strings.put("features", v.features == null ? "not in the log"
                : "0x".concat(Long.toHexString(v.features.word())).concat(" (given: --virtio-features)"));
        if (v.type.equals("virtio-net")) {
            strings.put(NetQueues.ROLES, NetQueues.roles(mine, v.features));
        }
        if (!v.otherEpochs.isEmpty()) {
            strings.put("featuresNotIn", "epoch(s) ".concat(DeviceSettings.ranges(v.otherEpochs))
                    .concat(": another driver's negotiation, as the log shows"));
        }
        String name = v.ptr == 0 ? v.type.concat(" (device pointer not in the log)") : v.type.concat("@").concat(hex);
        return new DeviceInfo(v.id, v.type, name, v.features == null ? 0 : v.features.word(), Map.of(), strings, queues);
    }
}
