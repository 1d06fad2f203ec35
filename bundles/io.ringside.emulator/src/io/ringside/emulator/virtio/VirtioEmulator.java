package io.ringside.emulator.virtio;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.EventSink;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.trace.TraceLevel;
import io.ringside.core.util.ProgressMonitor;
import io.ringside.emulator.DeviceEmulator;
import io.ringside.emulator.Fault;
import io.ringside.emulator.Workload;
import io.ringside.virtio.RingLayout;
import io.ringside.virtio.VirtioFeatures;

/**
 * The virtio reference emulator: a virtio-blk-like driver and device on one virtqueue over guest
 * memory. Requests are {@code [header 16 B, readable][data, writable for reads / readable for
 * writes][status 1 B, writable]}; the device completes them in order or at random (always in order
 * under IN_ORDER, with one used entry per batch), re-arms notifications the way QEMU and Linux do, and
 * every ring write, fetch, buffer write and notification decision becomes a memory-level event. Data
 * contents are not modelled. See docs/virtio.md.
 */
public final class VirtioEmulator implements DeviceEmulator {

    public static final String DEVICE = "virtio-blk";
    public static final String PRODUCER = "ringside-emulator 0.1 (virtio)";

    static final long RING_BASE = 0x10000;
    static final long HDR_BASE = 0x4000_0000L;
    static final long STATUS_BASE = 0x4800_0000L;
    static final long DATA_BASE = 0x1_0000_0000L;
    static final int MAX_INDIRECT = 4;
    static final int VIRTIO_BLK_T_IN = 0;
    static final int VIRTIO_BLK_T_OUT = 1;

    @Override
    public String device() {
        return DEVICE;
    }

    @Override
    public List<Fault> faults() {
        return VirtioFault.faults();
    }

    @Override
    public Workload effective(Workload w, Fault fault) {
        if (!DEVICE.equals(w.device())) {
            throw new IllegalArgumentException("the virtio emulator runs device \"" + DEVICE + "\", not \"" + w.device() + "\"");
        }
        Workload.Virtio v = w.virtio();
        VirtioFault s = VirtioFault.of(fault);
        if (s != null) {
            if (s.layout() != null) {
                v = v.withLayout(s.layout());
            }
            if (s.inOrder() != null) {
                v = v.withInOrder(s.inOrder());
            }
            if (s.eventIdx() != null) {
                v = v.withEventIdx(s.eventIdx());
            }
            if (s.indirect() != null) {
                v = v.withIndirect(s.indirect());
            }
            if (s.concurrency()) {
                w = w.withQueueDepth(Math.max(w.queueDepth(), 8)).withBatch(Math.max(w.batch(), 4));
            }
            if (w.requests() < 8) {
                w = w.withRequests(8);
            }
        }
        int n = v.queueSize();
        if (n < 1 || n > RingLayout.MAX_SIZE) {
            throw new IllegalArgumentException("queue size " + n + " is not in 1..32768");
        }
        if (!v.packed() && Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("a split queue needs a power-of-2 size, not " + n + " (use --layout packed for other sizes)");
        }
        if (n < 3 && !v.indirect()) {
            throw new IllegalArgumentException("queue size " + n + " cannot hold a request of 3 descriptors (use --indirect or a larger queue)");
        }
        return w.withVirtio(v);
    }

    static long features(Workload.Virtio v) {
        long f = VirtioFeatures.bit(VirtioFeatures.VERSION_1);
        if (v.packed()) {
            f |= VirtioFeatures.bit(VirtioFeatures.RING_PACKED);
        }
        if (v.eventIdx()) {
            f |= VirtioFeatures.bit(VirtioFeatures.EVENT_IDX);
        }
        if (v.indirect()) {
            f |= VirtioFeatures.bit(VirtioFeatures.INDIRECT_DESC);
        }
        if (v.inOrder()) {
            f |= VirtioFeatures.bit(VirtioFeatures.IN_ORDER);
        }
        return f;
    }

    static RingLayout layout(Workload.Virtio v) {
        return v.packed() ? RingLayout.packed(RING_BASE, v.queueSize()) : RingLayout.split(RING_BASE, v.queueSize());
    }

    @Override
    public TraceHeader header(Workload w0, Fault fault, String commandLine) {
        Workload w = effective(w0, fault);
        Map<String, Long> props = new LinkedHashMap<>();
        props.put("queueDepth", (long) w.queueDepth());
        Map<String, String> strings = new LinkedHashMap<>();
        strings.put("needEvent", "linux");
        strings.put("completion", w.virtio().inOrder() ? "in-order" : w.completion());
        DeviceInfo d = new DeviceInfo(0, DEVICE, "vda", features(w.virtio()), props, strings,
                List.of(layout(w.virtio()).toQueueInfo(0)));
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("workload", w.name());
        if (!w.description().isEmpty()) {
            meta.put("description", w.description());
        }
        meta.put("seed", Long.toString(w.seed()));
        meta.put("requests", Long.toString(w.requests()));
        meta.put("batch", Integer.toString(w.batch()));
        meta.put("readPercent", Integer.toString(w.readPercent()));
        meta.put("sizes", w.sizes().toString());
        if (fault != null) {
            meta.put("fault", fault.name());
            meta.put("faultRules", fault.rules());
        }
        if (commandLine != null) {
            meta.put("command", commandLine);
        }
        return new TraceHeader(PRODUCER, TraceLevel.MEMORY, List.of(d), meta);
    }

    @Override
    public Result run(Workload w, Fault fault, EventSink sink, ProgressMonitor monitor) throws IOException {
        Workload eff = effective(w, fault);
        return new VirtioRun(eff, VirtioFault.of(fault), sink, monitor == null ? ProgressMonitor.NULL : monitor).run();
    }
}
