package io.ringside.model.bridge;

import static io.ringside.model.bridge.Fields.hex;
import static io.ringside.model.bridge.Fields.set;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.engine.Replay;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceHeader;
import io.ringside.model.nvme.BufferValue;
import io.ringside.model.nvme.CompletionEntry;
import io.ringside.model.nvme.Controller;
import io.ringside.model.nvme.DoorbellRegister;
import io.ringside.model.nvme.NvmeFactory;
import io.ringside.model.nvme.NvmePackage.Literals;
import io.ringside.model.nvme.QueuePair;
import io.ringside.model.nvme.SlotState;
import io.ringside.model.nvme.SubmissionEntry;
import io.ringside.model.trace.Cursor;
import io.ringside.model.trace.Device;
import io.ringside.model.trace.GenericDevice;
import io.ringside.model.trace.GenericQueue;
import io.ringside.model.trace.Queue;
import io.ringside.model.trace.StateEntry;
import io.ringside.model.trace.Trace;
import io.ringside.model.trace.TraceFactory;
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
import io.ringside.nvme.CompletionQueue;
import io.ringside.nvme.NvmeEngine;
import io.ringside.nvme.SubmissionQueue;
import io.ringside.virtio.PackedQueueState;
import io.ringside.virtio.QueueState;
import io.ringside.virtio.SplitQueueState;
import io.ringside.virtio.VirtioEngine;
import io.ringside.virtio.VirtioFeatures;

/**
 * Keeps an EMF {@link Trace} equal to the replay state at the cursor. The object tree is built once
 * from the header (devices, queues, one object per descriptor / ring slot / queue entry, which are
 * bounded by the queue sizes); each {@link #update} then sets only the features whose value changed,
 * so EMF notifications tell the views exactly what moved. Events are never turned into objects.
 * <p>
 * Not thread safe: call from the thread that owns the model (the UI thread in the workbench).
 */
public final class ModelBridge {

    /** Most violations mirrored into the model (all of them are still counted). */
    public static final int MAX_VIOLATIONS = 10_000;

    private final Trace trace;
    private final TraceHeader header;

    public ModelBridge(TraceHeader header, String name, String path, String format) {
        this.header = header;
        trace = TraceFactory.eINSTANCE.createTrace();
        trace.setName(name);
        trace.setPath(path);
        trace.setFormat(format);
        trace.setLevel(header.level().id());
        trace.setProducer(header.producer());
        Cursor c = TraceFactory.eINSTANCE.createCursor();
        c.setEvent(-1);
        c.setDeviceId(-1);
        c.setQueueIndex(-1);
        c.setText("before the first event");
        trace.setCursor(c);
    }

    public Trace trace() {
        return trace;
    }

    public TraceHeader header() {
        return header;
    }

    /** Sets the number of events (known once the trace is indexed). */
    public void setEventCount(long n) {
        set(trace, TracePackage.Literals.TRACE__EVENT_COUNT, n);
    }

    /** Mirrors the violations found by a full replay (the first {@link #MAX_VIOLATIONS}). */
    public void setViolations(List<Violation> violations, long total) {
        EList<io.ringside.model.trace.Violation> list = trace.getViolations();
        list.clear();
        List<io.ringside.model.trace.Violation> add = new ArrayList<>();
        for (Violation v : violations) {
            if (add.size() >= MAX_VIOLATIONS) {
                break;
            }
            io.ringside.model.trace.Violation m = TraceFactory.eINSTANCE.createViolation();
            m.setRuleId(v.ruleId());
            m.setSection(v.section());
            m.setSeverity(v.severity().name());
            m.setMessage(v.message());
            m.setEvent(v.event());
            m.setDeviceId(v.device());
            m.setQueueIndex(v.queue());
            m.setLabel("#" + v.event() + " " + v.ruleId() + " (" + v.section() + "): " + v.message());
            add.add(m);
        }
        list.addAll(add);
        set(trace, TracePackage.Literals.TRACE__VIOLATION_COUNT, total);
    }

    /**
     * Makes the model equal to {@code replay}'s state after {@code event} ({@code null} before the
     * first event).
     */
    public void update(Replay replay, TraceEvent event) {
        updateCursor(event);
        EList<Device> devices = trace.getDevices();
        List<DeviceInfo> infos = header.devices();
        for (int i = 0; i < infos.size(); i++) {
            DeviceInfo info = infos.get(i);
            DeviceEngine engine = replay.engine(info.id());
            Device d = i < devices.size() ? devices.get(i) : null;
            Device want = d;
            if (engine instanceof VirtioEngine ve) {
                if (!(d instanceof VirtioDevice)) {
                    want = newVirtio(info, ve);
                }
                updateVirtio((VirtioDevice) want, ve);
            } else if (engine instanceof NvmeEngine ne) {
                if (!(d instanceof Controller)) {
                    want = newController(info);
                }
                updateNvme((Controller) want, ne);
            } else {
                if (!(d instanceof GenericDevice)) {
                    want = TraceFactory.eINSTANCE.createGenericDevice();
                    initDevice(want, info);
                }
                if (engine != null) {
                    updateGeneric((GenericDevice) want, engine);
                }
            }
            if (d == null) {
                devices.add(want);
            } else if (want != d) {
                devices.set(i, want);
            }
        }
    }

