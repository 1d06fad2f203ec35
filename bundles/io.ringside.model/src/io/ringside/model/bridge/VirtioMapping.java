package io.ringside.model.bridge;

import static io.ringside.model.bridge.Fields.hex;
import static io.ringside.model.bridge.Fields.set;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;

import io.ringside.core.state.StateNode;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.model.trace.Queue;
import io.ringside.model.trace.TracePackage;
import io.ringside.model.virtio.BufferState;
import io.ringside.model.virtio.Descriptor;
import io.ringside.model.virtio.DescriptorChain;
import io.ringside.model.virtio.EventSuppression;
import io.ringside.model.virtio.FeatureSet;
import io.ringside.model.virtio.PackedVirtqueue;
import io.ringside.model.virtio.SplitVirtqueue;
import io.ringside.model.virtio.UsedElement;
import io.ringside.model.virtio.VirtioDevice;
import io.ringside.model.virtio.VirtioFactory;
import io.ringside.model.virtio.VirtioPackage;
import io.ringside.model.virtio.Virtqueue;

/**
 * The EMF view of a memory-level virtio device, from its full state tree (the virtio model's
 * {@code VirtioStateTree}: per queue the {@code descriptorTable}, {@code availRingSlots},
 * {@code usedRingSlots} and {@code bufferTable} images, whose state codes are {@link BufferState}'s
 * values). One object per descriptor and ring slot, made once; {@link #update} sets what changed.
 */
final class VirtioMapping {

    /** The virtio model's name (io.ringside.virtio.VirtioModel), whose trees this mapping reads. */
    static final String MODEL = "virtio";

    // split descriptor flags (VIRTIO 1.3 §2.7.5) and packed ones (§2.8.1): as the trees hold them
    private static final int F_NEXT = 1, F_WRITE = 2, F_INDIRECT = 4, F_AVAIL = 1 << 7, F_USED = 1 << 15;
    private static final int EV_ENABLE = 0, EV_DISABLE = 1, EV_DESC = 2;

    private VirtioMapping() {
    }

    static VirtioDevice create(DeviceInfo info, StateNode tree) {
        VirtioFactory f = VirtioFactory.eINSTANCE;
        VirtioDevice d = f.createVirtioDevice();
        ModelBridge.initDevice(d, info);
        d.setFeatures(info.features());
        FeatureSet fs = f.createFeatureSet();
        long b = info.features();
        List<String> names = texts(tree.get("featureNames"));
        fs.setBits(b);
        fs.setVersion1(names.contains("VERSION_1"));
        fs.setRingPacked(names.contains("RING_PACKED"));
        fs.setEventIdx(names.contains("EVENT_IDX"));
        fs.setInOrder(names.contains("IN_ORDER"));
        fs.setIndirectDesc(names.contains("INDIRECT_DESC"));
        fs.setNotificationData(names.contains("NOTIFICATION_DATA"));
        String joined = String.join(" ", names);
        fs.setNames(joined);
        fs.setLabel(hex(b) + (joined.isEmpty() ? "" : " " + joined));
        d.setFeatureSet(fs);
        for (StateNode q : tree.get("queues").children()) {
            d.getQueues().add(packed(q) ? newPacked(q) : newSplit(q));
        }
        return d;
    }

    static void update(VirtioDevice d, StateNode tree) {
        EList<Queue> qs = d.getQueues();
        List<StateNode> queues = tree.get("queues").children();
        for (int i = 0; i < qs.size() && i < queues.size(); i++) {
            StateNode q = queues.get(i);
            Virtqueue vq = (Virtqueue) qs.get(i);
            updateVirtqueue(vq, q);
            if (vq instanceof SplitVirtqueue sv && !packed(q)) {
                updateSplit(sv, q);
            } else if (vq instanceof PackedVirtqueue pv && packed(q)) {
                updatePacked(pv, q);
            }
            updateChains(vq, q);
        }
    }

    private static boolean packed(StateNode q) {
        return "packed".equals(q.text("layout", ""));
    }

    private static void initVirtqueue(Virtqueue vq, StateNode q) {
        VirtioFactory f = VirtioFactory.eINSTANCE;
        List<String> features = texts(q.get("features"));
        int size = (int) q.number("size", 0);
        vq.setIndex((int) q.number("queue", 0));
        vq.setSize(size);
        vq.setLayout(q.text("layout", ""));
        vq.setEventIdx(features.contains("EVENT_IDX"));
        vq.setInOrder(features.contains("IN_ORDER"));
        vq.setIndirect(features.contains("INDIRECT_DESC"));
        for (int i = 0; i < size; i++) {
            Descriptor d = f.createDescriptor();
            d.setIndex(i);
            d.setNext(-1);
            d.setId(-1);
            d.setState(BufferState.FREE);
            d.setLabel(descLabel(i, 0, 0, 0, -1, BufferState.FREE, false, 0));
            vq.getDescriptors().add(d);
        }
    }

    private static SplitVirtqueue newSplit(StateNode q) {
        VirtioFactory f = VirtioFactory.eINSTANCE;
        SplitVirtqueue vq = f.createSplitVirtqueue();
        initVirtqueue(vq, q);
        vq.setAvailRing(f.createAvailRing());
        vq.setUsedRing(f.createUsedRing());
        for (int i = 0; i < vq.getSize(); i++) {
            UsedElement u = f.createUsedElement();
            u.setSlot(i);
            u.setId(-1);
            vq.getUsedRing().getElements().add(u);
        }
        return vq;
    }

    private static PackedVirtqueue newPacked(StateNode q) {
        VirtioFactory f = VirtioFactory.eINSTANCE;
        PackedVirtqueue vq = f.createPackedVirtqueue();
        initVirtqueue(vq, q);
        vq.setDriverEvent(f.createEventSuppression());
        vq.setDeviceEvent(f.createEventSuppression());
        return vq;
    }

    private static void updateVirtqueue(Virtqueue vq, StateNode q) {
        StateNode m = q.get("metrics");
        long out = m.number("outstanding", 0);
        long used = m.number("filled", 0);
        set(vq, TracePackage.Literals.QUEUE__OUTSTANDING, (int) out);
        set(vq, TracePackage.Literals.QUEUE__NOTIFICATIONS, m.number("kicks", 0));
        set(vq, TracePackage.Literals.QUEUE__INTERRUPTS, m.number("interrupts", 0));
        set(vq, TracePackage.Literals.QUEUE__REQUESTS, used);
        set(vq, VirtioPackage.Literals.VIRTQUEUE__LAST_AVAIL_IDX, (int) m.number("lastAvailIdx", 0));
        set(vq, VirtioPackage.Literals.VIRTQUEUE__AVAIL_IDX, (int) m.number("availIdx", 0));
        set(vq, VirtioPackage.Literals.VIRTQUEUE__USED_IDX, (int) m.number("usedIdx", 0));
        set(vq, VirtioPackage.Literals.VIRTQUEUE__BUFFERS_MADE_AVAILABLE, m.number("buffers", 0));
        set(vq, VirtioPackage.Literals.VIRTQUEUE__BUFFERS_USED, used);
        set(vq, VirtioPackage.Literals.VIRTQUEUE__KICKS_SUPPRESSED, m.number("kicksSuppressed", 0));
        set(vq, VirtioPackage.Literals.VIRTQUEUE__INTERRUPTS_SUPPRESSED, m.number("interruptsSuppressed", 0));
        StateNode batches = m.get("batchSizes"); // IN_ORDER only: batch size ("9+" the largest) -> count
        if (batches != null) {
            StringBuilder sb = new StringBuilder();
            for (StateNode b : batches.children()) {
                sb.append(sb.isEmpty() ? "" : " ").append(b.name()).append(':').append(b.number());
            }
            set(vq, VirtioPackage.Literals.VIRTQUEUE__BATCHES, sb.toString());
        }
        set(vq, TracePackage.Literals.QUEUE__LABEL, "q" + vq.getIndex() + " " + vq.getLayout() + " size " + vq.getSize()
                + ": " + out + " outstanding, " + used + " used, " + m.number("kicks", 0) + " kicks, "
                + m.number("interrupts", 0) + " interrupts");
    }