    private void updateCursor(TraceEvent e) {
        Cursor c = trace.getCursor();
        if (e == null) {
            set(c, TracePackage.Literals.CURSOR__EVENT, -1L);
            set(c, TracePackage.Literals.CURSOR__TIME, 0L);
            set(c, TracePackage.Literals.CURSOR__KIND, null);
            set(c, TracePackage.Literals.CURSOR__DEVICE_ID, -1);
            set(c, TracePackage.Literals.CURSOR__QUEUE_INDEX, -1);
            set(c, TracePackage.Literals.CURSOR__TEXT, "before the first event");
            return;
        }
        set(c, TracePackage.Literals.CURSOR__EVENT, e.seq());
        set(c, TracePackage.Literals.CURSOR__TIME, e.time());
        set(c, TracePackage.Literals.CURSOR__KIND, e.type() == null ? "?" : e.type().id());
        set(c, TracePackage.Literals.CURSOR__DEVICE_ID, e.device());
        set(c, TracePackage.Literals.CURSOR__QUEUE_INDEX, e.queue());
        set(c, TracePackage.Literals.CURSOR__TEXT, e.toString());
    }

    private static void initDevice(Device d, DeviceInfo info) {
        d.setId(info.id());
        d.setType(info.type());
        d.setName(info.name());
        d.setLabel("d" + info.id() + " " + info.type() + (info.name() == null || info.name().isEmpty() ? ""
                : " (" + info.name() + ")"));
    }

    // ------------------------------------------------------------------------------ virtio

    private static VirtioDevice newVirtio(DeviceInfo info, VirtioEngine ve) {
        VirtioFactory f = VirtioFactory.eINSTANCE;
        VirtioDevice d = f.createVirtioDevice();
        initDevice(d, info);
        d.setFeatures(info.features());
        FeatureSet fs = f.createFeatureSet();
        long b = info.features();
        fs.setBits(b);
        fs.setVersion1(VirtioFeatures.has(b, VirtioFeatures.VERSION_1));
        fs.setRingPacked(VirtioFeatures.has(b, VirtioFeatures.RING_PACKED));
        fs.setEventIdx(VirtioFeatures.has(b, VirtioFeatures.EVENT_IDX));
        fs.setInOrder(VirtioFeatures.has(b, VirtioFeatures.IN_ORDER));
        fs.setIndirectDesc(VirtioFeatures.has(b, VirtioFeatures.INDIRECT_DESC));
        fs.setNotificationData(VirtioFeatures.has(b, VirtioFeatures.NOTIFICATION_DATA));
        String names = String.join(" ", VirtioFeatures.names(b));
        fs.setNames(names);
        fs.setLabel(hex(b) + (names.isEmpty() ? "" : " " + names));
        d.setFeatureSet(fs);
        for (QueueState q : ve.queues()) {
            Virtqueue vq = q instanceof SplitQueueState ? newSplit(q) : newPacked(q);
            d.getQueues().add(vq);
        }
        return d;
    }

    private static void initVirtqueue(Virtqueue vq, QueueState q) {
        VirtioFactory f = VirtioFactory.eINSTANCE;
        vq.setIndex(q.index());
        vq.setSize(q.size());
        vq.setLayout(q instanceof SplitQueueState ? "split" : "packed");
        vq.setEventIdx(q.eventIdx());
        vq.setInOrder(q.inOrder());
        vq.setIndirect(q.indirectNegotiated());
        for (int i = 0; i < q.size(); i++) {
            Descriptor d = f.createDescriptor();
            d.setIndex(i);
            d.setNext(-1);
            d.setId(-1);
            d.setState(BufferState.FREE);
            d.setLabel(descLabel(i, 0, 0, 0, -1, BufferState.FREE, false, 0));
            vq.getDescriptors().add(d);
        }
    }

    private static SplitVirtqueue newSplit(QueueState q) {
        VirtioFactory f = VirtioFactory.eINSTANCE;
        SplitVirtqueue vq = f.createSplitVirtqueue();
        initVirtqueue(vq, q);
        vq.setAvailRing(f.createAvailRing());
        vq.setUsedRing(f.createUsedRing());
        for (int i = 0; i < q.size(); i++) {
            UsedElement u = f.createUsedElement();
            u.setSlot(i);
            u.setId(-1);
            vq.getUsedRing().getElements().add(u);
        }
        return vq;
    }

    private static PackedVirtqueue newPacked(QueueState q) {
        VirtioFactory f = VirtioFactory.eINSTANCE;
        PackedVirtqueue vq = f.createPackedVirtqueue();
        initVirtqueue(vq, q);
        vq.setDriverEvent(f.createEventSuppression());
        vq.setDeviceEvent(f.createEventSuppression());
        return vq;
    }

    private void updateVirtio(VirtioDevice d, VirtioEngine ve) {
        EList<Queue> qs = d.getQueues();
        for (int i = 0; i < qs.size() && i < ve.queues().size(); i++) {
            QueueState q = ve.queues().get(i);
            Virtqueue vq = (Virtqueue) qs.get(i);
            updateVirtqueue(vq, q);
            if (vq instanceof SplitVirtqueue sv && q instanceof SplitQueueState ss) {
                updateSplit(sv, ss);
            } else if (vq instanceof PackedVirtqueue pv && q instanceof PackedQueueState ps) {
                updatePacked(pv, ps);
            }
            updateChains(vq, q);
        }
    }