    private static void updateSplit(SplitVirtqueue vq, StateNode q) {
        int n = vq.getSize();
        StateNode t = q.get("descriptorTable");
        long[] addr = t.column("addr");
        long[] len = t.column("len");
        long[] flags = t.column("flags");
        long[] next = t.column("next");
        long[] owner = t.column("owner");
        long[] state = q.get("bufferTable").column("state");
        EList<Descriptor> descs = vq.getDescriptors();
        for (int i = 0; i < n && i < descs.size(); i++) {
            BufferState st = owner[i] >= 0 ? BufferState.get((int) state[(int) owner[i]]) : BufferState.FREE;
            int f = (int) flags[i];
            boolean hasNext = (f & F_NEXT) != 0;
            updateDescriptor(descs.get(i), addr[i], len[i], f, hasNext ? (int) next[i] : -1, -1, st, (f & F_WRITE) != 0,
                    hasNext, (f & F_INDIRECT) != 0, false, false);
        }
        StateNode drv = q.get("driver");
        StateNode dev = q.get("device");
        boolean eventIdx = vq.isEventIdx();
        int availIdx = (int) drv.number("availIdx", 0);
        int availFlags = (int) drv.number("availFlags", 0);
        int usedEvent = (int) drv.number("usedEventValue", 0);
        var avail = vq.getAvailRing();
        set(avail, VirtioPackage.Literals.AVAIL_RING__IDX, availIdx);
        set(avail, VirtioPackage.Literals.AVAIL_RING__FLAGS, availFlags);
        set(avail, VirtioPackage.Literals.AVAIL_RING__USED_EVENT, usedEvent);
        long[] heads = q.get("availRingSlots").column("head");
        int[] ring = new int[n];
        for (int s = 0; s < n; s++) {
            ring[s] = (int) heads[s];
        }
        Fields.setInts(avail.getRing(), ring, n);
        set(avail, VirtioPackage.Literals.AVAIL_RING__LABEL, "idx " + availIdx + ", flags " + availFlags
                + (eventIdx ? ", used_event " + usedEvent : "") + "; device fetched up to " + dev.number("nextFetchIdx", 0));
        int usedIdx = (int) dev.number("usedIdx", 0);
        int usedFlags = (int) dev.number("usedFlags", 0);
        int availEvent = (int) dev.number("availEventValue", 0);
        var used = vq.getUsedRing();
        set(used, VirtioPackage.Literals.USED_RING__IDX, usedIdx);
        set(used, VirtioPackage.Literals.USED_RING__FLAGS, usedFlags);
        set(used, VirtioPackage.Literals.USED_RING__AVAIL_EVENT, availEvent);
        set(used, VirtioPackage.Literals.USED_RING__LABEL, "idx " + usedIdx + ", flags " + usedFlags
                + (eventIdx ? ", avail_event " + availEvent : ""));
        StateNode u = q.get("usedRingSlots");
        long[] ids = u.column("id");
        long[] lens = u.column("len");
        EList<UsedElement> els = used.getElements();
        for (int s = 0; s < n && s < els.size(); s++) {
            UsedElement e = els.get(s);
            int id = (int) ids[s];
            int batch = 1;
            if (vq.isInOrder()) {
                batch = Math.floorMod(id - (int) ids[(s + n - 1) % n], n);
                if (batch == 0) {
                    batch = 1;
                }
            }
            set(e, VirtioPackage.Literals.USED_ELEMENT__ID, id);
            set(e, VirtioPackage.Literals.USED_ELEMENT__LEN, lens[s]);
            set(e, VirtioPackage.Literals.USED_ELEMENT__BATCH, batch);
            set(e, VirtioPackage.Literals.USED_ELEMENT__LABEL, "[" + s + "] id " + id + " len " + lens[s]
                    + (vq.isInOrder() && batch > 1 ? " (IN_ORDER batch: " + batch + " descriptors)" : ""));
        }
    }