    private static void updateVirtqueue(Virtqueue vq, QueueState q) {
        int out = q.outstanding();
        set(vq, TracePackage.Literals.QUEUE__OUTSTANDING, out);
        set(vq, TracePackage.Literals.QUEUE__NOTIFICATIONS, q.kicks());
        set(vq, TracePackage.Literals.QUEUE__INTERRUPTS, q.interrupts());
        set(vq, TracePackage.Literals.QUEUE__REQUESTS, q.buffersUsed());
        set(vq, VirtioPackage.Literals.VIRTQUEUE__LAST_AVAIL_IDX, q.lastAvailIdx());
        set(vq, VirtioPackage.Literals.VIRTQUEUE__AVAIL_IDX, q.availIdx());
        set(vq, VirtioPackage.Literals.VIRTQUEUE__USED_IDX, q.usedIdx());
        set(vq, VirtioPackage.Literals.VIRTQUEUE__BUFFERS_MADE_AVAILABLE, q.buffersMadeAvailable());
        set(vq, VirtioPackage.Literals.VIRTQUEUE__BUFFERS_USED, q.buffersUsed());
        set(vq, VirtioPackage.Literals.VIRTQUEUE__KICKS_SUPPRESSED, q.kicksSuppressed());
        set(vq, VirtioPackage.Literals.VIRTQUEUE__INTERRUPTS_SUPPRESSED, q.interruptsSuppressed());
        if (q.inOrder()) {
            long[] h = q.batchHistogram();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < h.length; i++) {
                if (h[i] > 0) {
                    sb.append(sb.isEmpty() ? "" : " ").append(i + 1).append(i == h.length - 1 ? "+" : "").append(':')
                            .append(h[i]);
                }
            }
            set(vq, VirtioPackage.Literals.VIRTQUEUE__BATCHES, sb.toString());
        }
        set(vq, TracePackage.Literals.QUEUE__LABEL, "q" + q.index() + " " + vq.getLayout() + " size " + q.size() + ": "
                + out + " outstanding, " + q.buffersUsed() + " used, " + q.kicks() + " kicks, " + q.interrupts()
                + " interrupts");
    }


    private static void updateSplit(SplitVirtqueue vq, SplitQueueState q) {
        int n = q.size();
        EList<Descriptor> descs = vq.getDescriptors();
        for (int i = 0; i < n && i < descs.size(); i++) {
            int owner = q.descOwner(i);
            BufferState st = owner >= 0 ? BufferState.get(q.bufferState(owner)) : BufferState.FREE;
            int flags = q.descFlags(i);
            boolean hasNext = (flags & SplitQueueState.F_NEXT) != 0;
            updateDescriptor(descs.get(i), q.descAddr(i), q.descLen(i), flags, hasNext ? q.descNext(i) : -1, -1, st,
                    (flags & SplitQueueState.F_WRITE) != 0, hasNext, (flags & SplitQueueState.F_INDIRECT) != 0, false,
                    false);
        }
        var avail = vq.getAvailRing();
        set(avail, VirtioPackage.Literals.AVAIL_RING__IDX, q.availIdx());
        set(avail, VirtioPackage.Literals.AVAIL_RING__FLAGS, q.availFlags());
        set(avail, VirtioPackage.Literals.AVAIL_RING__USED_EVENT, q.usedEvent());
        int[] ring = new int[n];
        for (int s = 0; s < n; s++) {
            ring[s] = q.availRing(s);
        }
        Fields.setInts(avail.getRing(), ring, n);
        set(avail, VirtioPackage.Literals.AVAIL_RING__LABEL, "idx " + q.availIdx() + ", flags " + q.availFlags()
                + (q.eventIdx() ? ", used_event " + q.usedEvent() : "") + "; device fetched up to " + q.lastAvailIdx());
        var used = vq.getUsedRing();
        set(used, VirtioPackage.Literals.USED_RING__IDX, q.usedIdx());
        set(used, VirtioPackage.Literals.USED_RING__FLAGS, q.usedFlags());
        set(used, VirtioPackage.Literals.USED_RING__AVAIL_EVENT, q.availEvent());
        set(used, VirtioPackage.Literals.USED_RING__LABEL, "idx " + q.usedIdx() + ", flags " + q.usedFlags()
                + (q.eventIdx() ? ", avail_event " + q.availEvent() : ""));
        EList<UsedElement> els = used.getElements();
        for (int s = 0; s < n && s < els.size(); s++) {
            UsedElement u = els.get(s);
            int id = (int) q.usedRingId(s);
            long len = q.usedRingLen(s);
            int batch = 1;
            if (q.inOrder()) {
                int prev = (int) q.usedRingId((s + n - 1) % n);
                batch = Math.floorMod(id - prev, n);
                if (batch == 0) {
                    batch = 1;
                }
            }
            set(u, VirtioPackage.Literals.USED_ELEMENT__ID, id);
            set(u, VirtioPackage.Literals.USED_ELEMENT__LEN, len);
            set(u, VirtioPackage.Literals.USED_ELEMENT__BATCH, batch);
            set(u, VirtioPackage.Literals.USED_ELEMENT__LABEL, "[" + s + "] id " + id + " len " + len
                    + (q.inOrder() && batch > 1 ? " (IN_ORDER batch: " + batch + " descriptors)" : ""));
        }
    }

    private static void updatePacked(PackedVirtqueue vq, PackedQueueState q) {
        int n = q.size();
        int drvPos = q.driverPosition();
        boolean drvWrap = q.driverWrapCounter();
        EList<Descriptor> descs = vq.getDescriptors();
        BufferState[] states = packedSlotStates(q);
        for (int i = 0; i < n && i < descs.size(); i++) {
            int flags = q.descFlags(i);
            boolean a = (flags & PackedQueueState.F_AVAIL) != 0;
            boolean u = (flags & PackedQueueState.F_USED) != 0;
            int id = q.descId(i);
            BufferState st = states[i];
            boolean hasNext = (flags & PackedQueueState.F_NEXT) != 0;
            updateDescriptor(descs.get(i), q.descAddr(i), q.descLen(i), flags, hasNext ? (i + 1) % n : -1, id, st,
                    (flags & PackedQueueState.F_WRITE) != 0, hasNext, (flags & PackedQueueState.F_INDIRECT) != 0, a, u);
        }
        set(vq, VirtioPackage.Literals.PACKED_VIRTQUEUE__DRIVER_POSITION, drvPos);
        set(vq, VirtioPackage.Literals.PACKED_VIRTQUEUE__DRIVER_WRAP_COUNTER, drvWrap);
        set(vq, VirtioPackage.Literals.PACKED_VIRTQUEUE__DEVICE_READ_POSITION, q.deviceReadPosition());
        set(vq, VirtioPackage.Literals.PACKED_VIRTQUEUE__DEVICE_READ_WRAP_COUNTER, q.deviceReadWrapCounter());
        set(vq, VirtioPackage.Literals.PACKED_VIRTQUEUE__DEVICE_USED_POSITION, q.deviceUsedPosition());
        set(vq, VirtioPackage.Literals.PACKED_VIRTQUEUE__DEVICE_USED_WRAP_COUNTER, q.deviceUsedWrapCounter());
        updateEvent(vq.getDriverEvent(), q.driverEventOffWrap(), q.driverEventFlags(), "driver");
        updateEvent(vq.getDeviceEvent(), q.deviceEventOffWrap(), q.deviceEventFlags(), "device");
    }

    /**
     * What each slot of a packed ring holds, from the engine's positions rather than from the flags
     * alone (flags of chain descriptors stay as the driver wrote them, laps ago): going round the ring
     * from the device's next used position U, the slots up to its next read position R are in flight
     * (fetched, not used), those up to the driver's next position D are available (published, not
     * fetched); every other slot belongs to the driver again: USED when it holds a used descriptor the
     * device wrote in the lap it last passed there (AVAIL == USED == that lap's used wrap counter), else
     * FREE. Equal positions are told apart by the wrap counters (U == D with equal wraps: nothing
     * outstanding; different wraps: the whole ring).
     */
    public static BufferState[] packedSlotStates(PackedQueueState q) {
        int n = q.size();
        BufferState[] out = new BufferState[n];
        int u = q.deviceUsedPosition();
        int r = q.deviceReadPosition();
        int d = q.driverPosition();
        boolean uw = q.deviceUsedWrapCounter();
        int outstanding = span(u, uw, d, q.driverWrapCounter(), n);
        int inFlight = span(u, uw, r, q.deviceReadWrapCounter(), n);
        for (int i = 0; i < n; i++) {
            int k = Math.floorMod(i - u, n);
            int flags = q.descFlags(i);
            if (k < inFlight) {
                out[i] = BufferState.IN_FLIGHT;
            } else if (k < outstanding) {
                out[i] = BufferState.AVAILABLE;
            } else {
                boolean a = (flags & PackedQueueState.F_AVAIL) != 0;
                boolean used = (flags & PackedQueueState.F_USED) != 0;
                boolean lapWrap = i < u ? uw : !uw; // the used wrap counter when U last passed slot i
                out[i] = a == used && a == lapWrap && (flags != 0 || q.descAddr(i) != 0) ? BufferState.USED
                        : BufferState.FREE;
            }
        }
        return out;
    }

    /** Slots from position {@code from} (wrap {@code fw}) forward to {@code to} (wrap {@code tw}). */
    private static int span(int from, boolean fw, int to, boolean tw, int n) {
        int k = Math.floorMod(to - from, n);
        if (k == 0 && fw != tw) {
            return n;
        }
        // ahead in the same lap (to >= from, same wrap) or in the next one (to < from, wrap flipped)
        return k;
    }

    private static void updateEvent(EventSuppression es, int offWrap, int flags, String who) {
        String mode = switch (flags) {
            case PackedQueueState.EV_ENABLE -> "enable";
            case PackedQueueState.EV_DISABLE -> "disable";
            case PackedQueueState.EV_DESC -> "desc";
            default -> "reserved (" + flags + ")";
        };
        set(es, VirtioPackage.Literals.EVENT_SUPPRESSION__OFF_WRAP, offWrap);
        set(es, VirtioPackage.Literals.EVENT_SUPPRESSION__FLAGS, flags);
        set(es, VirtioPackage.Literals.EVENT_SUPPRESSION__OFFSET, offWrap & 0x7fff);
        set(es, VirtioPackage.Literals.EVENT_SUPPRESSION__WRAP, (offWrap & 0x8000) != 0);
        set(es, VirtioPackage.Literals.EVENT_SUPPRESSION__MODE, mode);
        set(es, VirtioPackage.Literals.EVENT_SUPPRESSION__LABEL, who + ": " + mode
                + (flags == PackedQueueState.EV_DESC ? " at " + (offWrap & 0x7fff) + " wrap " + ((offWrap >> 15) & 1) : ""));
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
    private static void updateChains(Virtqueue vq, QueueState q) {
        int n = q.size();
        EList<Descriptor> descs = vq.getDescriptors();
        Map<Integer, List<Descriptor>> byHead = new HashMap<>();
        if (q instanceof SplitQueueState s) {
            for (int i = 0; i < n && i < descs.size(); i++) {
                int owner = s.descOwner(i);
                if (owner >= 0) {
                    byHead.computeIfAbsent(owner, k -> new ArrayList<>());
                }
            }
            // follow each chain from its head, bounded by the queue size
            for (Map.Entry<Integer, List<Descriptor>> e : byHead.entrySet()) {
                int i = e.getKey();
                for (int ttl = 0; ttl < n && i >= 0 && i < n && s.descOwner(i) == e.getKey(); ttl++) {
                    e.getValue().add(descs.get(i));
                    if ((s.descFlags(i) & SplitQueueState.F_NEXT) == 0) {
                        break;
                    }
                    i = s.descNext(i);
                }
            }
        } else if (q instanceof PackedQueueState p) {
            for (int i = 0; i < n && i < descs.size(); i++) {
                Descriptor d = descs.get(i);
                BufferState st = d.getState();
                if (st == BufferState.AVAILABLE || st == BufferState.IN_FLIGHT) {
                    int id = p.descId(i);
                    byHead.computeIfAbsent(id, k -> new ArrayList<>()).add(d);
                }
            }
        }
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
            BufferState st = head < n ? BufferState.get(q.bufferState(head)) : BufferState.FREE;
            set(c, VirtioPackage.Literals.DESCRIPTOR_CHAIN__HEAD, head);
            set(c, VirtioPackage.Literals.DESCRIPTOR_CHAIN__LENGTH, members.size());
            set(c, VirtioPackage.Literals.DESCRIPTOR_CHAIN__WRITABLE_BYTES, head < n ? q.bufferWritableBytes(head) : 0L);
            set(c, VirtioPackage.Literals.DESCRIPTOR_CHAIN__STATE, st);
            set(c, VirtioPackage.Literals.DESCRIPTOR_CHAIN__LABEL, (q instanceof SplitQueueState ? "head " : "id ") + head
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

    // ------------------------------------------------------------------------------ NVMe

    private static Controller newController(DeviceInfo info) {
        Controller c = NvmeFactory.eINSTANCE.createController();
        initDevice(c, info);
        c.setShadowBuffer(NvmeFactory.eINSTANCE.createShadowDoorbellBuffer());
        c.setEventIdxBuffer(NvmeFactory.eINSTANCE.createEventIdxBuffer());
        return c;
    }

    private void updateNvme(Controller c, NvmeEngine ne) {
        NvmeFactory f = NvmeFactory.eINSTANCE;
        set(c, Literals.CONTROLLER__DSTRD, ne.dstrd());
        set(c, Literals.CONTROLLER__SHADOW_DOORBELLS, ne.dbbufEnabled());
        List<Integer> ids = ne.queueIds();
        EList<Queue> qs = c.getQueues();
        // reconcile queue pairs by id (queues are created and deleted by admin commands)
        for (int k = 0; k < ids.size(); k++) {
            int qid = ids.get(k);
            if (k < qs.size() && qs.get(k).getIndex() == qid) {
                continue;
            }
            QueuePair p = f.createQueuePair();
            p.setIndex(qid);
            p.setLayout("nvme");
            p.setSq(f.createSubmissionQueue());
            p.setCq(f.createCompletionQueue());
            if (k < qs.size() && qs.get(k).getIndex() > qid) {
                qs.add(k, p);
            } else if (k < qs.size()) {
                qs.set(k, p);
            } else {
                qs.add(p);
            }
        }
        while (qs.size() > ids.size()) {
            qs.remove(qs.size() - 1);
        }
        int stride = 4 << ne.dstrd();
        List<int[]> dbs = new ArrayList<>();
        List<long[]> dbCounts = new ArrayList<>();
        List<int[]> shadow = new ArrayList<>();
        List<int[]> eventIdx = new ArrayList<>();
        for (Queue q : qs) {
            QueuePair p = (QueuePair) q;
            int qid = p.getIndex();
            SubmissionQueue sq = ne.sq(qid);
            CompletionQueue cq = ne.cq(qid);
            updateSq(p.getSq(), sq, qid);
            updateCq(p.getCq(), cq, qid);
            int size = sq != null ? sq.size() : cq != null ? cq.size() : 0;
            set(p, TracePackage.Literals.QUEUE__SIZE, size);
            set(p, TracePackage.Literals.QUEUE__OUTSTANDING, sq == null ? 0 : sq.outstandingCommands());
            set(p, TracePackage.Literals.QUEUE__NOTIFICATIONS, sq == null ? 0L : sq.mmioDoorbells());
            set(p, TracePackage.Literals.QUEUE__INTERRUPTS, cq == null ? 0L : cq.interrupts());
            set(p, TracePackage.Literals.QUEUE__REQUESTS, cq == null ? 0L : cq.completions());
            set(p, TracePackage.Literals.QUEUE__LABEL, (qid == 0 ? "admin " : "I/O ") + "queue " + qid + " size " + size
                    + ": " + p.getOutstanding() + " outstanding, " + p.getRequests() + " completed, "
                    + p.getNotifications() + " MMIO doorbells");
            if (sq != null) {
                dbs.add(new int[] { qid, 0, sq.doorbellRegister() });
                dbCounts.add(new long[] { sq.mmioDoorbells(), sq.skippedDoorbells() });
                shadow.add(new int[] { qid, 0, sq.shadowValue() });
                eventIdx.add(new int[] { qid, 0, sq.eventIdx() });
            }
            if (cq != null) {
                dbs.add(new int[] { qid, 1, cq.doorbellRegister() });
                dbCounts.add(new long[] { cq.mmioDoorbells(), cq.skippedDoorbells() });
                shadow.add(new int[] { qid, 1, cq.shadowValue() });
                eventIdx.add(new int[] { qid, 1, cq.eventIdx() });
            }
        }
        Fields.resize(c.getDoorbells(), dbs.size(), k -> f.createDoorbellRegister());
        for (int k = 0; k < dbs.size(); k++) {
            int[] d = dbs.get(k);
            DoorbellRegister r = c.getDoorbells().get(k);
            String kind = d[1] == 0 ? "SQ tail" : "CQ head";
            long offset = 0x1000L + (2L * d[0] + d[1]) * stride;
            set(r, Literals.DOORBELL_REGISTER__QID, d[0]);
            set(r, Literals.DOORBELL_REGISTER__KIND, kind);
            set(r, Literals.DOORBELL_REGISTER__OFFSET, offset);
            set(r, Literals.DOORBELL_REGISTER__VALUE, d[2]);
            set(r, Literals.DOORBELL_REGISTER__WRITES, dbCounts.get(k)[0]);
            set(r, Literals.DOORBELL_REGISTER__SKIPPED, dbCounts.get(k)[1]);
            set(r, Literals.DOORBELL_REGISTER__LABEL, (d[1] == 0 ? "SQ" : "CQ") + d[0] + (d[1] == 0 ? "TDBL" : "HDBL")
                    + " @" + hex(offset) + " = " + (d[2] < 0 ? "never written" : d[2]) + " (" + dbCounts.get(k)[0]
                    + " writes, " + dbCounts.get(k)[1] + " skipped)");
        }
        var sb = c.getShadowBuffer();
        set(sb, Literals.SHADOW_DOORBELL_BUFFER__ENABLED, ne.dbbufEnabled());
        set(sb, Literals.SHADOW_DOORBELL_BUFFER__ADDRESS, ne.dbbufEnabled() ? ne.shadowBuffer() : 0L);
        set(sb, Literals.SHADOW_DOORBELL_BUFFER__LABEL, ne.dbbufEnabled() ? "shadow doorbells at " + hex(ne.shadowBuffer())
                : "shadow doorbells not configured");
        updateBufferValues(sb.getValues(), shadow);
        var eb = c.getEventIdxBuffer();
        set(eb, Literals.EVENT_IDX_BUFFER__ENABLED, ne.dbbufEnabled());
        set(eb, Literals.EVENT_IDX_BUFFER__ADDRESS, ne.dbbufEnabled() ? ne.eventIdxBuffer() : 0L);
        set(eb, Literals.EVENT_IDX_BUFFER__LABEL, ne.dbbufEnabled() ? "EventIdx buffer at " + hex(ne.eventIdxBuffer())
                : "EventIdx buffer not configured");
        updateBufferValues(eb.getValues(), eventIdx);
    }

    private static void updateBufferValues(EList<BufferValue> list, List<int[]> values) {
        Fields.resize(list, values.size(), k -> NvmeFactory.eINSTANCE.createBufferValue());
        for (int k = 0; k < values.size(); k++) {
            int[] v = values.get(k);
            BufferValue b = list.get(k);
            String kind = v[1] == 0 ? "SQ tail" : "CQ head";
            set(b, Literals.BUFFER_VALUE__QID, v[0]);
            set(b, Literals.BUFFER_VALUE__KIND, kind);
            set(b, Literals.BUFFER_VALUE__VALUE, v[2]);
            set(b, Literals.BUFFER_VALUE__LABEL, (v[1] == 0 ? "SQ" : "CQ") + v[0] + " " + kind + " = "
                    + (v[2] < 0 ? "never written" : v[2]));
        }
    }

    private static void updateSq(io.ringside.model.nvme.SubmissionQueue m, SubmissionQueue sq, int qid) {
        if (sq == null) {
            set(m, Literals.SUBMISSION_QUEUE__QID, qid);
            set(m, Literals.SUBMISSION_QUEUE__CREATED, false);
            set(m, Literals.SUBMISSION_QUEUE__LABEL, "SQ " + qid + ": not declared");
            return;
        }
        int n = sq.size();
        set(m, Literals.SUBMISSION_QUEUE__QID, qid);
        set(m, Literals.SUBMISSION_QUEUE__SIZE, n);
        set(m, Literals.SUBMISSION_QUEUE__CQID, sq.cqid());
        set(m, Literals.SUBMISSION_QUEUE__ADDRESS, sq.address());
        set(m, Literals.SUBMISSION_QUEUE__CREATED, sq.created());
        set(m, Literals.SUBMISSION_QUEUE__HEAD, sq.head());
        set(m, Literals.SUBMISSION_QUEUE__HOST_TAIL, sq.hostTail());
        set(m, Literals.SUBMISSION_QUEUE__PUBLISHED_TAIL, sq.publishedTail());
        set(m, Literals.SUBMISSION_QUEUE__CONTROLLER_TAIL, sq.controllerTail());
        set(m, Literals.SUBMISSION_QUEUE__DOORBELL, sq.doorbellRegister());
        set(m, Literals.SUBMISSION_QUEUE__PENDING, sq.pending());
        set(m, Literals.SUBMISSION_QUEUE__COMMANDS, sq.commands());
        set(m, Literals.SUBMISSION_QUEUE__MMIO_DOORBELLS, sq.mmioDoorbells());
        set(m, Literals.SUBMISSION_QUEUE__SKIPPED_DOORBELLS, sq.skippedDoorbells());
        set(m, Literals.SUBMISSION_QUEUE__SHADOW_UPDATES, sq.shadowUpdates());
        set(m, Literals.SUBMISSION_QUEUE__LABEL, "SQ " + qid + " → CQ " + sq.cqid() + ": head " + sq.head() + ", tail "
                + sq.hostTail() + " (published " + sq.publishedTail() + "), " + sq.pending() + " pending");
        Fields.resize(m.getEntries(), n, k -> {
            SubmissionEntry e = NvmeFactory.eINSTANCE.createSubmissionEntry();
            e.setSlot(k);
            return e;
        });
        for (int s = 0; s < n; s++) {
            SubmissionEntry e = m.getEntries().get(s);
            SlotState st = SlotState.get(sq.slotState(s));
            int cid = sq.slotCid(s);
            set(e, Literals.SUBMISSION_ENTRY__CID, cid);
            set(e, Literals.SUBMISSION_ENTRY__OPCODE, sq.slotOpcode(s));
            set(e, Literals.SUBMISSION_ENTRY__STATE, st);
            set(e, Literals.SUBMISSION_ENTRY__LABEL, "[" + s + "] " + (cid < 0 ? "never written"
                    : "cid " + cid + " opcode " + hex(sq.slotOpcode(s)) + ", " + st.getLiteral()));
        }
    }

    private static void updateCq(io.ringside.model.nvme.CompletionQueue m, CompletionQueue cq, int qid) {
        if (cq == null) {
            set(m, Literals.COMPLETION_QUEUE__QID, qid);
            set(m, Literals.COMPLETION_QUEUE__CREATED, false);
            set(m, Literals.COMPLETION_QUEUE__LABEL, "CQ " + qid + ": not declared");
            return;
        }
        int n = cq.size();
        set(m, Literals.COMPLETION_QUEUE__QID, qid);
        set(m, Literals.COMPLETION_QUEUE__SIZE, n);
        set(m, Literals.COMPLETION_QUEUE__VECTOR, cq.vector());
        set(m, Literals.COMPLETION_QUEUE__ADDRESS, cq.address());
        set(m, Literals.COMPLETION_QUEUE__CREATED, cq.created());
        set(m, Literals.COMPLETION_QUEUE__TAIL, cq.tail());
        set(m, Literals.COMPLETION_QUEUE__PHASE, cq.phase());
        set(m, Literals.COMPLETION_QUEUE__CONTROLLER_HEAD, cq.controllerHead());
        set(m, Literals.COMPLETION_QUEUE__HOST_HEAD, cq.hostHead());
        set(m, Literals.COMPLETION_QUEUE__HOST_PHASE, cq.hostPhase());
        set(m, Literals.COMPLETION_QUEUE__DOORBELL, cq.doorbellRegister());
        set(m, Literals.COMPLETION_QUEUE__UNCONSUMED, cq.unconsumed());
        set(m, Literals.COMPLETION_QUEUE__COMPLETIONS, cq.completions());
        set(m, Literals.COMPLETION_QUEUE__MMIO_DOORBELLS, cq.mmioDoorbells());
        set(m, Literals.COMPLETION_QUEUE__SKIPPED_DOORBELLS, cq.skippedDoorbells());
        set(m, Literals.COMPLETION_QUEUE__INTERRUPTS, cq.interrupts());
        set(m, Literals.COMPLETION_QUEUE__LABEL, "CQ " + qid + ": tail " + cq.tail() + " phase " + cq.phase()
                + ", host head " + cq.hostHead() + " phase " + cq.hostPhase() + ", " + cq.unconsumed() + " unconsumed");
        Fields.resize(m.getEntries(), n, k -> {
            CompletionEntry e = NvmeFactory.eINSTANCE.createCompletionEntry();
            e.setSlot(k);
            return e;
        });
        int head = cq.hostHead();
        int unconsumed = cq.unconsumed();
        for (int s = 0; s < n; s++) {
            CompletionEntry e = m.getEntries().get(s);
            int cid = cq.slotCid(s);
            boolean pending = Math.floorMod(s - head, n) < unconsumed;
            set(e, Literals.COMPLETION_ENTRY__CID, cid);
            set(e, Literals.COMPLETION_ENTRY__SQID, cq.slotSqid(s));
            set(e, Literals.COMPLETION_ENTRY__PHASE, cq.slotPhase(s));
            set(e, Literals.COMPLETION_ENTRY__CONSUMED, !pending);
            set(e, Literals.COMPLETION_ENTRY__LABEL, "[" + s + "] " + (cid < 0 ? "never written"
                    : "cid " + cid + " sq " + cq.slotSqid(s) + " phase " + cq.slotPhase(s)
                            + (pending ? ", not consumed yet" : "")));
        }
    }

    // ------------------------------------------------------------------------------ other engines

    private static void updateGeneric(GenericDevice d, DeviceEngine engine) {
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) engine.state(io.ringside.core.state.StateNode.Detail.SUMMARY)
                .toPlain();
        List<String[]> top = new ArrayList<>();
        List<Map<String, Object>> queues = new ArrayList<>();
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            if (e.getKey().equals("queues") && e.getValue() instanceof List<?> l) {
                for (Object o : l) {
                    if (o instanceof Map<?, ?> m) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> qm = (Map<String, Object>) m;
                        queues.add(qm);
                    }
                }
            } else {
                flatten("", e.getKey(), e.getValue(), top);
            }
        }
        setEntries(d.getEntries(), top);
        EList<Queue> qs = d.getQueues();
        Fields.resize(qs, queues.size(), k -> TraceFactory.eINSTANCE.createGenericQueue());
        for (int k = 0; k < queues.size(); k++) {
            Map<String, Object> qm = queues.get(k);
            GenericQueue gq = (GenericQueue) qs.get(k);
            List<String[]> entries = new ArrayList<>();
            for (Map.Entry<String, Object> e : qm.entrySet()) {
                flatten("", e.getKey(), e.getValue(), entries);
            }
            setEntries(gq.getEntries(), entries);
            int index = num(qm.get("queue"), num(qm.get("id"), k));
            set(gq, TracePackage.Literals.QUEUE__INDEX, index);
            set(gq, TracePackage.Literals.QUEUE__SIZE, num(qm.get("size"), 0));
            set(gq, TracePackage.Literals.QUEUE__LAYOUT, String.valueOf(qm.getOrDefault("layout", "unknown")));
            long kicks = lnum(qm.get("kicks"), lnum(qm.get("doorbells"), 0));
            long irqs = lnum(qm.get("interrupts"), 0);
            long done = lnum(qm.get("filled"), lnum(qm.get("completions"), 0));
            int out = num(qm.get("inFlight"), num(qm.get("outstanding"), 0));
            set(gq, TracePackage.Literals.QUEUE__NOTIFICATIONS, kicks);
            set(gq, TracePackage.Literals.QUEUE__INTERRUPTS, irqs);
            set(gq, TracePackage.Literals.QUEUE__REQUESTS, done);
            set(gq, TracePackage.Literals.QUEUE__OUTSTANDING, out);
            set(gq, TracePackage.Literals.QUEUE__LABEL, "q" + index + " " + gq.getLayout() + ": " + out + " in flight, "
                    + done + " done, " + kicks + " notifications, " + irqs + " interrupts (operation level)");
        }
    }

    private static int num(Object o, int dflt) {
        return o instanceof Number n ? n.intValue() : dflt;
    }

    private static long lnum(Object o, long dflt) {
        return o instanceof Number n ? n.longValue() : dflt;
    }

    private static void flatten(String prefix, String key, Object v, List<String[]> out) {
        String k = prefix.isEmpty() ? key : prefix + "." + key;
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                flatten(k, String.valueOf(e.getKey()), e.getValue(), out);
            }
        } else if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder();
            for (Object o : l) {
                if (sb.length() > 200) {
                    sb.append(" ...");
                    break;
                }
                sb.append(sb.isEmpty() ? "" : ", ").append(o);
            }
            out.add(new String[] { k, "[" + sb + "]" });
        } else {
            out.add(new String[] { k, String.valueOf(v) });
        }
    }

    private static void setEntries(EList<StateEntry> list, List<String[]> entries) {
        Fields.resize(list, entries.size(), k -> TraceFactory.eINSTANCE.createStateEntry());
        for (int k = 0; k < entries.size(); k++) {
            StateEntry s = list.get(k);
            set(s, TracePackage.Literals.STATE_ENTRY__KEY, entries.get(k)[0]);
            set(s, TracePackage.Literals.STATE_ENTRY__VALUE, entries.get(k)[1]);
            set(s, TracePackage.Literals.STATE_ENTRY__LABEL, entries.get(k)[0] + " = " + entries.get(k)[1]);
        }
    }

    /** Convenience for tests and tools: the object of a device id, or null. */
    public Device device(int id) {
        for (Device d : trace.getDevices()) {
            if (d.getId() == id) {
                return d;
            }
        }
        return null;
    }
}