    private static void updatePacked(PackedVirtqueue vq, StateNode q) {
        int n = vq.getSize();
        StateNode t = q.get("descriptorTable");
        long[] addr = t.column("addr");
        long[] len = t.column("len");
        long[] ids = t.column("id");
        long[] flags = t.column("flags");
        long[] slot = t.column("slotState");
        EList<Descriptor> descs = vq.getDescriptors();
        for (int i = 0; i < n && i < descs.size(); i++) {
            int f = (int) flags[i];
            boolean hasNext = (f & F_NEXT) != 0;
            updateDescriptor(descs.get(i), addr[i], len[i], f, hasNext ? (i + 1) % n : -1, (int) ids[i],
                    BufferState.get((int) slot[i]), (f & F_WRITE) != 0, hasNext, (f & F_INDIRECT) != 0,
                    (f & F_AVAIL) != 0, (f & F_USED) != 0);
        }
        StateNode drv = q.get("driver");
        StateNode dev = q.get("device");
        set(vq, VirtioPackage.Literals.PACKED_VIRTQUEUE__DRIVER_POSITION, (int) drv.number("nextPosition", 0));
        set(vq, VirtioPackage.Literals.PACKED_VIRTQUEUE__DRIVER_WRAP_COUNTER, drv.number("wrapCounter", 0) == 1);
        set(vq, VirtioPackage.Literals.PACKED_VIRTQUEUE__DEVICE_READ_POSITION, (int) dev.number("nextReadPosition", 0));
        set(vq, VirtioPackage.Literals.PACKED_VIRTQUEUE__DEVICE_READ_WRAP_COUNTER, dev.number("readWrapCounter", 0) == 1);
        set(vq, VirtioPackage.Literals.PACKED_VIRTQUEUE__DEVICE_USED_POSITION, (int) dev.number("nextUsedPosition", 0));
        set(vq, VirtioPackage.Literals.PACKED_VIRTQUEUE__DEVICE_USED_WRAP_COUNTER, dev.number("usedWrapCounter", 0) == 1);
        updateEvent(vq.getDriverEvent(), drv, "driver");
        updateEvent(vq.getDeviceEvent(), dev, "device");
    }

    private static void updateEvent(EventSuppression es, StateNode side, String who) {
        int offWrap = (int) side.number("eventOffWrap", 0);
        int flags = (int) side.number("eventFlags", 0);
        String mode = switch (flags) {
            case EV_ENABLE -> "enable";
            case EV_DISABLE -> "disable";
            case EV_DESC -> "desc";
            default -> "reserved (" + flags + ")";
        };
        set(es, VirtioPackage.Literals.EVENT_SUPPRESSION__OFF_WRAP, offWrap);
        set(es, VirtioPackage.Literals.EVENT_SUPPRESSION__FLAGS, flags);
        set(es, VirtioPackage.Literals.EVENT_SUPPRESSION__OFFSET, offWrap & 0x7fff);
        set(es, VirtioPackage.Literals.EVENT_SUPPRESSION__WRAP, (offWrap & 0x8000) != 0);
        set(es, VirtioPackage.Literals.EVENT_SUPPRESSION__MODE, mode);
        set(es, VirtioPackage.Literals.EVENT_SUPPRESSION__LABEL, who + ": " + mode
                + (flags == EV_DESC ? " at " + (offWrap & 0x7fff) + " wrap " + ((offWrap >> 15) & 1) : ""));
    }

    private static void updateDescriptor(Descriptor d, long addr, long len, int flags, int next, int id, BufferState st,
            boolean write, boolean hasNext, boolean indirect, boolean a, boolean u) {
        set(d, VirtioPackage.Literals.DESCRIPTOR__ADDR, addr);
        set(d, VirtioPackage.Literals.DESCRIPTOR__LEN, len);
        set(d, VirtioPackage.Literals.DESCRIPTOR__FLAGS, flags);
        set(d, VirtioPackage.Literals.DESCRIPTOR__NEXT, next);
        set(d, VirtioPackage.Literals.DESCRIPTOR__ID, id);
        set(d, VirtioPackage.Literals.DESCRIPTOR__STATE, st);
        set(d, VirtioPackage.Literals.DESCRIPTOR__WRITE, write);
        set(d, VirtioPackage.Literals.DESCRIPTOR__HAS_NEXT, hasNext);
        set(d, VirtioPackage.Literals.DESCRIPTOR__INDIRECT, indirect);
        set(d, VirtioPackage.Literals.DESCRIPTOR__AVAIL, a);
        set(d, VirtioPackage.Literals.DESCRIPTOR__USED, u);
        set(d, VirtioPackage.Literals.DESCRIPTOR__LABEL, descLabel(d.getIndex(), addr, len, flags, next, st, write, id));
    }

    static String descLabel(int index, long addr, long len, int flags, int next, BufferState st, boolean write, int id) {
        StringBuilder sb = new StringBuilder();
        sb.append('[').append(index).append("] ");
        if (addr == 0 && len == 0 && flags == 0) {
            return sb.append("empty").toString();
        }
        sb.append(hex(addr)).append(" len ").append(len).append(write ? " W" : " R");
        if (id >= 0) {
            sb.append(" id ").append(id);
        }
        if (next >= 0) {
            sb.append(" next ").append(next);
        }
        return sb.append(", ").append(st.getLiteral()).toString();
    }

    /** One DescriptorChain per outstanding buffer; descriptors point at their chain. */
    private static void updateChains(Virtqueue vq, StateNode q) {
        int n = vq.getSize();
        EList<Descriptor> descs = vq.getDescriptors();
        Map<Integer, List<Descriptor>> byHead = new HashMap<>();
        StateNode table = q.get("descriptorTable");
        if (vq instanceof SplitVirtqueue) {
            long[] owner = table.column("owner");
            long[] flags = table.column("flags");
            long[] next = table.column("next");
            for (int i = 0; i < n && i < descs.size(); i++) {
                if (owner[i] >= 0) {
                    byHead.computeIfAbsent((int) owner[i], k -> new ArrayList<>());
                }
            }
            // follow each chain from its head, bounded by the queue size
            for (Map.Entry<Integer, List<Descriptor>> e : byHead.entrySet()) {
                int i = e.getKey();
                for (int ttl = 0; ttl < n && i >= 0 && i < n && owner[i] == e.getKey(); ttl++) {
                    e.getValue().add(descs.get(i));
                    if ((flags[i] & F_NEXT) == 0) {
                        break;
                    }
                    i = (int) next[i];
                }
            }
        } else {
            long[] ids = table.column("id");
            for (int i = 0; i < n && i < descs.size(); i++) {
                Descriptor d = descs.get(i);
                BufferState st = d.getState();
                if (st == BufferState.AVAILABLE || st == BufferState.IN_FLIGHT) {
                    byHead.computeIfAbsent((int) ids[i], k -> new ArrayList<>()).add(d);
                }
            }
        }
        StateNode buffers = q.get("bufferTable");
        long[] state = buffers.column("state");
        long[] writable = buffers.column("writableBytes");
        EList<DescriptorChain> chains = vq.getChains();
        List<Integer> heads = new ArrayList<>(byHead.keySet());
        heads.sort(null);
        Fields.resize(chains, heads.size(), k -> VirtioFactory.eINSTANCE.createDescriptorChain());
        for (Descriptor d : descs) {
            if (d.getChain() != null && !byHead.containsKey(d.getChain().getHead())) {
                d.setChain(null);
            }
        }
        for (int k = 0; k < heads.size(); k++) {
            int head = heads.get(k);
            DescriptorChain c = chains.get(k);
            List<Descriptor> members = byHead.get(head);
            boolean known = head >= 0 && head < n;
            BufferState st = known ? BufferState.get((int) state[head]) : BufferState.FREE;
            set(c, VirtioPackage.Literals.DESCRIPTOR_CHAIN__HEAD, head);
            set(c, VirtioPackage.Literals.DESCRIPTOR_CHAIN__LENGTH, members.size());
            set(c, VirtioPackage.Literals.DESCRIPTOR_CHAIN__WRITABLE_BYTES, known ? writable[head] : 0L);
            set(c, VirtioPackage.Literals.DESCRIPTOR_CHAIN__STATE, st);
            set(c, VirtioPackage.Literals.DESCRIPTOR_CHAIN__LABEL, (vq instanceof SplitVirtqueue ? "head " : "id ") + head
                    + ": " + members.size() + " descriptor(s), " + c.getWritableBytes() + " writable bytes, "
                    + st.getLiteral());
            if (!c.getDescriptors().equals(members)) {
                c.getDescriptors().clear();
                c.getDescriptors().addAll(members);
            }
            for (Descriptor d : members) {
                if (d.getChain() != c) {
                    d.setChain(c);
                }
            }
        }
    }

    private static List<String> texts(StateNode list) {
        List<String> l = new ArrayList<>();
        for (StateNode n : list.children()) {
            l.add(n.text());
        }
        return l;
    }
}
